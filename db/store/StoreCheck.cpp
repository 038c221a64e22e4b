// What a store can say about its own soundness and the ids it is asked about.
#include "db/store/Store.h"

#include "db/store/Schema.h"
#include "db/store/StoreImpl.h"

#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

namespace parley {

void Store::requireKnownIds(const Filter& filter) const
{
    m_impl->guard([&] {
        struct IdFacet {
            const Filter::Ids& ids;
            const char* sql;
            const char* what;
        };
        const IdFacet facets[] = {
            {filter.countries(), "SELECT 1 FROM country WHERE code = ?", "country"},
            {filter.topics(), "SELECT 1 FROM topic WHERE slug = ?", "topic"},
            {filter.officials(), "SELECT 1 FROM official WHERE slug = ?", "official"},
        };
        for (const auto& facet : facets) {
            SQLite::Statement query(m_impl->db, facet.sql);
            for (const auto& id : facet.ids) {
                query.bind(1, id);
                if (!query.executeStep())
                    throw DataError(std::string("no ") + facet.what + " with id \"" + id +
                                    "\" in " + quoted(m_impl->file));
                query.reset();
            }
        }
    });
}

std::vector<std::string> Store::check() const
{
    return m_impl->guard([&] {
        auto& db = m_impl->db;
        std::vector<std::string> problems;
        try {
            SQLite::Statement integrity(db, "PRAGMA integrity_check");
            while (integrity.executeStep()) {
                const auto line = integrity.getColumn(0).getString();
                if (line != "ok")
                    problems.push_back("integrity: " + line);
            }
            SQLite::Statement foreignKeys(db, "PRAGMA foreign_key_check");
            while (foreignKeys.executeStep())
                problems.push_back("foreign key: row " + foreignKeys.getColumn(1).getString() +
                                   " of " + foreignKeys.getColumn(0).getString() +
                                   " refers to a missing " + foreignKeys.getColumn(2).getString());
        } catch (const SQLite::Exception& error) {
            // Damage can stop a check half way; that is a finding, not a failure.
            problems.push_back(std::string("damaged: ") + error.what());
        }
        // FTS5 checks its index through an INSERT, which a read-only connection refuses.
        if (sqlite3_db_readonly(db.getHandle(), "main") == 0) {
            try {
                db.exec("INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('integrity-check', 1)");
            } catch (const SQLite::Exception& error) {
                problems.push_back(std::string("full-text index: ") + error.what());
            }
        }
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version != schema::kVersion)
            problems.push_back("schema version " + std::to_string(version) + ", expected " +
                               std::to_string(schema::kVersion));
        return problems;
    });
}

} // namespace parley
