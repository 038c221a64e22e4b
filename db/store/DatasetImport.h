#pragma once

// Internal to db/: writes a checked dataset into the database, merging by id.

#include "db/model/Records.h"
#include "db/model/StreamedDataset.h"

namespace SQLite {
class Database;
}

namespace parley {

// Replaces each record whose id exists (with its links) and adds the others,
// inside one transaction: on any error the database is left as it was.
void importDataset(SQLite::Database& db, const Dataset& dataset);
// The same inside a transaction the caller holds.
void writeDataset(SQLite::Database& db, const Dataset& dataset);
// importDataset() with the meetings streamed: each is written as it is read,
// and memory never holds them all. A meeting the stream refuses rolls back.
void importDataset(SQLite::Database& db, const StreamedDataset& dataset);

} // namespace parley
