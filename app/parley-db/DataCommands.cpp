#include "Commands.h"
#include "OutputFile.h"

#include "db/interchange/DatasetFile.h"
#include "db/interchange/DatasetWriter.h"
#include "db/model/Errors.h"
#include "db/store/Store.h"

#include <filesystem>
#include <iostream>
#include <memory>

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

std::string countsLine(const Dataset& data, std::size_t meetings)
{
    return std::to_string(meetings) + " meetings, " + std::to_string(data.officials.size()) +
           " officials, " + std::to_string(data.measures.size()) + " measures, " +
           std::to_string(data.topics.size()) + " topics, " +
           std::to_string(data.countries.size()) + " countries, " +
           std::to_string(data.sources.size()) + " sources";
}

struct Paths {
    std::string database;
    std::string file;
};

// Opens for changes; says so when that upgraded a database of an older Parley.
Store openForWriting(const std::string& database)
{
    auto store = Store::open(database);
    if (const auto notice = store.migrationNotice())
        std::cout << *notice << '\n';
    return store;
}

void addInit(CLI::App& app, const std::shared_ptr<Paths>& paths)
{
    auto* command = app.add_subcommand("init", "Create a new, empty Parley database");
    command->add_option("DB", paths->database, "Database file to create")->required();
    command->callback([paths] {
        Store::create(paths->database);
        std::cout << "Created " << paths->database << '\n';
    });
}

void addImport(CLI::App& app, const std::shared_ptr<Paths>& paths)
{
    auto* command = app.add_subcommand(
        "import", "Merge a parley/1 JSON document into the database, all or nothing");
    command->add_option("DB", paths->database, "Parley database")->required();
    command->add_option("FILE", paths->file, "parley/1 JSON document")->required();
    command->callback([paths] {
        auto store = openForWriting(paths->database);
        // Read in passes, the meetings streamed into the database: memory
        // stays bounded whatever the size of the document.
        const DatasetFile document(paths->file);
        store.import(document);
        std::cout << "Imported " << countsLine(document.held(), document.meetingIds().size())
                  << " into " << paths->database << '\n';
    });
}

void addExport(CLI::App& app, const std::shared_ptr<Paths>& paths)
{
    auto* command = app.add_subcommand("export", "Write the whole database as parley/1 JSON");
    command->add_option("DB", paths->database, "Parley database")->required();
    command->add_option("-o,--output", paths->file, "Output file (default: standard output)");
    command->callback([paths] {
        // Written as it is read, a batch of meetings at a time: memory stays
        // bounded whatever the size of the database.
        const auto store = Store::open(paths->database, Store::Access::ReadOnly);
        writeOutput(paths->file, [&](std::ostream& out) { writeDataset(out, store); });
    });
}

void addCheck(CLI::App& app, const std::shared_ptr<Paths>& paths)
{
    auto* command = app.add_subcommand(
        "check", "Check integrity, foreign keys, the search index and the schema version");
    command->add_option("DB", paths->database, "Parley database")->required();
    command->callback([paths] {
        const auto problems = openForWriting(paths->database).check();
        for (const auto& problem : problems)
            std::cerr << paths->database << ": " << problem << '\n';
        if (!problems.empty())
            throw DatabaseError(paths->database + ": " + std::to_string(problems.size()) +
                                " problem(s) found");
        std::cout << paths->database << ": ok\n";
    });
}

void addUpgrade(CLI::App& app, const std::shared_ptr<Paths>& paths)
{
    auto* command = app.add_subcommand(
        "upgrade", "Upgrade a database made by an older Parley, keeping a backup copy beside it");
    command->add_option("DB", paths->database, "Parley database")->required();
    command->callback([paths] {
        const auto store = openForWriting(paths->database);
        if (!store.migrationNotice())
            std::cout << paths->database << ": up to date (schema version "
                      << store.stats().schemaVersion << ")\n";
    });
}

void addStats(CLI::App& app, const std::shared_ptr<Paths>& paths)
{
    auto* command = app.add_subcommand("stats", "Count what the database holds");
    command->add_option("DB", paths->database, "Parley database")->required();
    command->callback([paths] {
        const auto stats = Store::open(paths->database, Store::Access::ReadOnly).stats();
        std::cout << "schema version  " << stats.schemaVersion << '\n'
                  << "meetings        " << stats.meetings << '\n'
                  << "officials       " << stats.officials << '\n'
                  << "positions       " << stats.positions << '\n'
                  << "measures        " << stats.measures << '\n'
                  << "topics          " << stats.topics << '\n'
                  << "countries       " << stats.countries << '\n'
                  << "sources         " << stats.sources << '\n';
        if (stats.meetingSpan)
            std::cout << "meetings span   " << toIso(stats.meetingSpan->begin()) << " to "
                      << toIso(stats.meetingSpan->last()) << '\n';
        std::cout << "file size       " << fs::file_size(paths->database) << " bytes\n";
    });
}

} // namespace

void addDataCommands(CLI::App& app)
{
    const auto paths = std::make_shared<Paths>();
    addInit(app, paths);
    addImport(app, paths);
    addExport(app, paths);
    addCheck(app, paths);
    addUpgrade(app, paths);
    addStats(app, paths);
}

} // namespace parley::cli
