#pragma once

// Internal to db/: writes a checked dataset into the database, merging by id.

#include "db/model/Records.h"

namespace SQLite {
class Database;
}

namespace parley {

// Replaces each record whose id exists (with its links) and adds the others,
// inside one transaction: on any error the database is left as it was.
void importDataset(SQLite::Database& db, const Dataset& dataset);
// The same inside a transaction the caller holds.
void writeDataset(SQLite::Database& db, const Dataset& dataset);

} // namespace parley
