// What the analysis views cost: a channel, the ranking of channels, what
// followed a measure, countermeasures, and remembering what was seen. The
// window answers the first ones from the meetings and index it holds, so
// they are timed on those (built once per database, as the window's
// ReferenceData is), beside the store's path that parley-db takes.
#include "tests/bench/BenchSupport.h"

#include "db/analysis/Channel.h"
#include "db/analysis/ChannelMeetings.h"
#include "db/analysis/ChannelRanking.h"
#include "db/analysis/Countermeasures.h"
#include "db/analysis/SeenRecords.h"
#include "db/analysis/WhatFollowed.h"
#include "db/index/MeetingIndex.h"
#include "db/store/Store.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <unistd.h>

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

const Date kToday(2026, 12, 1);

// What the window holds of one database, and what the figures ask about.
struct Held {
    explicit Held(const BenchDatabase& database)
        : store(Store::open(database.file, Store::Access::ReadOnly))
        , all(store.allMeetingBriefs())
        , officials(store.officials())
        , measures(store.measures(Filter()))
        , index(all.keys, all.meetings, officials, store.countries(), store.topics())
        , positions(all.meetings.size())
    {
        std::iota(positions.begin(), positions.end(), std::size_t{0});
        const auto top = busiestPairs(countryPairs(index, positions), 1).front();
        busiest = {Side::country(top.a), Side::country(top.b)};
        // The latest measure between the busiest pair: what followed it. A
        // smaller world may have none between them; then the latest of all.
        for (const auto& measure : measures) {
            if (imposes(measure, top.a, top.b) || imposes(measure, top.b, top.a))
                followed = &measure;
        }
        if (!followed && !measures.empty())
            followed = &*std::ranges::max_element(measures, {}, &parley::Measure::announced);
        if (!followed)
            throw std::runtime_error("the database holds no measure to follow");
    }

    OfficialLookup lookup() const
    {
        return [this](const std::string& id) -> const Official* {
            const auto found = std::ranges::lower_bound(officials, id, {}, &Official::id);
            return found != officials.end() && found->id == id ? &*found : nullptr;
        };
    }

    // Each position's record, as the window hands them to channelOf.
    std::function<const Meeting&(std::size_t)> recordAt() const
    {
        return [this](std::size_t position) -> const Meeting& {
            return all.meetings[position];
        };
    }

    Store store;
    Store::KeyedMeetings all;
    std::vector<Official> officials;
    std::vector<parley::Measure> measures; // parley::bench has a Measure too
    MeetingIndex index;
    std::vector<std::size_t> positions; // every meeting, as a filter that keeps all gives them
    std::pair<Side, Side> busiest;
    const parley::Measure* followed = nullptr;
};

const Figure channelBusiestPair("channel_busiest_pair", Cost::Light,
                                [](benchmark::State& state, const BenchDatabase& database) {
                                    const auto& held = keptFor<Held>(database);
                                    std::size_t found = 0;
                                    for (auto _ : state)
                                        found = channelOf(held.index, held.recordAt(),
                                                          held.lookup(), held.busiest.first,
                                                          held.busiest.second, kToday)
                                                    .meetings.size();
                                    state.counters["meetings"] = static_cast<double>(found);
                                });

const Figure channelBusiestPairStore("channel_busiest_pair_store", Cost::Light,
                                     [](benchmark::State& state, const BenchDatabase& database) {
                                         const auto& held = keptFor<Held>(database);
                                         for (auto _ : state) {
                                             const auto meetings =
                                                 channelMeetings(held.store, held.busiest.first,
                                                                 held.busiest.second, Filter());
                                             benchmark::DoNotOptimize(channelOf(
                                                 held.busiest.first, held.busiest.second,
                                                 pointersTo(meetings), held.lookup(), kToday));
                                         }
                                     });

const Figure channelsRanking("channels_ranking", Cost::Light,
                             [](benchmark::State& state, const BenchDatabase& database) {
                                 const auto& held = keptFor<Held>(database);
                                 for (auto _ : state) {
                                     const auto pairs = countryPairs(held.index, held.positions);
                                     benchmark::DoNotOptimize(busiestPairs(pairs, 50));
                                     benchmark::DoNotOptimize(quietestPairs(pairs, 50));
                                 }
                             });

