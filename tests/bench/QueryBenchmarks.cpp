// The database side of what Parley does when the user changes a filter or
// opens an official, timed on an open store (as the running program has it),
// and how many bytes of database a meeting takes. GuiBenchmarks.cpp times the
// same changes through to the painted frame.
#include "tests/bench/BenchSupport.h"

#include "db/store/Store.h"

#include <algorithm>
#include <map>
#include <memory>

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

// One store per database, opened once, like the running program's.
const Store& storeOf(const BenchDatabase& database)
{
    static std::map<std::int64_t, std::unique_ptr<Store>> stores;
    auto& store = stores[database.meetings];
    if (!store)
        store = std::make_unique<Store>(Store::open(database.file, Store::Access::ReadOnly));
    return *store;
}

// Registers the figures of one filter change: the records (what the window
// shows today), the counts beside the country and topic lists, and the keys
// alone (the light path, for a view that keeps its own compact copy).
struct FilterFigures {
    explicit FilterFigures(const FilterChange& change)
        : records("query_" + change.name, Cost::Light,
                  [filter = change.filter](benchmark::State& state, const BenchDatabase& database) {
                      const auto& store = storeOf(database);
                      std::size_t found = 0;
                      for (auto _ : state) {
                          const auto meetings = store.meetings(filter);
                          const auto measures = store.measures(filter);
                          found = meetings.size();
                          benchmark::DoNotOptimize(measures.data());
                      }
                      state.counters["meetings"] = static_cast<double>(found);
                  })
        , counts("counts_" + change.name, Cost::Light,
                 [filter = change.filter](benchmark::State& state, const BenchDatabase& database) {
                     const auto& store = storeOf(database);
                     for (auto _ : state) {
                         const auto countries = store.meetingsPerCountry(filter);
                         const auto topics = store.meetingsPerTopic(filter);
                         benchmark::DoNotOptimize(countries.data());
                         benchmark::DoNotOptimize(topics.data());
                     }
                 })
        , keys("query_" + change.name + "_keys", Cost::Light,
               [filter = change.filter](benchmark::State& state, const BenchDatabase& database) {
                   const auto& store = storeOf(database);
                   std::size_t found = 0;
                   for (auto _ : state)
                       found = store.meetingKeys(filter).size();
                   state.counters["meetings"] = static_cast<double>(found);
               })
    {
    }
    Figure records;
    Figure counts;
    Figure keys;
};

const auto filterFigures = [] {
    std::vector<std::unique_ptr<FilterFigures>> figures;
    for (const auto& change : filterChanges())
        figures.push_back(std::make_unique<FilterFigures>(change));
    return figures;
}();

// The official with the most meetings, found once per database (not timed).
std::string busiestOfficial(const BenchDatabase& database)
{
    static std::map<std::int64_t, std::string> busiest;
    auto& id = busiest[database.meetings];
    if (id.empty()) {
        const auto counts = storeOf(database).meetingsPerOfficial(Filter());
        id = std::ranges::max(counts, {}, &Count::meetings).id;
    }
    return id;
}

const Figure officialPanel("query_official", Cost::Light,
                           [](benchmark::State& state, const BenchDatabase& database) {
                               const auto official = busiestOfficial(database);
                               const auto& store = storeOf(database);
                               std::size_t found = 0;
                               for (auto _ : state)
                                   found = store.engagements(official, Filter()).size();
                               state.counters["meetings"] = static_cast<double>(found);
                           });

const Measure bytesPerMeeting("db_bytes_per_meeting", "bytes", [](const BenchDatabase& database) {
    return static_cast<double>(fs::file_size(database.file)) /
           static_cast<double>(database.meetings);
});

} // namespace
} // namespace parley::bench
