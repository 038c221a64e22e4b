#pragma once

// Internal to db/: turns a Filter into the SQL that selects matching ids,
// following the data rules in DESIGN.md.

#include "db/Filter.h"
#include "db/SqlFragment.h"

namespace SQLite {
class Database;
}

namespace parley {

// Facets a query leaves out, for counts that show what each choice would give.
enum class Facet { None, Countries, Topics };

// "SELECT m.id FROM meeting m WHERE …" for the meetings the filter matches.
SqlFragment matchingMeetingIds(SQLite::Database& db, const Filter& filter,
                               Facet ignored = Facet::None);
// "SELECT x.id FROM measure x WHERE …" for the measures the filter matches.
SqlFragment matchingMeasureIds(const Filter& filter);

} // namespace parley
