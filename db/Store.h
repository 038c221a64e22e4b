#pragma once

#include "db/Filter.h"
#include "db/Records.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parley {

struct StoreStats {
    int schemaVersion = 0;
    int sources = 0;
    int countries = 0;
    int topics = 0;
    int officials = 0;
    int positions = 0;
    int meetings = 0;
    int measures = 0;
    std::optional<Period> meetingSpan; // first to last day any meeting covers
};

// A Parley database file: the only door to SQLite. Every query follows the data
// rules in DESIGN.md and is driven by a Filter. Errors are DatabaseError (the
// file cannot be used) or DataError (bad data or an unknown id).
class Store {
public:
    enum class Access { ReadOnly, ReadWrite };

    // Makes a new, empty database; refuses a path that already exists.
    static Store create(const std::filesystem::path& file);
    // Opens an existing Parley database. Refuses, without changing a byte, a
    // missing file, one that is not SQLite or not Parley's, and one made by a
    // newer Parley.
    static Store open(const std::filesystem::path& file, Access access = Access::ReadWrite);
    // An empty database in memory, for tests.
    static Store inMemory();

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::filesystem::path& file() const;

    // Merges a checked dataset by id in one transaction: all or nothing.
    void import(const Dataset& dataset);
    // Every record, arrays and members ordered by id.
    Dataset exportAll() const;

    // Meetings matching the filter, ordered by start date then id.
    std::vector<Meeting> meetings(const Filter& filter) const;
    // Measures matching the filter, ordered by announcement date then id.
    std::vector<Measure> measures(const Filter& filter) const;
    // One official's meetings within the filter's date range, in date order.
    std::vector<Engagement> engagements(const std::string& officialId, const Filter& range) const;
    // Matching meetings per country and per topic (a topic counts its
    // descendants), each ignoring its own facet so a list shows what every
    // choice would give. Ordered by id; ids with no meeting are left out.
    std::vector<Count> meetingsPerCountry(const Filter& filter) const;
    std::vector<Count> meetingsPerTopic(const Filter& filter) const;

    std::optional<Official> official(const std::string& id) const;
    std::vector<Official> officials() const;
    std::vector<Country> countries() const;
    std::vector<Topic> topics() const;
    std::vector<Source> sources() const;
    StoreStats stats() const;

    // Throws DataError naming the first id in the filter that the database lacks.
    void requireKnownIds(const Filter& filter) const;
    // What is wrong with the file (integrity, foreign keys, full-text index,
    // schema version); empty when it is sound. Damage is reported, not thrown.
    // The full-text index can only be checked when the store is writable.
    std::vector<std::string> check() const;

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace parley
