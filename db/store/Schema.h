#pragma once

namespace SQLite {
class Database;
}

namespace parley::schema {

// The schema version this Parley writes, kept in PRAGMA user_version.
inline constexpr int kVersion = 3;
// PRAGMA application_id of a Parley database ("PRLY").
inline constexpr int kApplicationId = 0x50524C59;

// FTS5 flushes its in-memory index to disk at this many bytes (default 1 MB),
// which for writes of many meetings at once makes thousands of small segments
// that it merges again and again; bulk writes raise it for their transaction.
inline constexpr const char* kBulkSearchHashSize = "134217728";
inline constexpr const char* kDefaultSearchHashSize = "1048576";

// The schema version of the database (0 for an empty one).
int version(SQLite::Database& db);

// Brings an empty or older Parley database up to kVersion, all steps in one
// transaction: on failure nothing is changed and the error is rethrown.
// Tests pass an older targetVersion to make the databases older Parleys made.
void migrate(SQLite::Database& db, int targetVersion = kVersion);

} // namespace parley::schema
