#pragma once

// Internal to db/: finds the records a Filter matches, following the data
// rules in DESIGN.md.

#include "db/model/Filter.h"
#include "db/store/SqlFragment.h"

#include <cstdint>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

// The keys of the meetings the filter matches, ascending: each facet's keys
// are read from its own index and intersected here, which at a million
// meetings is far cheaper than looking every candidate up in the table.
std::vector<std::int64_t> matchingMeetingKeys(SQLite::Database& db, const Filter& filter);
// "SELECT x.id FROM measure x WHERE …" for the measures the filter matches.
SqlFragment matchingMeasureIds(const Filter& filter);

} // namespace parley
