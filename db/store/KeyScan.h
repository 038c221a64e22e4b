#pragma once

// Internal to db/: reading rows for a set of meeting (or measure, or
// official) keys, the way every bulk query of the store does: the keys are
// found first (FilterSql.h), then each table is read once for all of them.

#include "db/store/SqlFragment.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace parley {

using Keys = std::vector<std::int64_t>;

// The keys a fragment selects (its first column), ascending and without repeats.
inline Keys keysOf(SQLite::Database& db, const SqlFragment& ids)
{
    SQLite::Statement query(db, ids.sql);
    ids.bindTo(query);
    Keys keys;
    while (query.executeStep())
        keys.push_back(query.getColumn(0).getInt64());
    std::ranges::sort(keys);
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// Whether the keys fill a quarter of their range or more.
inline bool areDense(const Keys& keys)
{
    return static_cast<std::int64_t>(keys.size()) * 4 >= keys.back() - keys.front() + 1;
}

// "SELECT … FROM …" (no WHERE of its own, every column named with its table
// as json_each has columns of its own) restricted to the keys in `keyColumn`. Dense keys (a filter
// that keeps much of the table) are read as one range scan, skipping the rows between; sparse ones
// are bound as one JSON array that drives the join, each key looked up once. Looking a million keys
// up one by one costs several times the scan.
inline SqlFragment restrictedToKeys(const std::string& select, const std::string& keyColumn,
                                    const Keys& keys)
{
    if (areDense(keys))
        return {select + " WHERE " + keyColumn + " BETWEEN " + std::to_string(keys.front()) +
                    " AND " + std::to_string(keys.back()),
                {}};
    const auto from = select.find(" FROM ");
    return {select.substr(0, from) + " FROM json_each(?) AS chosen CROSS JOIN " +
                select.substr(from + 6) + " WHERE " + keyColumn + " = chosen.value",
            {nlohmann::json(keys).dump()}};
}

// Steps through a query whose first column is a key and calls `use(position
// of the key, row)` for each row whose key is one of the keys, in any order.
template <typename Use> void forEachKeyedRow(SQLite::Statement& query, const Keys& keys, Use use)
{
    while (query.executeStep()) {
        const auto key = query.getColumn(0).getInt64();
        const auto at = std::ranges::lower_bound(keys, key);
        if (at != keys.end() && *at == key)
            use(static_cast<std::size_t>(at - keys.begin()), query);
    }
}

// Runs "SELECT key, … FROM …" restricted to the keys, as forEachKeyedRow.
// Rows come in no particular order: asking SQLite to sort them made it scan
// whole tables.
template <typename Use>
void forEachRow(SQLite::Database& db, const std::string& select, const std::string& keyColumn,
                const Keys& keys, Use use)
{
    if (keys.empty())
        return;
    const auto restricted = restrictedToKeys(select, keyColumn, keys);
    SQLite::Statement query(db, restricted.sql);
    restricted.bindTo(query);
    forEachKeyedRow(query, keys, use);
}

// A value for every row key of a small table (countries, topics, officials),
// read once per count: "SELECT id, value FROM …".
template <typename Value, typename Read>
std::vector<Value> byRowKey(SQLite::Database& db, const std::string& sql, Value absent, Read read)
{
    std::vector<Value> values;
    SQLite::Statement query(db, sql);
    while (query.executeStep()) {
        const auto key = static_cast<std::size_t>(query.getColumn(0).getInt64());
        if (key >= values.size())
            values.resize(key + 1, absent);
        values[key] = read(query.getColumn(1));
    }
    return values;
}

inline std::vector<std::string> slugsByKey(SQLite::Database& db, const std::string& sql)
{
    return byRowKey<std::string>(db, sql, {},
                                 [](const SQLite::Column& column) { return column.getString(); });
}

} // namespace parley
