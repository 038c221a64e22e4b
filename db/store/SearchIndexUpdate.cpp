#include "db/store/SearchIndexUpdate.h"

#include "db/store/Schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include <string>

namespace parley {

namespace {

// Below this many meetings a second thread and file are not worth starting.
constexpr std::size_t kParallelFrom = 10000;

void setHashSize(SQLite::Database& db, const char* bytes)
{
    db.exec(std::string("INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('hashsize', ") + bytes +
            ")");
}

// Runs "… WHERE slug IN (the meetings' ids)", bound as one JSON array.
void forMeetings(SQLite::Database& db, const std::string& sql, const std::string& ids)
{
    SQLite::Statement statement(db, sql + " WHERE slug IN (SELECT value FROM json_each(?))");
    statement.bind(1, ids);
    statement.exec();
}

} // namespace

SearchIndexUpdate::SearchIndexUpdate(SQLite::Database& db, std::string ids, std::size_t meetings)
    : m_db(db)
    , m_ids(std::move(ids))
    // The same columns as the triggers index.
    , m_triggers(db, "type = 'trigger' AND tbl_name = 'meeting' AND sql LIKE '%meeting_fts%'")
{
    const std::string file = sqlite3_db_filename(db.getHandle(), "main");
    const bool empty = db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM meeting)").getInt();
    if (meetings >= kParallelFrom && empty && !file.empty()) {
        m_scratch = file + "-search";
        std::error_code ignored;
        std::filesystem::remove(m_scratch, ignored);
        const auto create =
            db.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'meeting_fts'").getString();
        m_builder.emplace(m_scratch, create, m_rows);
        return;
    }
    forMeetings(db,
                "INSERT INTO meeting_fts(meeting_fts, rowid, title, summary, location)"
                " SELECT 'delete', id, title, summary, location FROM meeting",
                m_ids);
}

SearchIndexUpdate::~SearchIndexUpdate()
{
    m_builder.reset();
    if (!m_scratch.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_scratch, ignored);
    }
}

void SearchIndexUpdate::written(std::int64_t key, const Meeting& meeting)
{
    if (m_builder)
        m_rows.push({key, meeting.title, meeting.summary, meeting.location});
}

void SearchIndexUpdate::finish()
{
    if (m_builder) {
        m_rows.close();
        m_builder->finish();
        m_builder->copyInto(m_db);
        m_triggers.restore();
        return;
    }
    setHashSize(m_db, schema::kBulkSearchHashSize);
    forMeetings(m_db,
                "INSERT INTO meeting_fts(rowid, title, summary, location)"
                " SELECT id, title, summary, location FROM meeting",
                m_ids);
    setHashSize(m_db, schema::kDefaultSearchHashSize);
    m_triggers.restore();
}

} // namespace parley
