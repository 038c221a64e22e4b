// parley-db followed and countermeasures: what came around a measure, and
// measures answered by the other side.
#include "AnalysisOutput.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "TextTable.h"

#include "db/analysis/Countermeasures.h"
#include "db/analysis/WhatFollowed.h"
#include "db/model/Errors.h"
#include "db/model/Vocabulary.h"
#include "db/store/Store.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace parley::cli {

namespace {

using nlohmann::ordered_json;

// How far around a date to look: up to ten years either way.
constexpr int kMaxDays = 3650;

struct FollowedArguments {
    std::string database;
    std::string measure;
    std::string a;
    std::string b;
    int days = 30;
    FormatOption format;
};

void addDaysOption(CLI::App& command, int& days, const std::string& what)
{
    command.add_option("--days", days, what + " (default 30)")->check(CLI::Range(0, kMaxDays));
}

std::string signedDays(int lag, bool exact)
{
    return (exact ? "" : "≈") + std::string(lag > 0 ? "+" : "") + std::to_string(lag);
}

std::string announcedText(const Measure& m)
{
    return formatPeriod(m.announced, m.announced, m.precision);
}

Measure measureWithId(const Store& store, const std::string& id)
{
    for (auto& measure : store.measures(Filter())) {
        if (measure.id == id)
            return std::move(measure);
    }
    throw DataError("no measure with id \"" + id + "\" in " + store.file().string());
}

void printFollowed(const Measure& measure, const std::vector<LaggedMeeting>& lagged, int days)
{
    std::cout << measure.title << " (" << measure.id << ")\nannounced " << announcedText(measure)
              << " by " << measure.imposedBy << " on "
              << (measure.targets.empty() ? "no country" : join(measure.targets, ", ")) << "; "
              << lagged.size() << " meetings of both within " << days
              << " days (lag: days from the announcement to the meeting's start)\n";
    TextTable table({"LAG", "DATE", "MEETING", "ID"});
    for (const auto& item : lagged) {
        const Meeting& m = *item.meeting;
        table.addRow({signedDays(item.lagDays, item.exact),
                      formatPeriod(m.start, m.end, m.precision), m.title, m.id});
    }
    if (!lagged.empty())
        table.print(std::cout);
}

void addFollowed(CLI::App& app)
{
    auto arguments = std::make_shared<FollowedArguments>();
    auto* command = app.add_subcommand(
        "followed", "The meetings of a measure's imposing and target countries around its "
                    "announcement, with the lag of each");
    command->add_option("DB", arguments->database, "Parley database")->required();
    command->add_option("MEASURE_ID", arguments->measure, "Measure id")->required();
    addDaysOption(*command, arguments->days, "Days before and after the announcement");
    arguments->format.addTo(*command);
    command->callback([arguments] {
        const auto store = Store::open(arguments->database, Store::Access::ReadOnly);
        const auto measure = measureWithId(store, arguments->measure);
        const auto meetings = meetingsAround(store, measure, arguments->days);
        const auto lagged = followedBy(measure, pointersTo(meetings), arguments->days);
        if (!arguments->format.json())
            return printFollowed(measure, lagged, arguments->days);
        auto array = ordered_json::array();
        for (const auto& item : lagged)
            array.push_back({{"meeting", item.meeting->id}, {"lag_days", item.lagDays}});
        const ordered_json json{{"measure", measure.id},
                                {"announced", toIso(measure.announced)},
                                {"meetings", std::move(array)}};
        std::cout << json.dump(2) << '\n';
    });
}

const CLI::Validator countryCode(
    [](std::string& text) {
        return isCountryCode(text) ? std::string()
                                   : "\"" + text + "\" is not a country code (upper case, as US)";
    },
    "CODE");

void printPairs(const FollowedArguments& arguments, const std::vector<MeasurePair>& pairs)
{
    std::cout << pairs.size() << " measures between " << arguments.a << " and " << arguments.b
              << " answered by the other side within " << arguments.days << " days\n";
    TextTable table({"FIRST", "BY", "MEASURE", "ANSWER", "BY", "MEASURE", "LAG"});
    for (const auto& pair : pairs)
        table.addRow({announcedText(*pair.first), pair.first->imposedBy, pair.first->id,
                      announcedText(*pair.answer), pair.answer->imposedBy, pair.answer->id,
                      signedDays(pair.lagDays, pair.exact)});
    if (!pairs.empty())
        table.print(std::cout);
}

void addCountermeasures(CLI::App& app)
{
    auto arguments = std::make_shared<FollowedArguments>();
    auto* command = app.add_subcommand(
        "countermeasures",
        "Measures of one country on another paired with the other's answer within some days");
    command->add_option("DB", arguments->database, "Parley database")->required();
    command->add_option("A", arguments->a, "Country code")->required()->check(countryCode);
    command->add_option("B", arguments->b, "Country code")->required()->check(countryCode);
    addDaysOption(*command, arguments->days, "Days an answer may come after the measure");
    arguments->format.addTo(*command);
    command->callback([arguments] {
        if (arguments->a == arguments->b)
            throw CLI::ValidationError("A and B", "both are " + arguments->a +
                                                      "; name two different countries");
        const auto store = Store::open(arguments->database, Store::Access::ReadOnly);
        Filter between;
        between.setCountries({arguments->a, arguments->b});
        store.requireKnownIds(between);
        between.setCountries({arguments->a});
        const auto measures = store.measures(between);
        const auto pairs = pairedMeasures(measures, arguments->a, arguments->b, arguments->days);
        if (!arguments->format.json())
            return printPairs(*arguments, pairs);
        auto array = ordered_json::array();
        for (const auto& pair : pairs)
            array.push_back({{"first", pair.first->id},
                             {"first_announced", toIso(pair.first->announced)},
                             {"answer", pair.answer->id},
                             {"answer_announced", toIso(pair.answer->announced)},
                             {"lag_days", pair.lagDays}});
        const ordered_json json{{"a", arguments->a},
                                {"b", arguments->b},
                                {"days", arguments->days},
                                {"pairs", std::move(array)}};
        std::cout << json.dump(2) << '\n';
    });
}

} // namespace

void addFollowedCommands(CLI::App& app)
{
    addFollowed(app);
    addCountermeasures(app);
}

} // namespace parley::cli
