#include "support/HugePages.h"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <string_view>

namespace parley {

void restartWithHugePages(char** argv)
{
    constexpr std::string_view kHugePages = "glibc.malloc.hugetlb=1";
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    const std::string current = tunables ? tunables : "";
    if (current.find("glibc.malloc.hugetlb") != std::string::npos)
        return;
    const std::string wanted =
        current.empty() ? std::string(kHugePages) : current + ":" + std::string(kHugePages);
    if (setenv("GLIBC_TUNABLES", wanted.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Only reached when the restart failed: run as we are, and let children
    // start as they would have.
    if (tunables)
        setenv("GLIBC_TUNABLES", tunables, 1);
    else
        unsetenv("GLIBC_TUNABLES");
}

} // namespace parley
