#include "tests/cli/RunCommand.h"

#include "tests/db/TestData.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <utility>

extern char** environ;

namespace parley::test {

namespace {

// posix_spawn file actions, released however the spawn ends.
class FileActions {
public:
    FileActions() { posix_spawn_file_actions_init(&m_actions); }
    ~FileActions() { posix_spawn_file_actions_destroy(&m_actions); }
    FileActions(const FileActions&) = delete;
    FileActions& operator=(const FileActions&) = delete;

    void redirect(int descriptor, const fs::path& file, int flags)
    {
        posix_spawn_file_actions_addopen(&m_actions, descriptor, file.c_str(), flags, 0600);
    }
    const posix_spawn_file_actions_t* get() const { return &m_actions; }

private:
    posix_spawn_file_actions_t m_actions;
};

// Starts the program with its output going to files (or /dev/null).
pid_t spawn(const fs::path& program, const std::vector<std::string>& arguments, const fs::path& out,
            const fs::path& err)
{
    FileActions actions;
    constexpr int output = O_WRONLY | O_CREAT | O_TRUNC;
    actions.redirect(STDIN_FILENO, "/dev/null", O_RDONLY);
    actions.redirect(STDOUT_FILENO, out, output);
    actions.redirect(STDERR_FILENO, err, output);

    std::vector<std::string> words{program.string()};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    argv.reserve(words.size() + 1);
    for (auto& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    if (const int error =
            posix_spawn(&pid, program.c_str(), actions.get(), nullptr, argv.data(), environ))
        throw std::runtime_error("cannot run " + program.string() + ": " + std::strerror(error));
    return pid;
}

// Waits for the program to end: its wait status and peak memory in KiB.
std::pair<int, long> reap(pid_t pid)
{
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            throw std::runtime_error("cannot wait for process " + std::to_string(pid));
    }
    return {status, usage.ru_maxrss};
}

} // namespace

CommandResult runCommand(const fs::path& program, const std::vector<std::string>& arguments)
{
    const TempDir capture;
    const auto [status, peakMemory] =
        reap(spawn(program, arguments, capture / "stdout", capture / "stderr"));
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readBytes(capture / "stdout"),
            readBytes(capture / "stderr"), peakMemory};
}

std::string parleyDbProgram() { return PARLEY_DB_EXE; }

CommandResult runParleyDb(const std::vector<std::string>& arguments)
{
    return runCommand(PARLEY_DB_EXE, arguments);
}

BackgroundParleyDb::BackgroundParleyDb(const std::vector<std::string>& arguments)
    : m_pid(spawn(PARLEY_DB_EXE, arguments, "/dev/null", "/dev/null"))
{
}

BackgroundParleyDb::~BackgroundParleyDb()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
}

bool BackgroundParleyDb::kill()
{
    ::kill(m_pid, SIGKILL);
    const int status = reap(m_pid).first;
    m_pid = -1;
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

} // namespace parley::test
