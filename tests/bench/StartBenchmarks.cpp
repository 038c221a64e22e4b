// The start as a user meets it: the real `parley` program, started on the
// database with --screenshot, timed from exec until it has written the PNG of
// its first frame and exited; and the peak memory of that process. Unlike
// cold_open, this counts everything a start does: the process itself, Qt's
// set-up, the window's docks and the meetings table, and the restart that
// turns on huge pages.
#include "tests/bench/BenchSupport.h"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

// Runs `parley DB --screenshot FILE` to its end; gives its peak memory in
// megabytes.
double startWindow(const BenchDatabase& database)
{
    const auto screenshot = fs::temp_directory_path() / "parley-bench-start.png";
    fs::remove(screenshot);
    std::vector<std::string> arguments = {PARLEY_EXE, database.file.string(), "--screenshot",
                                          screenshot.string()};
    std::vector<char*> argv;
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    // Where there is no display, as on CI, the window draws offscreen.
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    pid_t child = 0;
    if (posix_spawn(&child, PARLEY_EXE, nullptr, nullptr, argv.data(), environ) != 0)
        throw std::runtime_error(std::string("cannot start ") + PARLEY_EXE);
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        throw std::runtime_error("lost the parley process");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(screenshot))
        throw std::runtime_error("parley --screenshot failed on " + database.file.string());
    // ru_maxrss is in kilobytes, and is the largest of the process and the
    // one it restarts into.
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

const Figure startFigure("start_to_frame", Cost::Heavy,
                         [](benchmark::State& state, const BenchDatabase& database) {
                             for (auto _ : state)
                                 startWindow(database);
                         });

const Measure startMemory("peak_rss_window", "mb",
                          [](const BenchDatabase& database) { return startWindow(database); });

} // namespace
} // namespace parley::bench
