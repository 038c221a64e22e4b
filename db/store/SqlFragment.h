#pragma once

// Internal to db/: SQL text with the values it binds, in order. Every value the
// user gives is bound, never spliced into the text.

#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

namespace parley {

struct SqlFragment {
    std::string sql;
    std::vector<std::string> params;

    void bindTo(SQLite::Statement& statement, int firstIndex = 1) const
    {
        for (std::size_t i = 0; i < params.size(); ++i)
            statement.bind(firstIndex + static_cast<int>(i), params[i]);
    }
};

// Every key of a table.
inline SqlFragment allKeysOf(const char* table)
{
    return {std::string("SELECT id FROM ") + table, {}};
}

} // namespace parley
