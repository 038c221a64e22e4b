#pragma once

// Internal to db/store: what a search text adds to a meeting query. Each
// fragment selects the keys of the meetings one part of the text admits; a
// meeting matches when every fragment admits it (FilterSql.h intersects).

#include "db/store/SqlFragment.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

// A meeting is found by its title, summary and place (the full-text index)
// and by the names, native names and aliases of its participants: plain words
// each match either. Text written in FTS5 syntax searches the full-text index
// alone, as written.
std::vector<SqlFragment> meetingSearchFacets(SQLite::Database& db, std::string_view text);

// SQL that is true when the bound word occurs in one of these text columns,
// ignoring the case of ASCII letters.
std::string containsWord(std::initializer_list<const char*> columns);

} // namespace parley
