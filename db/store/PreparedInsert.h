#pragma once

// Internal to db/: the INSERT of the bulk paths, which write millions of rows.

#include "db/store/RawStatement.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

// One prepared INSERT, bound with SQLite's own calls: text is bound without a
// copy (SQLITE_STATIC), which at millions of rows is a measurable share.
class PreparedInsert {
public:
    PreparedInsert(SQLite::Database& db, const std::string& sql)
        : m_statement(db, sql, SQLITE_PREPARE_PERSISTENT)
    {
    }

    PreparedInsert& operator()(std::int64_t value)
    {
        m_statement.check(sqlite3_bind_int64(m_statement.handle(), ++m_index, value));
        return *this;
    }
    PreparedInsert& operator()(std::string_view text)
    {
        m_statement.check(sqlite3_bind_text(m_statement.handle(), ++m_index, text.data(),
                                            static_cast<int>(text.size()), SQLITE_STATIC));
        return *this;
    }
    template <typename T> PreparedInsert& operator()(const std::optional<T>& value)
    {
        if (value)
            return (*this)(*value);
        m_statement.check(sqlite3_bind_null(m_statement.handle(), ++m_index));
        return *this;
    }

    void run()
    {
        const int stepped = sqlite3_step(m_statement.handle());
        sqlite3_reset(m_statement.handle());
        m_index = 0;
        m_statement.check(stepped, SQLITE_DONE);
    }

private:
    RawStatement m_statement;
    int m_index = 0;
};

} // namespace parley
