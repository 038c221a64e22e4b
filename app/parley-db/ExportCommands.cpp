#include "Commands.h"
#include "FilterOptions.h"
#include "OutputFile.h"

#include "db/exchange/IcsWriter.h"
#include "db/exchange/MeetingCsv.h"
#include "db/exchange/TimelineJsWriter.h"
#include "db/exchange/hsg/HsgImport.h"
#include "db/store/Store.h"

#include <iostream>
#include <memory>

namespace parley::cli {

namespace {

struct ExchangeArguments {
    std::string database;
    std::string file;
    FilterOptions filter;
};

using MeetingsWriter = std::string (*)(const std::vector<Meeting>&, const NameIndex&);

// An export of the meetings that match the meeting filters, to a file or stdout.
void addExport(CLI::App& app, const std::string& name, const std::string& description,
               MeetingsWriter write)
{
    auto arguments = std::make_shared<ExchangeArguments>();
    auto* command = app.add_subcommand(name, description);
    command->add_option("DB", arguments->database, "Parley database")->required();
    arguments->filter.addAllOptions(*command);
    command->add_option("-o,--output", arguments->file, "Output file (default: standard output)");
    command->callback([arguments, write] {
        const auto filter = arguments->filter.filter();
        const auto store = Store::open(arguments->database, Store::Access::ReadOnly);
        store.requireKnownIds(filter);
        writeOutput(arguments->file, write(store.meetings(filter), store.names()));
    });
}

void addImportCsv(CLI::App& app)
{
    auto arguments = std::make_shared<ExchangeArguments>();
    auto* command = app.add_subcommand(
        "import-csv", "Merge the meetings of a CSV spreadsheet into the database, all or nothing");
    command->add_option("DB", arguments->database, "Parley database")->required();
    command
        ->add_option("FILE", arguments->file,
                     "CSV with the columns id,title,start,end,precision,location,host,kind,"
                     "participants,topics,summary,source_url")
        ->required();
    command->callback([arguments] {
        auto store = Store::open(arguments->database);
        const auto dataset = readMeetingsCsvFile(arguments->file, store);
        store.import(dataset);
        std::cout << "Imported " << dataset.meetings.size() << " meetings and "
                  << dataset.sources.size() << " new sources from " << arguments->file << " into "
                  << arguments->database << '\n';
    });
}

void addImportHsg(CLI::App& app)
{
    auto arguments = std::make_shared<ExchangeArguments>();
    auto* command = app.add_subcommand(
        "import-hsg", "Merge the Office of the Historian's records (travels, visits, pocom) into "
                      "the database, all or nothing");
    command->add_option("DB", arguments->database, "Parley database")->required();
    command
        ->add_option("DIR", arguments->file,
                     "Folder holding travels/, visits/ and pocom/ as the Office publishes them")
        ->required();
    command->callback([arguments] {
        auto store = Store::open(arguments->database);
        const auto [dataset, counts] = readHsgFolder(arguments->file);
        store.import(dataset);
        std::size_t positions = 0;
        for (const auto& official : dataset.officials)
            positions += official.positions.size();
        std::cout << "Imported " << dataset.meetings.size() << " meetings (" << counts.trips
                  << " trips, " << counts.visits << " visits), " << dataset.officials.size()
                  << " officials with " << positions << " positions, " << dataset.countries.size()
                  << " countries and " << dataset.sources.size() << " sources from "
                  << arguments->file << " into " << arguments->database << '\n';
        if (counts.undatedAppointments > 0)
            std::cout << "Left out " << counts.undatedAppointments
                      << (counts.undatedAppointments == 1 ? " appointment" : " appointments")
                      << " with neither a start nor an appointment date\n";
    });
}

} // namespace

void addExchangeCommands(CLI::App& app)
{
    addExport(app, "export-ics",
              "Write the matching meetings as an iCalendar file of all-day events", writeIcs);
    addExport(app, "export-csv", "Write the matching meetings as a CSV spreadsheet",
              writeMeetingsCsv);
    addImportCsv(app);
    addImportHsg(app);
    addExport(app, "export-timelinejs", "Write the matching meetings as a TimelineJS JSON document",
              writeTimelineJs);
}

} // namespace parley::cli
