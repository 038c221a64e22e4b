#pragma once

// Internal to db/store: whether a change leaves the database whole, checked
// before anything is written: every record it writes keeps the rules
// (RecordRules.h) against the database as it will be, topics still form a
// tree, and no record it removes is still named by one it keeps.

#include "db/model/ChangeSet.h"

#include <string>

namespace SQLite {
class Database;
}

namespace parley {

// Throws DataError "WHERE: meetings[id].field: what is wrong" at the first problem.
void checkChange(SQLite::Database& db, const ChangeSet& change, const std::string& where);

} // namespace parley
