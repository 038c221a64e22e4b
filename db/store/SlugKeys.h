#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace parley {

// The keys of a table's records by slug, for the links a write makes: read
// all at once for a large write (an import), or looked up one by one for a
// write that names few (an edit), where reading 50,000 officials' keys took
// longer than the edit itself.
class SlugKeys {
public:
    // Writes of fewer records than this look their links' keys up one by one.
    static constexpr std::size_t kLookUpBelow = 1000;

    // WRITING: how many records the write holds.
    SlugKeys(SQLite::Database& db, const char* table, std::size_t writing,
             const char* slugColumn = "slug");

    // The key of the record with this slug; throws std::out_of_range when
    // there is none, as the checks before a write make sure there is.
    std::int64_t at(const std::string& slug) const;

private:
    std::unordered_map<std::string, std::int64_t> m_all; // when read at once
    mutable std::optional<SQLite::Statement> m_lookUp;   // when looked up
};

} // namespace parley
