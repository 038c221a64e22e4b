#include "tests/cli/RunCommand.h"

#include "tests/db/TestData.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

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

} // namespace

CommandResult runCommand(const fs::path& program, const std::vector<std::string>& arguments)
{
    const TempDir capture;
    FileActions actions;
    constexpr int output = O_WRONLY | O_CREAT | O_TRUNC;
    actions.redirect(STDIN_FILENO, "/dev/null", O_RDONLY);
    actions.redirect(STDOUT_FILENO, capture / "stdout", output);
    actions.redirect(STDERR_FILENO, capture / "stderr", output);

    std::vector<std::string> words{program.string()};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    if (const int error =
            posix_spawn(&pid, program.c_str(), actions.get(), nullptr, argv.data(), environ))
        throw std::runtime_error("cannot run " + program.string() + ": " + std::strerror(error));
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            throw std::runtime_error("cannot wait for " + program.string());
    }
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readBytes(capture / "stdout"),
            readBytes(capture / "stderr")};
}

CommandResult runParleyDb(const std::vector<std::string>& arguments)
{
    return runCommand(PARLEY_DB_EXE, arguments);
}

} // namespace parley::test
