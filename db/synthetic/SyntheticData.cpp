#include "db/synthetic/SyntheticData.h"

#include "db/model/Errors.h"
#include "db/store/BulkWriter.h"
#include "db/store/Store.h"
#include "db/synthetic/SyntheticGenerator.h"

#include <algorithm>
#include <string>

namespace parley {

namespace fs = std::filesystem;

namespace {

void requireInRange(const char* what, std::int64_t value, std::int64_t low)
{
    if (value < low || value > kMaxSyntheticRecords)
        throw DataError(std::string(what) + " must be between " + std::to_string(low) + " and " +
                        std::to_string(kMaxSyntheticRecords) + ", not " + std::to_string(value));
}

// A file that is absent, empty, or a Parley database without records may be
// replaced; anything else is someone's data.
void requireNothingToLose(const fs::path& file)
{
    std::error_code error;
    if (!fs::exists(file, error) || (fs::is_regular_file(file, error) && fs::is_empty(file, error)))
        return;
    const auto stats = Store::open(file, Store::Access::ReadOnly).stats();
    if (stats.sources + stats.countries + stats.topics + stats.officials + stats.meetings +
            stats.measures >
        0)
        throw DataError(file.string() + ": already holds data; generate into a new file");
}

} // namespace

std::int64_t SyntheticOptions::officialCount() const
{
    return officials.value_or(std::max<std::int64_t>(10, meetings / 20));
}

std::int64_t SyntheticOptions::measureCount() const { return measures.value_or(meetings / 50); }

void generateSyntheticDatabase(const fs::path& file, const SyntheticOptions& options)
{
    requireInRange("the number of meetings", options.meetings, 1);
    requireInRange("the number of officials", options.officialCount(), kMinSyntheticOfficials);
    requireInRange("the number of measures", options.measureCount(), 0);
    requireNothingToLose(file);

    // Built beside the target and renamed into place only when complete, so
    // the bulk writer may skip the rollback journal (see BulkWriter.h).
    const fs::path partial = file.string() + ".partial";
    std::error_code ignored;
    fs::remove(partial, ignored);
    try {
        Store::create(partial);
        BulkWriter writer(partial);
        synthetic::Generator(options, writer).run();
        writer.finish();
    } catch (const DatabaseError&) {
        fs::remove(partial, ignored);
        throw;
    } catch (const std::exception& error) {
        fs::remove(partial, ignored);
        throw DatabaseError(file.string() + ": cannot write the database: " + error.what());
    }
    std::error_code renamed;
    fs::rename(partial, file, renamed);
    if (renamed) {
        fs::remove(partial, ignored);
        throw DatabaseError(file.string() + ": cannot write the database: " + renamed.message());
    }
}

} // namespace parley
