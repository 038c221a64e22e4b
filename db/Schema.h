#pragma once

namespace SQLite {
class Database;
}

namespace parley::schema {

// The schema version this Parley writes, kept in PRAGMA user_version.
inline constexpr int kVersion = 1;
// PRAGMA application_id of a Parley database ("PRLY").
inline constexpr int kApplicationId = 0x50524C59;

// Brings an empty or older Parley database up to kVersion, all steps in one
// transaction: on failure nothing is changed and the error is rethrown.
void migrate(SQLite::Database& db);

} // namespace parley::schema
