#include "FilterOptions.h"

#include "db/model/Vocabulary.h"

#include <CLI/Validators.hpp>

namespace parley::cli {

namespace {

const CLI::Validator knownKind(
    [](std::string& text) {
        return isMeetingKind(text) || isMeasureKind(text)
                   ? std::string()
                   : "\"" + text + "\" is not a meeting or measure kind";
    },
    "KIND");

std::optional<Date> optionalDate(const std::string& text)
{
    return text.empty() ? std::nullopt : parseIsoDate(text);
}

} // namespace

const CLI::Validator& isoDate()
{
    static const CLI::Validator validator(
        [](std::string& text) {
            return parseIsoDate(text) ? std::string()
                                      : "\"" + text + "\" is not a date (YYYY-MM-DD)";
        },
        "DATE");
    return validator;
}

void FilterOptions::addDateOptions(CLI::App& command)
{
    command.add_option("--from", from, "Only what overlaps this day or later")->check(isoDate());
    command.add_option("--to", to, "Only what overlaps this day or earlier")->check(isoDate());
}

void FilterOptions::addAllOptions(CLI::App& command)
{
    addDateOptions(command);
    command
        .add_option("--country", countries, "Country code (host, participant, imposer or target)")
        ->allow_extra_args(false);
    command.add_option("--topic", topics, "Topic id; includes its descendants")
        ->allow_extra_args(false);
    command.add_option("--kind", kinds, "Meeting or measure kind")
        ->check(knownKind)
        ->allow_extra_args(false);
    command.add_option("--official", officials, "Official id")->allow_extra_args(false);
    command.add_option("--search", search,
                       "Search titles, summaries, places and participants' names");
}

Filter FilterOptions::filter() const
{
    Filter filter;
    filter.setFrom(optionalDate(from));
    filter.setTo(optionalDate(to));
    filter.setCountries({countries.begin(), countries.end()});
    filter.setTopics({topics.begin(), topics.end()});
    filter.setKinds({kinds.begin(), kinds.end()});
    filter.setOfficials({officials.begin(), officials.end()});
    filter.setText(search);
    return filter;
}

void FormatOption::addTo(CLI::App& command)
{
    command.add_option("--format", format, "Output: table (for people) or json")
        ->check(CLI::IsMember({"table", "json"}));
}

} // namespace parley::cli
