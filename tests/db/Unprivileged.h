#pragma once

// Runs part of a test as an ordinary user, so that file permissions hold: root
// writes read-only files and folders, and CI runs as root.
#include <gtest/gtest.h>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <initializer_list>

namespace parley::test {

// The user and group "nobody" of Debian.
constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;

// Runs BODY in this process, or, as root, in a child process that has become
// nobody; the child's failures are printed there and fail the test here. The
// test is skipped when nobody cannot read every one of NEEDS (a program, say,
// in a build folder under /root).
template <typename Body>
void asOrdinaryUser(Body body, std::initializer_list<std::filesystem::path> needs = {})
{
    if (::geteuid() != 0) {
        body();
        return;
    }
    const pid_t child = ::fork();
    ASSERT_GE(child, 0) << "cannot fork";
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNoGroup) != 0 || ::setuid(kNobody) != 0)
            std::_Exit(3);
        for (const auto& need : needs) {
            if (::access(need.c_str(), R_OK) != 0)
                std::_Exit(4);
        }
        body();
        std::_Exit(::testing::Test::HasFailure() ? 1 : 0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 4)
        GTEST_SKIP() << "the user nobody cannot read what the test needs";
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
        << "as the user nobody, the test failed (see above; 3: could not become nobody)";
}

} // namespace parley::test
