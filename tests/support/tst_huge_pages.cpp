// restartWithHugePages restarts the program once with glibc's huge-page
// setting added to GLIBC_TUNABLES, and leaves a program alone whose user
// already chose that setting.
#include "support/HugePages.h"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace parley::test {
namespace {

constexpr const char* kProbe = "PARLEY_HUGE_PAGES_PROBE";

// Runs the restart in a child whose GLIBC_TUNABLES is TUNABLES (unset when
// null); a restart runs this program again with only the probe test. Gives the
// child's exit status: the probe's result, or 7 when it did not restart.
int restartedChild(const char* tunables)
{
    const pid_t child = fork();
    if (child == 0) {
        if (tunables)
            setenv("GLIBC_TUNABLES", tunables, 1);
        else
            unsetenv("GLIBC_TUNABLES");
        setenv(kProbe, "1", 1);
        std::string self = "/proc/self/exe";
        std::string filter = "--gtest_filter=HugePages.ProbeSeesTheSetting";
        char* argv[] = {self.data(), filter.data(), nullptr};
        restartWithHugePages(argv);
        _exit(7);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Run by the restarted program only.
TEST(HugePages, ProbeSeesTheSetting)
{
    if (!std::getenv(kProbe))
        GTEST_SKIP() << "runs in the program restartedChild() starts";
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    ASSERT_NE(tunables, nullptr);
    EXPECT_NE(std::string(tunables).find("glibc.malloc.hugetlb=1"), std::string::npos);
    // The user's other settings are kept.
    if (std::getenv("PARLEY_HUGE_PAGES_OTHER")) {
        EXPECT_NE(std::string(tunables).find("glibc.malloc.check=0"), std::string::npos);
    }
}

TEST(HugePages, RestartsOnceWithTheSetting) { EXPECT_EQ(restartedChild(nullptr), 0); }

TEST(HugePages, KeepsTheUsersOtherTunables)
{
    setenv("PARLEY_HUGE_PAGES_OTHER", "1", 1);
    EXPECT_EQ(restartedChild("glibc.malloc.check=0"), 0);
    unsetenv("PARLEY_HUGE_PAGES_OTHER");
}

TEST(HugePages, LeavesAUsersOwnChoiceAlone)
{
    EXPECT_EQ(restartedChild("glibc.malloc.hugetlb=0"), 7);
}

} // namespace
} // namespace parley::test
