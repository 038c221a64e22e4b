#pragma once

// What every Parley benchmark program shares: which synthetic databases to run
// on, figures registered once and run for each database size N as
// "figure/N", times in milliseconds with median and max over repetitions, and
// the peak memory of the program. scripts/bench runs the programs and turns
// their JSON into the README's table (scripts/bench_table.py).
//
// A benchmark source adds figures with a namespace-scope Figure or Measure;
// CMake's parley_add_benchmark() builds it into a program (see
// tests/bench/CMakeLists.txt), with runBenchmarks() as main unless the program
// needs its own (to make a QApplication first, say).

#include "db/model/Filter.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace parley::bench {

// A synthetic database of `meetings` meetings (made by parley-db generate),
// given as the environment variable PARLEY_BENCH_DB_<meetings>=FILE or the
// argument --db=<meetings>=FILE.
struct BenchDatabase {
    std::int64_t meetings = 0;
    std::filesystem::path file;

    // Where the window's figures keep the snapshot of the meetings' columns
    // (and its records file) between runs, as the window keeps one in the
    // user's cache folder: beside the database.
    std::filesystem::path columnsFile() const { return std::filesystem::path(file) += ".columns"; }
};

// How many times a figure is repeated: Light ones --repetitions times, Heavy
// ones (import, export: seconds to minutes each) --heavy-repetitions times.
enum class Cost { Light, Heavy };

// Runs once per repetition; times what happens in `for (auto _ : state)`.
using FigureBody = std::function<void(benchmark::State& state, const BenchDatabase& database)>;
// Gives a number that is not a time (bytes, megabytes).
using MeasureBody = std::function<double(const BenchDatabase& database)>;

// A timed figure, registered for every database.
struct Figure {
    Figure(std::string name, Cost cost, FigureBody body);
};

// A measured figure, reported as a counter named `unit` ("bytes", "mb").
struct Measure {
    Measure(std::string name, std::string unit, MeasureBody body);
};

// The filter changes every figure of a filter change measures: one country
// (the most active one), one topic with its descendants, a text search, and
// clearing every filter.
struct FilterChange {
    std::string name;
    Filter filter;
};
std::vector<FilterChange> filterChanges();

// One T per database, made from it (T(const BenchDatabase&)) when a figure
// first asks, and kept for the figures after it, as the programs keep what
// they open.
template <typename T> T& keptFor(const BenchDatabase& database)
{
    static std::map<std::int64_t, std::unique_ptr<T>> kept;
    auto& held = kept[database.meetings];
    if (!held)
        held = std::make_unique<T>(database);
    return *held;
}

// Parses --db, --repetitions and --heavy-repetitions (and Google Benchmark's
// own flags), registers every figure for every database, then
// peak_rss_<program>, and runs them. Returns the exit code.
int runBenchmarks(int argc, char** argv);

// Peak resident memory of this process so far (VmHWM), in megabytes.
double peakRssMegabytes();

} // namespace parley::bench
