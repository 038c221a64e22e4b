#pragma once

// A connection made with SQLite itself, bypassing Parley: to forge files that
// Parley did not make, and to play another program that holds a lock.
// Test programs that include it link SQLite::SQLite3.

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace parley::test {

class RawSqlite {
public:
    explicit RawSqlite(const std::filesystem::path& file)
        : m_file(file.string())
    {
        if (sqlite3_open(m_file.c_str(), &m_db) != SQLITE_OK)
            fail();
    }
    ~RawSqlite() { sqlite3_close(m_db); }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const std::string& sql)
    {
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            fail();
    }

private:
    [[noreturn]] void fail() const
    {
        throw std::runtime_error(m_file + ": " + sqlite3_errmsg(m_db));
    }

    std::string m_file;
    sqlite3* m_db = nullptr;
};

// Runs SQL on a file and closes it again.
inline void runSql(const std::filesystem::path& file, const std::string& sql)
{
    RawSqlite(file).exec(sql);
}

} // namespace parley::test
