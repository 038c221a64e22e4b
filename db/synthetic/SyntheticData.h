#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

namespace parley {

// What a synthetic dataset holds. Unset counts follow the meetings.
struct SyntheticOptions {
    std::int64_t meetings = 0;
    std::optional<std::int64_t> officials; // default meetings / 20, at least 10
    std::optional<std::int64_t> measures;  // default meetings / 50
    std::uint64_t seed = 1;

    std::int64_t officialCount() const;
    std::int64_t measureCount() const;
};

// Limits that keep slugs short and the run finite.
inline constexpr std::int64_t kMaxSyntheticRecords = 10'000'000;
// Bilateral to six-party meetings need at least six officials.
inline constexpr std::int64_t kMinSyntheticOfficials = 6;

// Writes a realistic, reproducible dataset into a new database at `file`: about
// 200 countries and blocs, a three-level tree of about 150 topics, officials
// whose offices change over time and a few of whom meet very often (Zipf-like),
// meetings clustered around summits from 1990 to 2026 with 2 to 6 participants
// (10% over several days, 5% known only to the month), and measures between
// countries. Every meeting and measure cites one source. The same options give
// a byte-identical file.
//
// `file` must not exist, or be an empty file or an empty Parley database. The
// data is written to "<file>.partial" and renamed into place when complete, so
// a failure leaves `file` as it was. Throws DataError for options out of range
// or a `file` that holds data, DatabaseError when the file cannot be written.
void generateSyntheticDatabase(const std::filesystem::path& file, const SyntheticOptions& options);

} // namespace parley
