#include "Commands.h"

#include "db/store/Store.h"
#include "db/synthetic/SyntheticData.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

namespace parley::cli {

namespace {

struct GenerateArguments {
    std::string database;
    SyntheticOptions options;
};

} // namespace

void addGenerateCommand(CLI::App& app)
{
    const auto arguments = std::make_shared<GenerateArguments>();
    auto* command = app.add_subcommand(
        "generate",
        "Fill a new database with a realistic synthetic dataset (same seed, same file)");
    command->add_option("DB", arguments->database, "Database file to create")->required();
    command->add_option("--meetings", arguments->options.meetings, "Number of meetings")
        ->required()
        ->check(CLI::Range(std::int64_t{1}, kMaxSyntheticRecords));
    command
        ->add_option("--officials", arguments->options.officials,
                     "Number of officials (default: meetings / 20, at least 10)")
        ->check(CLI::Range(kMinSyntheticOfficials, kMaxSyntheticRecords));
    command
        ->add_option("--measures", arguments->options.measures,
                     "Number of measures (default: meetings / 50)")
        ->check(CLI::Range(std::int64_t{0}, kMaxSyntheticRecords));
    command->add_option("--seed", arguments->options.seed, "Random seed (default: 1)");
    command->callback([arguments] {
        const auto started = std::chrono::steady_clock::now();
        generateSyntheticDatabase(arguments->database, arguments->options);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
        const auto stats = Store::open(arguments->database, Store::Access::ReadOnly).stats();
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", took.count());
        std::cout << "Generated " << stats.meetings << " meetings, " << stats.officials
                  << " officials, " << stats.measures << " measures, " << stats.topics
                  << " topics, " << stats.countries << " countries, " << stats.sources
                  << " sources into " << arguments->database << " in " << seconds << " s\n";
    });
}

} // namespace parley::cli
