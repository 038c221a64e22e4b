#pragma once

// What the in-memory answers are checked against the store's with: filters
// of every kind over a dataset, and a synthetic world to run them on.
#include "db/synthetic/SyntheticData.h"
#include "tests/db/TestData.h"

#include <string>
#include <utility>
#include <vector>

namespace parley::test {

// Every facet alone, some together, ids nobody has, a measure kind and text.
inline std::vector<std::pair<std::string, Filter>> filtersOver(const Dataset& data)
{
    std::vector<std::pair<std::string, Filter>> all{{"nothing", Filter()}};
    const auto add = [&](const std::string& name, auto set) {
        Filter filter;
        set(filter);
        all.emplace_back(name, filter);
    };
    for (std::size_t at = 0; at < data.countries.size(); at += 7)
        add("country " + data.countries[at].code,
            [&](Filter& f) { f.setCountries({data.countries[at].code}); });
    for (std::size_t at = 0; at < data.topics.size(); at += 5)
        add("topic " + data.topics[at].id, [&](Filter& f) { f.setTopics({data.topics[at].id}); });
    for (std::size_t at = 0; at < data.officials.size(); at += data.officials.size() / 5 + 1)
        add("official " + data.officials[at].id,
            [&](Filter& f) { f.setOfficials({data.officials[at].id}); });
    add("kinds", [](Filter& f) { f.setKinds({"call", "summit"}); });
    add("a measure kind", [](Filter& f) { f.setKinds({"sanction"}); });
    add("unknown ids", [](Filter& f) {
        f.setCountries({"ZZ"});
        f.setTopics({"no-such-topic"});
    });
    add("dates", [](Filter& f) {
        f.setFrom(day("2019-03-01"));
        f.setTo(day("2021-06-30"));
    });
    add("from only", [](Filter& f) { f.setFrom(day("2023-05-31")); });
    add("text", [](Filter& f) { f.setText("trade"); });
    add("short word", [](Filter& f) { f.setText("us"); });
    add("blank text", [](Filter& f) { f.setText("   "); });
    add("everything at once", [&](Filter& f) {
        f.setCountries({data.countries.front().code, data.countries.back().code});
        f.setTopics({data.topics.front().id});
        f.setFrom(day("2018-01-01"));
        f.setKinds({"bilateral", "visit"});
    });
    return all;
}

// A synthetic world of 3,000 meetings, in DIR.
inline Store syntheticWorld(const TempDir& dir, std::uint64_t seed)
{
    SyntheticOptions options;
    options.meetings = 3000;
    options.seed = seed;
    const auto file = dir / "world.parley";
    generateSyntheticDatabase(file, options);
    return Store::open(file, Store::Access::ReadOnly);
}

} // namespace parley::test
