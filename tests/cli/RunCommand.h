#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace parley::test {

// What a finished program left behind.
struct CommandResult {
    int exitCode = -1; // the exit status, or -1 when the program did not exit normally
    std::string out;
    std::string err;
};

// Runs a program with arguments (no shell, so nothing is interpreted),
// capturing its standard output and error through temporary files.
CommandResult runCommand(const std::filesystem::path& program,
                         const std::vector<std::string>& arguments);

// Runs the parley-db that this build made.
CommandResult runParleyDb(const std::vector<std::string>& arguments);

} // namespace parley::test
