#pragma once

// Internal to db/store: what Store.cpp, StoreQueries.cpp and StoreCheck.cpp
// share. A Store is one SQLite connection and what open() learnt about it.

#include "db/model/Errors.h"
#include "db/store/Store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <filesystem>
#include <optional>
#include <string>

namespace parley {

// How long a query waits for another program's write to finish.
constexpr int kBusyTimeoutMs = 2000;

// How messages name a database file.
inline std::string quoted(const std::filesystem::path& file) { return file.string(); }

// What SQLite's error means for the person using the file, and what to do.
std::string problemWith(const std::filesystem::path& file, const SQLite::Exception& error);

// How many rows TABLE holds.
inline int countOf(SQLite::Database& db, const std::string& table)
{
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
}

// SQLite's process-wide settings, made before its first connection opens.
struct SqliteSettings {
    SqliteSettings();
};

struct Store::Impl {
    Impl(std::filesystem::path path, int flags)
        : file(std::move(path))
        , db(file.string(), flags, kBusyTimeoutMs)
    {
    }

    // Runs work on the database, turning SQLite's errors into DatabaseError.
    template <typename Work> auto guard(Work work) const
    {
        try {
            return work();
        } catch (const SQLite::Exception& error) {
            throw DatabaseError(problemWith(file, error));
        }
    }

    // Runs work on a connection of its own, for a scan of whole tables from
    // one thread: it takes no lock of SQLite's per call (at millions of rows
    // a tenth of the scan), and scans on two threads run side by side. An
    // in-memory database has only its one connection.
    template <typename Work> auto scan(Work work) const
    {
        return guard([&] {
            if (file == ":memory:")
                return work(db);
            SQLite::Database own(file.string(), SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX,
                                 kBusyTimeoutMs);
            return work(own);
        });
    }

    SqliteSettings settings;
    std::filesystem::path file;
    mutable SQLite::Database db;
    std::optional<std::string> migrationNotice;
};

} // namespace parley
