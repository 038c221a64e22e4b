#include "Commands.h"

#include "FilterOptions.h"
#include "TextTable.h"

#include "db/interchange/DatasetJson.h"
#include "db/store/Store.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace parley::cli {

namespace {

struct QueryArguments {
    std::string database;
    std::string official;
    FilterOptions filter;
    FormatOption format;
};

// Prints records as one JSON array, or as a table for people.
template <typename Record, typename ToRow>
void print(const std::vector<Record>& records, const FormatOption& format, TextTable table,
           ToRow toRow)
{
    if (format.json()) {
        auto array = nlohmann::ordered_json::array();
        for (const auto& record : records)
            array.push_back(toJson(record));
        std::cout << array.dump(2) << '\n';
        return;
    }
    for (const auto& record : records)
        table.addRow(toRow(record));
    table.print(std::cout);
}

Store openWithFilter(const QueryArguments& arguments, const Filter& filter)
{
    auto store = Store::open(arguments.database, Store::Access::ReadOnly);
    store.requireKnownIds(filter);
    return store;
}

void addMeetings(CLI::App& app)
{
    auto arguments = std::make_shared<QueryArguments>();
    auto* command = app.add_subcommand("meetings", "List the meetings that match the filters");
    command->add_option("DB", arguments->database, "Parley database")->required();
    arguments->filter.addAllOptions(*command);
    arguments->format.addTo(*command);
    command->callback([arguments] {
        const auto filter = arguments->filter.filter();
        const auto meetings = openWithFilter(*arguments, filter).meetings(filter);
        print(meetings, arguments->format,
              TextTable({"DATE", "TITLE", "PLACE", "KIND", "PARTICIPANTS"}), [](const Meeting& m) {
                  return std::vector<std::string>{formatPeriod(m.start, m.end, m.precision),
                                                  m.title, m.location.value_or(""), m.kind,
                                                  join(m.participants, ", ")};
              });
    });
}

void addMeasures(CLI::App& app)
{
    auto arguments = std::make_shared<QueryArguments>();
    auto* command = app.add_subcommand("measures", "List the measures that match the filters");
    command->add_option("DB", arguments->database, "Parley database")->required();
    arguments->filter.addAllOptions(*command);
    arguments->format.addTo(*command);
    command->callback([arguments] {
        const auto filter = arguments->filter.filter();
        const auto measures = openWithFilter(*arguments, filter).measures(filter);
        print(measures, arguments->format, TextTable({"DATE", "KIND", "TITLE", "BY", "TARGETS"}),
              [](const Measure& x) {
                  return std::vector<std::string>{
                      formatPeriod(x.announced, x.announced, x.precision), x.kind, x.title,
                      x.imposedBy, join(x.targets, ", ")};
              });
    });
}

void addEngagements(CLI::App& app)
{
    auto arguments = std::make_shared<QueryArguments>();
    auto* command = app.add_subcommand(
        "engagements", "List one official's meetings with the offices held at the time");
    command->add_option("DB", arguments->database, "Parley database")->required();
    command->add_option("OFFICIAL_ID", arguments->official, "Official id")->required();
    arguments->filter.addDateOptions(*command);
    arguments->format.addTo(*command);
    command->callback([arguments] {
        const auto filter = arguments->filter.filter();
        const auto engagements =
            openWithFilter(*arguments, filter).engagements(arguments->official, filter);
        print(engagements, arguments->format, TextTable({"DATE", "MEETING", "OFFICES", "WITH"}),
              [](const Engagement& e) {
                  std::vector<std::string> offices;
                  for (const auto& position : e.positions)
                      offices.push_back(position.title);
                  return std::vector<std::string>{formatPeriod(e.start, e.end, e.precision),
                                                  e.title, join(offices, "; "), join(e.with, ", ")};
              });
    });
}

} // namespace

void addQueryCommands(CLI::App& app)
{
    addMeetings(app);
    addEngagements(app);
    addMeasures(app);
}

} // namespace parley::cli
