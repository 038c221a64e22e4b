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

// FTS5 merges its segments as it writes, and with its defaults some writes
// finish a merge that takes in the index's largest segment: 7 s inside one
// edit at a million meetings. Edits merge only the small segments edits
// wrote, once this many stand (a merge of milliseconds): well below FTS5's
// limit of 2,000 segments, with which a search at a million meetings still
// took 37 ms.
inline constexpr int kSearchSegmentsBeforeMerge = 200;
// Sets the search index of DB to merge as above; written with the write
// under way, and kept by the file.
void keepSearchMergesSmall(SQLite::Database& db);

// The schema version of the database (0 for an empty one).
int version(SQLite::Database& db);

// Brings an empty or older Parley database up to kVersion, all steps in one
// transaction: on failure nothing is changed and the error is rethrown.
// Tests pass an older targetVersion to make the databases older Parleys made.
void migrate(SQLite::Database& db, int targetVersion = kVersion);

} // namespace parley::schema
