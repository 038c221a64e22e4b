#include "db/store/SlugKeys.h"

#include <stdexcept>

namespace parley {

SlugKeys::SlugKeys(SQLite::Database& db, const char* table, std::size_t writing,
                   const char* slugColumn)
{
    if (writing < kLookUpBelow) {
        m_lookUp.emplace(db,
                         std::string("SELECT id FROM ") + table + " WHERE " + slugColumn + " = ?");
        return;
    }
    SQLite::Statement query(db, std::string("SELECT id, ") + slugColumn + " FROM " + table);
    while (query.executeStep())
        m_all.emplace(query.getColumn(1).getString(), query.getColumn(0).getInt64());
}

std::int64_t SlugKeys::at(const std::string& slug) const
{
    if (!m_lookUp)
        return m_all.at(slug);
    m_lookUp->bind(1, slug);
    const bool found = m_lookUp->executeStep();
    const std::int64_t key = found ? m_lookUp->getColumn(0).getInt64() : 0;
    m_lookUp->reset();
    if (!found)
        throw std::out_of_range("no record has the slug " + slug);
    return key;
}

} // namespace parley
