// What a start reads before the window can show every meeting, three ways:
// brief records (a string per id, title and link) and the index built from
// them, as the window reads them today; the same facets and texts read as
// columns straight from the store's rows; and those columns read back from a
// snapshot file written after an earlier start.
#include "tests/bench/BenchSupport.h"

#include "db/index/IndexLoad.h"
#include "db/index/StoreColumns.h"
#include "db/store/Store.h"

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

Store openStore(const BenchDatabase& database)
{
    return Store::open(database.file, Store::Access::ReadOnly);
}

MeetingColumns columnsOf(const Store& store)
{
    return loadMeetingColumns(store, store.officials(), store.countries(), store.topics());
}

const Figure briefsFigure("load_briefs", Cost::Heavy,
                          [](benchmark::State& state, const BenchDatabase& database) {
                              const auto store = openStore(database);
                              for (auto _ : state) {
                                  const auto all = store.allMeetingBriefs();
                                  const MeetingIndex index(all.keys, all.meetings,
                                                           store.officials(), store.countries(),
                                                           store.topics());
                                  benchmark::DoNotOptimize(index.size());
                              }
                          });

const Figure columnsFigure("load_columns", Cost::Heavy,
                           [](benchmark::State& state, const BenchDatabase& database) {
                               const auto store = openStore(database);
                               for (auto _ : state)
                                   benchmark::DoNotOptimize(columnsOf(store).index.size());
                           });

const Figure snapshotFigure("load_snapshot", Cost::Heavy,
                            [](benchmark::State& state, const BenchDatabase& database) {
                                const auto store = openStore(database);
                                auto file = fs::temp_directory_path() / "parley-bench-columns";
                                saveMeetingColumns(columnsOf(store), file, store.stamp());
                                for (auto _ : state) {
                                    benchmark::DoNotOptimize(
                                        readMeetingColumns(file, store.stamp()).index.size());
                                }
                                fs::remove(file);
                            });

} // namespace
} // namespace parley::bench
