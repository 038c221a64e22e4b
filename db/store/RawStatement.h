#pragma once

// Internal to db/: a statement run with SQLite's own calls, for the bulk paths
// that write or read millions of rows, where the wrapper's object per value
// (and its check per call) is a measurable share.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <sqlite3.h>

#include <memory>
#include <string>

namespace parley {

class RawStatement {
public:
    RawStatement(SQLite::Database& db, const std::string& sql, unsigned flags = 0)
        : m_db(db)
    {
        sqlite3_stmt* handle = nullptr;
        check(sqlite3_prepare_v3(db.getHandle(), sql.c_str(), static_cast<int>(sql.size()), flags,
                                 &handle, nullptr));
        m_handle.reset(handle);
    }

    sqlite3_stmt* handle() const { return m_handle.get(); }

    // Throws SQLite's error unless RESULT is EXPECTED.
    void check(int result, int expected = SQLITE_OK) const
    {
        if (result != expected)
            throw SQLite::Exception(m_db.getHandle(), result);
    }

private:
    struct Finalize {
        void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
    };

    SQLite::Database& m_db;
    std::unique_ptr<sqlite3_stmt, Finalize> m_handle;
};

} // namespace parley
