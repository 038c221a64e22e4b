#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace parley::test {

// What a finished program left behind.
struct CommandResult {
    int exitCode = -1; // the exit status, or -1 when the program did not exit normally
    std::string out;
    std::string err;
    long peakMemoryKiB = 0; // the most resident memory the program used
};

// Runs a program with arguments (no shell, so nothing is interpreted),
// capturing its standard output and error through temporary files.
CommandResult runCommand(const std::filesystem::path& program,
                         const std::vector<std::string>& arguments);

// Runs the parley-db that this build made.
CommandResult runParleyDb(const std::vector<std::string>& arguments);
// The parley-db program the tests run.
std::string parleyDbProgram();

// parley-db started in the background, to be stopped part-way; its output is
// discarded. The destructor kills it if it still runs.
class BackgroundParleyDb {
public:
    explicit BackgroundParleyDb(const std::vector<std::string>& arguments);
    ~BackgroundParleyDb();
    BackgroundParleyDb(const BackgroundParleyDb&) = delete;
    BackgroundParleyDb& operator=(const BackgroundParleyDb&) = delete;

    // Kills it with SIGKILL, as a power cut or the OOM killer would. False when
    // it had already exited by itself.
    bool kill();

private:
    pid_t m_pid = -1;
};

} // namespace parley::test