const Figure followedMeasure("followed_measure", Cost::Light,
                             [](benchmark::State& state, const BenchDatabase& database) {
                                 const auto& held = keptFor<Held>(database);
                                 std::size_t found = 0;
                                 for (auto _ : state) {
                                     std::vector<const Meeting*> meetings;
                                     for (const auto position :
                                          meetingsAround(held.index, *held.followed, 30))
                                         meetings.push_back(&held.all.meetings[position]);
                                     found = followedBy(*held.followed, meetings, 30).size();
                                 }
                                 state.counters["meetings"] = static_cast<double>(found);
                             });

const Figure countermeasuresBusiestPair("countermeasures_busiest_pair", Cost::Light,
                                        [](benchmark::State& state, const BenchDatabase& database) {
                                            const auto& held = keptFor<Held>(database);
                                            for (auto _ : state)
                                                benchmark::DoNotOptimize(pairedMeasures(
                                                    held.measures, held.busiest.first.id,
                                                    held.busiest.second.id, 30));
                                        });

// A folder of this run's own for the files of what was seen, removed at exit.
struct SeenFolder {
    fs::path path = fs::temp_directory_path() / ("parley-bench-seen-" + std::to_string(::getpid()));
    ~SeenFolder()
    {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
} const g_seenFolder;

// The file of what was seen, written once per database.
fs::path seenFileOf(const BenchDatabase& database)
{
    auto file = g_seenFolder.path / (std::to_string(database.meetings) + ".seen");
    if (!fs::exists(file)) {
        const auto& held = keptFor<Held>(database);
        // A few records new since: every ten-thousandth meeting.
        auto records = seenRecordsNow(std::nullopt, held.store);
        auto& seen = records.seenToChange().meetings;
        for (std::size_t at = seen.size(); at-- > 0;) {
            if (at % 10000 == 0)
                seen.erase(seen.begin() + static_cast<std::ptrdiff_t>(at));
        }
        writeSeenRecords(file, records);
    }
    return file;
}

ViewedIds idsOf(const Held& held)
{
    ViewedIds ids;
    for (const auto& meeting : held.all.meetings)
        ids.meetings.push_back(meeting.id);
    for (const auto& official : held.officials)
        ids.officials.push_back(official.id);
    for (const auto& measure : held.measures)
        ids.measures.push_back(measure.id);
    return ids;
}

const Figure seenFingerprintAll("seen_fingerprint_all", Cost::Heavy,
                                [](benchmark::State& state, const BenchDatabase& database) {
                                    const auto& held = keptFor<Held>(database);
                                    for (auto _ : state)
                                        benchmark::DoNotOptimize(fingerprintsOf(held.store));
                                });

const Figure
    seenOpenUnchanged("seen_open_unchanged", Cost::Light,
                      [](benchmark::State& state, const BenchDatabase& database) {
                          const auto& held = keptFor<Held>(database);
                          const auto file = seenFileOf(database);
                          const auto ids = idsOf(held);
                          for (auto _ : state)
                              benchmark::DoNotOptimize(
                                  seenRecordsNow(readSeenRecords(file), held.store).changes(ids));
                      });

const Figure seenMarkAllSeen("seen_mark_all_seen", Cost::Light,
                             [](benchmark::State& state, const BenchDatabase& database) {
                                 const auto file = seenFileOf(database);
                                 auto records = *readSeenRecords(file);
                                 for (auto _ : state) {
                                     records.markAllSeen();
                                     writeSeenRecords(file, records);
                                 }
                             });

const Measure seenFileBytes("seen_file_bytes_per_record", "bytes",
                            [](const BenchDatabase& database) {
                                const auto& held = keptFor<Held>(database);
                                const auto records = held.all.meetings.size() +
                                                     held.officials.size() + held.measures.size();
                                return static_cast<double>(fs::file_size(seenFileOf(database))) /
                                       static_cast<double>(records);
                            });

} // namespace
} // namespace parley::bench
