#pragma once

// Internal to db/: schema objects (indexes, triggers) dropped for a bulk
// write and created again after it, from their own SQL as the schema holds
// it. Sorting a million keys once when an index is created costs far less
// than inserting them one by one, and a trigger per row can cost more than
// the row (SearchIndexUpdate.h). Use inside a transaction: a rollback brings
// everything back.

#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

class SchemaSetAside {
public:
    // Drops what "SELECT … FROM sqlite_schema WHERE `where`" selects.
    SchemaSetAside(SQLite::Database& db, const std::string& where);
    // Creates them again, in the order the schema listed them.
    void restore();

private:
    SQLite::Database& m_db;
    std::vector<std::string> m_sql;
};

} // namespace parley
