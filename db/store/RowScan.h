#pragma once

// Internal to db/: stepping through the rows of a query over whole tables,
// each value read with SQLite's own calls.

#include "db/store/RawStatement.h"

#include <cstdint>
#include <string_view>

namespace parley {

class RowScan {
public:
    RowScan(SQLite::Database& db, const std::string& sql)
        : m_statement(db, sql)
    {
    }

    // Steps to the next row; false after the last.
    bool next()
    {
        const int stepped = sqlite3_step(m_statement.handle());
        if (stepped == SQLITE_DONE)
            return false;
        m_statement.check(stepped, SQLITE_ROW);
        return true;
    }

    std::int64_t integer(int column) const
    {
        return sqlite3_column_int64(m_statement.handle(), column);
    }
    // Valid until the next step.
    std::string_view text(int column) const
    {
        // The text first, then its length, as SQLite asks.
        const auto* text = sqlite3_column_text(m_statement.handle(), column);
        const auto bytes = sqlite3_column_bytes(m_statement.handle(), column);
        return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes)};
    }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement.handle(), column) == SQLITE_NULL;
    }

private:
    RawStatement m_statement;
};

} // namespace parley
