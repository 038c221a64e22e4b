// The start as a user meets it: the real `parley` program, started on the
// database with --screenshot, timed from exec until it has written the PNG of
// its first frame (not while it then frees what it holds and exits); and the
// peak memory of that process. Unlike
// cold_open, this counts everything a start does: the process itself, Qt's
// set-up, the window's docks and the meetings table, and the restart that
// turns on huge pages.
#include "tests/bench/BenchSupport.h"

#include <poll.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

extern char** environ;

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

// A started `parley DB --screenshot FILE`.
class StartedWindow {
public:
    explicit StartedWindow(const BenchDatabase& database)
        : m_database(database)
        , m_screenshot(fs::temp_directory_path() / "parley-bench-start.png")
    {
        fs::remove(m_screenshot);
        // Watched before the start, so that the PNG cannot be written unseen.
        m_watch = inotify_init1(IN_CLOEXEC);
        if (m_watch < 0 || inotify_add_watch(m_watch, m_screenshot.parent_path().c_str(),
                                             IN_CLOSE_WRITE | IN_MOVED_TO) < 0)
            throw std::runtime_error("cannot watch " + m_screenshot.parent_path().string());

        std::vector<std::string> arguments = {PARLEY_EXE, database.file.string(), "--screenshot",
                                              m_screenshot.string()};
        std::vector<char*> argv;
        argv.reserve(arguments.size() + 1);
        for (auto& argument : arguments)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        // Where there is no display, as on CI, the window draws offscreen.
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        if (posix_spawn(&m_child, PARLEY_EXE, nullptr, nullptr, argv.data(), environ) != 0)
            throw std::runtime_error(std::string("cannot start ") + PARLEY_EXE);
    }
    StartedWindow(const StartedWindow&) = delete;
    StartedWindow& operator=(const StartedWindow&) = delete;
    ~StartedWindow()
    {
        if (m_child > 0)
            waitpid(m_child, nullptr, 0);
        close(m_watch);
    }

    // Returns once the PNG is written; throws if the process ends first.
    void waitForScreenshot() const
    {
        const std::string name = m_screenshot.filename().string();
        alignas(inotify_event) std::array<char, 4096> buffer{};
        for (;;) {
            pollfd watch{m_watch, POLLIN, 0};
            if (poll(&watch, 1, 1000) == 0) {
                siginfo_t ended{};
                if (waitid(P_PID, static_cast<id_t>(m_child), &ended,
                           WEXITED | WNOHANG | WNOWAIT) == 0 &&
                    ended.si_pid == m_child)
                    throw std::runtime_error("parley ended before writing " +
                                             m_screenshot.string());
                continue;
            }
            const ssize_t length = read(m_watch, buffer.data(), buffer.size());
            if (length <= 0)
                throw std::runtime_error("lost the watch on " + m_screenshot.string());
            for (ssize_t at = 0; at < length;) {
                inotify_event event{};
                std::memcpy(&event, buffer.data() + at, sizeof event);
                const char* eventName = buffer.data() + at + sizeof event;
                if (event.len > 0 && name == eventName)
                    return;
                at += static_cast<ssize_t>(sizeof event + event.len);
            }
        }
    }

    // Waits for the process to exit; gives its peak memory in megabytes.
    double finish()
    {
        int status = 0;
        rusage usage{};
        if (wait4(std::exchange(m_child, 0), &status, 0, &usage) <= 0)
            throw std::runtime_error("lost the parley process");
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(m_screenshot))
            throw std::runtime_error("parley --screenshot failed on " + m_database.file.string());
        // ru_maxrss is in kilobytes, and is the largest of the process and
        // the one it restarts into.
        return static_cast<double>(usage.ru_maxrss) / 1024.0;
    }

private:
    const BenchDatabase& m_database;
    fs::path m_screenshot;
    int m_watch = -1;
    pid_t m_child = 0;
};

const Figure startFigure("start_to_frame", Cost::Heavy,
                         [](benchmark::State& state, const BenchDatabase& database) {
                             for (auto _ : state) {
                                 StartedWindow started(database);
                                 started.waitForScreenshot();
                                 state.PauseTiming();
                                 started.finish();
                                 state.ResumeTiming();
                             }
                         });

const Measure startMemory("peak_rss_window", "mb", [](const BenchDatabase& database) {
    return StartedWindow(database).finish();
});

} // namespace
} // namespace parley::bench
