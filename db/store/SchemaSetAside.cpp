#include "db/store/SchemaSetAside.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace parley {

SchemaSetAside::SchemaSetAside(SQLite::Database& db, const std::string& where)
    : m_db(db)
{
    // Automatic indexes (UNIQUE, PRIMARY KEY) have no SQL and cannot be dropped.
    SQLite::Statement objects(db, "SELECT type, name, sql FROM sqlite_schema WHERE (" + where +
                                      ") AND sql IS NOT NULL ORDER BY rowid");
    std::vector<std::string> drops;
    while (objects.executeStep()) {
        drops.push_back("DROP " + objects.getColumn(0).getString() + " \"" +
                        objects.getColumn(1).getString() + "\"");
        m_sql.push_back(objects.getColumn(2).getString());
    }
    objects.reset();
    for (const auto& drop : drops)
        db.exec(drop);
}

void SchemaSetAside::restore()
{
    for (const auto& sql : m_sql)
        m_db.exec(sql);
    m_sql.clear();
}

} // namespace parley
