#pragma once

// Internal to db/: the INSERT of the bulk paths, which write millions of rows.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

// One prepared INSERT, bound with SQLite's own calls: text is bound without a
// copy (SQLITE_STATIC), which at millions of rows is a measurable share.
class PreparedInsert {
public:
    PreparedInsert(SQLite::Database& db, const std::string& sql)
        : m_db(db)
    {
        sqlite3_stmt* handle = nullptr;
        check(sqlite3_prepare_v3(db.getHandle(), sql.c_str(), static_cast<int>(sql.size()),
                                 SQLITE_PREPARE_PERSISTENT, &handle, nullptr));
        m_handle.reset(handle);
    }

    PreparedInsert& operator()(std::int64_t value)
    {
        check(sqlite3_bind_int64(m_handle.get(), ++m_index, value));
        return *this;
    }
    PreparedInsert& operator()(std::string_view text)
    {
        check(sqlite3_bind_text(m_handle.get(), ++m_index, text.data(),
                                static_cast<int>(text.size()), SQLITE_STATIC));
        return *this;
    }
    template <typename T> PreparedInsert& operator()(const std::optional<T>& value)
    {
        if (value)
            return (*this)(*value);
        check(sqlite3_bind_null(m_handle.get(), ++m_index));
        return *this;
    }

    void run()
    {
        const int stepped = sqlite3_step(m_handle.get());
        sqlite3_reset(m_handle.get());
        m_index = 0;
        if (stepped != SQLITE_DONE)
            throw SQLite::Exception(m_db.getHandle(), stepped);
    }

private:
    void check(int result) const
    {
        if (result != SQLITE_OK)
            throw SQLite::Exception(m_db.getHandle(), result);
    }

    struct Finalize {
        void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
    };

    SQLite::Database& m_db;
    std::unique_ptr<sqlite3_stmt, Finalize> m_handle;
    int m_index = 0;
};

} // namespace parley
