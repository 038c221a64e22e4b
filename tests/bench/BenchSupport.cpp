#include "tests/bench/BenchSupport.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string_view>

extern char** environ;

namespace parley::bench {

namespace fs = std::filesystem;

namespace {

struct Definition {
    std::string name;
    Cost cost = Cost::Light;
    FigureBody figure;
    std::string unit; // set for a measure
    MeasureBody measure;
};

std::vector<Definition>& definitions()
{
    static std::vector<Definition> all;
    return all;
}

// Set when a figure throws: the program then fails, so the smoke test does.
bool g_failed = false;

std::optional<std::int64_t> numberIn(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0)
        return std::nullopt;
    return value;
}

// "N=FILE", as --db and PARLEY_BENCH_DB_ give it.
std::optional<BenchDatabase> databaseIn(std::string_view text)
{
    const auto equals = text.find('=');
    if (equals == std::string_view::npos)
        return std::nullopt;
    const auto meetings = numberIn(text.substr(0, equals));
    if (!meetings || equals + 1 == text.size())
        return std::nullopt;
    return BenchDatabase{*meetings, fs::path(text.substr(equals + 1))};
}

struct Options {
    std::map<std::int64_t, BenchDatabase> databases;
    int repetitions = 1;
    int heavyRepetitions = 1;
    std::vector<char*> rest; // for Google Benchmark
};

// Takes our options out of argv; "--flag=value" or "--flag value".
std::optional<Options> parse(int argc, char** argv)
{
    Options options;
    for (char** variable = environ; *variable; ++variable) {
        constexpr std::string_view prefix = "PARLEY_BENCH_DB_";
        const std::string_view text = *variable;
        if (text.starts_with(prefix)) {
            if (auto database = databaseIn(text.substr(prefix.size())))
                options.databases[database->meetings] = *database;
        }
    }
    options.rest.push_back(argv[0]);
    for (int i = 1; i < argc; ++i) {
        std::string_view argument = argv[i];
        std::string_view value;
        bool known = false;
        for (const std::string_view flag : {"--db", "--repetitions", "--heavy-repetitions"}) {
            if (argument == flag && i + 1 < argc) {
                known = true;
                value = argv[++i];
            } else if (argument.starts_with(std::string(flag) + "=")) {
                known = true;
                value = argument.substr(flag.size() + 1);
            }
            if (known) {
                argument = flag;
                break;
            }
        }
        if (!known) {
            options.rest.push_back(argv[i]);
            continue;
        }
        if (argument == "--db") {
            const auto database = databaseIn(value);
            if (!database) {
                std::cerr << "--db wants MEETINGS=FILE, not " << value << '\n';
                return std::nullopt;
            }
            options.databases[database->meetings] = *database;
        } else {
            const auto count = numberIn(value);
            if (!count) {
                std::cerr << argument << " wants a positive number, not " << value << '\n';
                return std::nullopt;
            }
            (argument == "--repetitions" ? options.repetitions : options.heavyRepetitions) =
                static_cast<int>(*count);
        }
    }
    return options;
}

double maxOf(const std::vector<double>& values)
{
    return *std::max_element(values.begin(), values.end());
}

void registerFigure(const Definition& definition, const BenchDatabase& database, int repetitions)
{
    const auto name = definition.name + "/" + std::to_string(database.meetings);
    auto* benchmark =
        benchmark::RegisterBenchmark(name.c_str(), [definition, database](benchmark::State& state) {
            try {
                if (definition.figure) {
                    definition.figure(state, database);
                    return;
                }
                for (auto _ : state) {
                }
                state.counters[definition.unit] = definition.measure(database);
            } catch (const std::exception& error) {
                g_failed = true;
                state.SkipWithError(error.what());
            }
        });
    benchmark->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
    if (definition.figure && repetitions > 1)
        benchmark->Repetitions(repetitions)
            ->ComputeStatistics("max", maxOf)
            ->ReportAggregatesOnly();
}

} // namespace

Figure::Figure(std::string name, Cost cost, FigureBody body)
{
    definitions().push_back({std::move(name), cost, std::move(body), {}, {}});
}

Measure::Measure(std::string name, std::string unit, MeasureBody body)
{
    definitions().push_back({std::move(name), Cost::Light, {}, std::move(unit), std::move(body)});
}

std::vector<FilterChange> filterChanges()
{
    Filter country;
    country.setCountries({"US"});
    Filter topic;
    topic.setTopics({"trade"});
    Filter text;
    text.setText("semiconductor");
    return {{"country", country}, {"topic", topic}, {"text", text}, {"clear", Filter()}};
}

double peakRssMegabytes()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.starts_with("VmHWM:"))
            return std::stod(line.substr(6)) / 1024.0; // the line says kB
    }
    throw std::runtime_error("no VmHWM in /proc/self/status");
}

int runBenchmarks(int argc, char** argv)
{
    auto options = parse(argc, argv);
    if (!options)
        return 2;
    if (options->databases.empty()) {
        std::cerr << "No database to run on: set PARLEY_BENCH_DB_<MEETINGS>=FILE or pass"
                     " --db=<MEETINGS>=FILE (make one with parley-db generate)\n";
        return 2;
    }
    for (const auto& [meetings, database] : options->databases) {
        if (!fs::is_regular_file(database.file)) {
            std::cerr << database.file.string() << ": no such database\n";
            return 1;
        }
    }
    // Last, so that it sees every figure's peak: "peak_rss_db" for bench_db.
    auto program = fs::path(argv[0]).filename().string();
    if (program.starts_with("bench_"))
        program = program.substr(6);
    const Measure peakRss("peak_rss_" + program, "mb",
                          [](const BenchDatabase&) { return peakRssMegabytes(); });
    for (const auto& definition : definitions()) {
        for (const auto& [meetings, database] : options->databases)
            registerFigure(definition, database,
                           definition.cost == Cost::Heavy ? options->heavyRepetitions
                                                          : options->repetitions);
    }
    int restCount = static_cast<int>(options->rest.size());
    options->rest.push_back(nullptr);
    benchmark::Initialize(&restCount, options->rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, options->rest.data()))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return g_failed ? 1 : 0;
}

} // namespace parley::bench
