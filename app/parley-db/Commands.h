#pragma once

#include <CLI/App.hpp>

namespace parley::cli {

// Each adds its subcommands to parley-db. A subcommand reports failure by
// throwing DataError or DatabaseError, which main turns into exit code 1.
void addDataCommands(CLI::App& app);  // init, import, export, check, upgrade, stats
void addQueryCommands(CLI::App& app); // meetings, engagements, measures
// export-ics, export-csv, import-csv, import-hsg, export-timelinejs
void addExchangeCommands(CLI::App& app);
void addGenerateCommand(CLI::App& app);  // generate
void addChannelCommand(CLI::App& app);   // channel
void addFollowedCommands(CLI::App& app); // followed, countermeasures

} // namespace parley::cli
