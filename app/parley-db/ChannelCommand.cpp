// parley-db channel: every meeting between two sides and how often they meet.
#include "AnalysisOutput.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "TextTable.h"

#include "db/analysis/Channel.h"
#include "db/analysis/ChannelMeetings.h"
#include "db/model/Errors.h"
#include "db/store/Store.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace parley::cli {

namespace {

using nlohmann::ordered_json;

struct ChannelArguments {
    std::string database;
    std::string a;
    std::string b;
    FilterOptions range;
    std::string today;
    FormatOption format;
};

const CLI::Validator sideText(
    [](std::string& text) {
        return parseSide(text) ? std::string()
                               : "\"" + text +
                                     "\" is neither a country code (upper case, as US) nor an "
                                     "official id (lower case, as wang-yi)";
    },
    "SIDE");

// Names every side the database lacks in one message.
void requireKnownSides(const Store& store, const Side& a, const Side& b)
{
    std::vector<std::string> unknown;
    for (const Side* side : {&a, &b}) {
        try {
            store.requireKnownIds(sideFilter(*side));
        } catch (const DataError& error) {
            unknown.emplace_back(error.what());
        }
    }
    if (!unknown.empty())
        throw DataError(join(unknown, "; "));
}

ordered_json officesJson(const std::vector<OfficePair>& offices)
{
    auto array = ordered_json::array();
    for (const auto& pair : offices)
        array.push_back({{"a_office", nullable(pair.a)},
                         {"b_office", nullable(pair.b)},
                         {"meetings", pair.meetings}});
    return array;
}

ordered_json channelJson(const Channel& channel)
{
    auto meetings = ordered_json::array();
    for (const auto* meeting : channel.meetings)
        meetings.push_back(meeting->id);
    auto perYear = ordered_json::object();
    for (const auto& [year, count] : channel.stats.perYear)
        perYear[std::to_string(year)] = count;
    const auto& stats = channel.stats;
    return {{"a", channel.a.id},
            {"b", channel.b.id},
            {"meetings", std::move(meetings)},
            {"per_year", std::move(perYear)},
            {"median_interval_days", nullable(stats.medianIntervalDays)},
            {"longest_gap_days", nullable(stats.longestGapDays)},
            {"days_since_last", nullable(stats.daysSinceLast)},
            {"offices", officesJson(channel.offices)}};
}

std::string days(double count) { return formatNumber(count) + (count == 1 ? " day" : " days"); }

void printTable(const Channel& channel, const NameIndex& names)
{
    const auto sideName = [&](const Side& side) {
        return NameIndex::nameOf(side.isCountry() ? names.countries : names.officials, side.id) +
               " (" + side.id + ")";
    };
    const auto& stats = channel.stats;
    std::cout << sideName(channel.a) << " and " << sideName(channel.b) << ": "
              << channel.meetings.size()
              << (channel.meetings.size() == 1 ? " meeting" : " meetings") << '\n';
    if (channel.meetings.empty())
        return;
    std::cout << "  median interval  "
              << (stats.medianIntervalDays ? days(*stats.medianIntervalDays) : "-") << '\n';
    for (const auto& gap : stats.longestGaps)
        std::cout << (&gap == &stats.longestGaps.front() ? "  longest gaps     "
                                                         : "                   ")
                  << days(gap.days) << ", " << toIso(gap.before->start) << " to "
                  << toIso(gap.after->start) << '\n';
    std::cout << "  since the last   " << days(*stats.daysSinceLast) << " (" << stats.last->title
              << ", " << formatPeriod(stats.last->start, stats.last->end, stats.last->precision)
              << ")\n";

    TextTable years({"YEAR", "MEETINGS", ""});
    for (const auto& [year, count] : stats.perYear)
        years.addRow({std::to_string(year), std::to_string(count), std::string(count, '#')});
    std::cout << '\n';
    years.print(std::cout);

    TextTable offices({"OFFICE OF " + channel.a.id, "OFFICE OF " + channel.b.id, "MEETINGS"});
    for (const auto& pair : channel.offices)
        offices.addRow({pair.a.value_or("(none on record)"), pair.b.value_or("(none on record)"),
                        std::to_string(pair.meetings)});
    std::cout << '\n';
    offices.print(std::cout);

    TextTable meetings({"DATE", "MEETING", "PLACE", "ID"});
    for (const auto* m : channel.meetings)
        meetings.addRow({formatPeriod(m->start, m->end, m->precision), m->title,
                         m->location.value_or(NameIndex::nameOf(names.countries, m->host)), m->id});
    std::cout << '\n';
    meetings.print(std::cout);
}

} // namespace

void addChannelCommand(CLI::App& app)
{
    auto arguments = std::make_shared<ChannelArguments>();
    auto* command = app.add_subcommand(
        "channel",
        "Every meeting between two sides (countries or officials) and how often they met");
    command->add_option("DB", arguments->database, "Parley database")->required();
    command->add_option("A", arguments->a, "Country code (upper case) or official id (lower case)")
        ->required()
        ->check(sideText);
    command->add_option("B", arguments->b, "Country code (upper case) or official id (lower case)")
        ->required()
        ->check(sideText);
    arguments->range.addDateOptions(*command);
    command
        ->add_option("--today", arguments->today,
                     "The day days_since_last counts to (default: the system's date)")
        ->check(isoDate());
    arguments->format.addTo(*command);
    command->callback([arguments] {
        const Side a = *parseSide(arguments->a);
        const Side b = *parseSide(arguments->b);
        if (a == b)
            throw CLI::ValidationError("A and B",
                                       "both are " + a.id + "; name two different sides");
        const auto store = Store::open(arguments->database, Store::Access::ReadOnly);
        requireKnownSides(store, a, b);
        const auto meetings = channelMeetings(store, a, b, arguments->range.filter());
        const auto officials = store.officials();
        const auto channel = channelOf(a, b, pointersTo(meetings), officialLookup(officials),
                                       todayOr(arguments->today));
        if (arguments->format.json())
            std::cout << channelJson(channel).dump(2) << '\n';
        else
            printTable(channel, store.names());
    });
}

} // namespace parley::cli
