// Import and export of a whole synthetic database as parley/1, the way
// `parley-db import` and `parley-db export` do them, and the import of the
// Office of the Historian's records that Parley ships (`parley-db import-hsg`
// into a new database), which does not depend on the synthetic database.
#include "tests/bench/BenchSupport.h"

#include "db/exchange/hsg/HsgImport.h"
#include "db/interchange/DatasetFile.h"
#include "db/interchange/DatasetWriter.h"
#include "db/store/Store.h"

#include <fstream>

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

fs::path besideDatabase(const BenchDatabase& database, const std::string& suffix)
{
    auto file = database.file;
    file += suffix;
    return file;
}

// The database as parley/1, written as `parley-db export` writes it.
void exportTo(const fs::path& file, const BenchDatabase& database)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    writeDataset(out, Store::open(database.file, Store::Access::ReadOnly));
    out.close();
    if (!out)
        throw std::runtime_error(file.string() + ": cannot write");
}

// The database as parley/1, exported once and kept beside it for later runs.
fs::path documentOf(const BenchDatabase& database)
{
    auto document = besideDatabase(database, ".json");
    if (!fs::exists(document)) {
        const auto partial = besideDatabase(database, ".json.partial");
        exportTo(partial, database);
        fs::rename(partial, document);
    }
    return document;
}

// Streamed from the file in passes, as `parley-db import` reads it.
const Figure importFigure("import", Cost::Heavy,
                          [](benchmark::State& state, const BenchDatabase& database) {
                              const auto document = documentOf(database);
                              const auto target = besideDatabase(database, ".imported");
                              for (auto _ : state) {
                                  fs::remove(target);
                                  const DatasetFile file(document);
                                  Store::create(target).import(file);
                              }
                              fs::remove(target);
                          });

const Figure exportFigure("export", Cost::Heavy,
                          [](benchmark::State& state, const BenchDatabase& database) {
                              const auto target = besideDatabase(database, ".exported.json");
                              for (auto _ : state)
                                  exportTo(target, database);
                              fs::remove(target);
                          });

const Figure importHsgFigure("import_hsg", Cost::Heavy,
                             [](benchmark::State& state, const BenchDatabase& database) {
                                 const auto target = besideDatabase(database, ".hsg");
                                 for (auto _ : state) {
                                     fs::remove(target);
                                     const auto read = readHsgFolder(PARLEY_HSG_RECORDS);
                                     Store::create(target).import(read.dataset);
                                 }
                                 fs::remove(target);
                             });

} // namespace
} // namespace parley::bench
