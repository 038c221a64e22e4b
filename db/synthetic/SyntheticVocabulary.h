#pragma once

// Internal to db/: the fixed vocabulary synthetic datasets draw from — real
// countries and blocs, a three-level topic tree, and word lists for names,
// offices, titles, summaries and sources, so that lists and full-text search
// look like real data.

#include <span>
#include <string_view>

namespace parley::synthetic {

struct CountryEntry {
    std::string_view code; // ISO 3166-1 alpha-2, or a bloc's short name
    std::string_view name;
    std::string_view city; // where meetings it hosts usually take place
    int weight;            // how often it takes part in diplomacy, 1..20
};

struct TopicEntry {
    int depth; // 0 for a root; the parent is the nearest entry above at depth - 1
    std::string_view id;
    std::string_view name;
};

// About 190 countries and 16 blocs.
std::span<const CountryEntry> countryEntries();
// About 150 topics in three levels, each listed after its parent.
std::span<const TopicEntry> topicEntries();

std::span<const std::string_view> givenNames();
std::span<const std::string_view> familyNames();
// Offices as "{title}|{organization}", where "%" stands for the country's or
// the bloc's name.
std::span<const std::string_view> countryOffices();
std::span<const std::string_view> blocOffices();
// The rest of a meeting title after who met: "talks on", "strategic dialogue on" …
std::span<const std::string_view> meetingPhrases();
// Verbs and outcomes that summaries combine.
std::span<const std::string_view> summaryVerbs();
std::span<const std::string_view> summaryOutcomes();
std::span<const std::string_view> otherCities();
std::span<const std::string_view> publishers();
// Companies and bodies that measures target.
std::span<const std::string_view> targetEntities();

} // namespace parley::synthetic
