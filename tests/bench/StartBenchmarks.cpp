// The start as a user meets it: the real `parley` program, started on the
// database with --screenshot, timed from exec until it has written the PNG of
// its first frame (not while it then frees what it holds and exits); and the
// peak memory of that process. Unlike
// cold_open, this counts everything a start does: the process itself, Qt's
// set-up, the window's docks and the meetings table, and the restart that
// turns on huge pages. first_start_to_frame starts it with an empty cache
// folder, as the first start on a database is (or the first after another
// program changed it): the meetings are read from SQLite, not the snapshot
// files.
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
#include <string_view>
#include <utility>
#include <vector>

extern char** environ;

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

// The environment of this process, with the cache folder CACHE in place of
// the user's when it is given.
std::vector<std::string> environmentWith(const fs::path& cache)
{
    constexpr std::string_view kCache = "XDG_CACHE_HOME=";
    std::vector<std::string> variables;
    for (char** variable = environ; *variable != nullptr; ++variable) {
        if (cache.empty() || !std::string_view(*variable).starts_with(kCache))
            variables.emplace_back(*variable);
    }
    if (!cache.empty())
        variables.push_back(std::string(kCache) + cache.string());
    return variables;
}

// Pointers to the texts, ended by a null one, as exec takes them.
std::vector<char*> pointersTo(std::vector<std::string>& texts)
{
    std::vector<char*> pointers;
    pointers.reserve(texts.size() + 1);
    for (auto& text : texts)
        pointers.push_back(text.data());
    pointers.push_back(nullptr);
    return pointers;
}

// A started `parley DB --screenshot FILE`, with the cache folder CACHE when
// given.
class StartedWindow {
public:
    explicit StartedWindow(const BenchDatabase& database, const fs::path& cache = {})
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
        // Where there is no display, as on CI, the window draws offscreen.
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        auto environment = environmentWith(cache);
        if (posix_spawn(&m_child, PARLEY_EXE, nullptr, nullptr, pointersTo(arguments).data(),
                        pointersTo(environment).data()) != 0)
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

const Figure firstStartFigure("first_start_to_frame", Cost::Heavy,
                              [](benchmark::State& state, const BenchDatabase& database) {
                                  const auto cache =
                                      fs::temp_directory_path() / "parley-bench-first-start";
                                  for (auto _ : state) {
                                      state.PauseTiming();
                                      fs::remove_all(cache);
                                      state.ResumeTiming();
                                      StartedWindow started(database, cache);
                                      started.waitForScreenshot();
                                      state.PauseTiming();
                                      started.finish();
                                      state.ResumeTiming();
                                  }
                                  fs::remove_all(cache);
                              });

const Measure startMemory("peak_rss_window", "mb", [](const BenchDatabase& database) {
    return StartedWindow(database).finish();
});

} // namespace
} // namespace parley::bench
