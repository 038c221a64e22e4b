#pragma once

// Internal to db/store: the statements of an import that merges by id, which
// replaces a record whose id exists and adds the others.

#include "db/store/SlugKeys.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace parley {

inline void bindOptional(SQLite::Statement& statement, int index,
                         const std::optional<std::string>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

// Runs an upsert that ends in "RETURNING id" and gives the record's key.
inline std::int64_t upsert(SQLite::Statement& statement)
{
    statement.executeStep();
    const std::int64_t key = statement.getColumn(0).getInt64();
    statement.reset();
    statement.clearBindings();
    return key;
}

// Replaces the links of one owner in a link table (owner_column, target_column).
class LinkWriter {
public:
    LinkWriter(SQLite::Database& db, const std::string& table, const std::string& ownerColumn,
               const std::string& targetColumn)
        : m_delete(db, "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?")
        , m_insert(db, "INSERT INTO " + table + " (" + ownerColumn + ", " + targetColumn +
                           ") VALUES (?, ?)")
    {
    }

    // `mayHaveLinks` false skips looking for old links (the owner is new).
    void replace(std::int64_t owner, const std::vector<std::string>& targets, const SlugKeys& keys,
                 bool mayHaveLinks = true)
    {
        if (mayHaveLinks) {
            m_delete.bind(1, owner);
            m_delete.exec();
            m_delete.reset();
        }
        for (const auto& target : targets) {
            m_insert.bind(1, owner);
            m_insert.bind(2, keys.at(target));
            m_insert.exec();
            m_insert.reset();
        }
    }

private:
    SQLite::Statement m_delete;
    SQLite::Statement m_insert;
};

} // namespace parley
