#pragma once

// Internal to db/store: the records a change touches, read as they are now,
// for the change that undoes it and for the records a removal rewrites.

#include "db/model/ChangeSet.h"
#include "db/model/RecordRules.h"

namespace SQLite {
class Database;
}

namespace parley {

// The records with these ids, in full, as the database holds them now;
// ids of no record are left out.
Dataset recordsWithIds(SQLite::Database& db, const RecordIds& ids);

// Every record that names this one: meetings and measures by participant,
// topic, measure, source, host, target or imposing country; officials by
// country; topics by parent.
Dataset recordsNaming(SQLite::Database& db, RecordKind kind, const std::string& id);

// The change that puts the database back as it is now once CHANGE is applied.
ChangeSet inverseOf(SQLite::Database& db, const ChangeSet& change);

} // namespace parley
