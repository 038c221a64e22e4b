#include "db/store/SearchIndexUpdate.h"

#include "db/store/Schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include <nlohmann/json.hpp>

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
void forMeetings(SQLite::Database& db, const std::string& sql, const std::vector<Meeting>& meetings)
{
    std::vector<std::string> slugs;
    slugs.reserve(meetings.size());
    for (const auto& meeting : meetings)
        slugs.push_back(meeting.id);
    SQLite::Statement statement(db, sql + " WHERE slug IN (SELECT value FROM json_each(?))");
    statement.bind(1, nlohmann::json(slugs).dump());
    statement.exec();
}

// The meetings of a table without any get the keys 1, 2, 3 … in the order
// they are inserted.
bool areFirstKeys(const std::vector<std::int64_t>& keys)
{
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] != static_cast<std::int64_t>(i) + 1)
            return false;
    }
    return true;
}

} // namespace

SearchIndexUpdate::SearchIndexUpdate(SQLite::Database& db, const std::vector<Meeting>& meetings)
    : m_db(db)
    , m_meetings(meetings)
    // The same columns as the triggers index.
    , m_triggers(db, "type = 'trigger' AND tbl_name = 'meeting' AND sql LIKE '%meeting_fts%'")
{
    const std::string file = sqlite3_db_filename(db.getHandle(), "main");
    const bool empty = db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM meeting)").getInt();
    if (meetings.size() >= kParallelFrom && empty && !file.empty()) {
        m_scratch = file + "-search";
        std::error_code ignored;
        std::filesystem::remove(m_scratch, ignored);
        const auto create =
            db.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'meeting_fts'").getString();
        m_builder.emplace(m_scratch, create,
                          [this, next = std::size_t{0}](SearchIndexBuilder::Row& row) mutable {
                              if (next == m_meetings.size())
                                  return false;
                              const auto& meeting = m_meetings[next++];
                              row = {static_cast<std::int64_t>(next), meeting.title,
                                     meeting.summary, meeting.location};
                              return true;
                          });
        return;
    }
    forMeetings(db,
                "INSERT INTO meeting_fts(meeting_fts, rowid, title, summary, location)"
                " SELECT 'delete', id, title, summary, location FROM meeting",
                meetings);
}

SearchIndexUpdate::~SearchIndexUpdate()
{
    m_builder.reset();
    if (!m_scratch.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_scratch, ignored);
    }
}

void SearchIndexUpdate::finish(const std::vector<std::int64_t>& keys)
{
    if (m_builder) {
        m_builder->finish();
        if (areFirstKeys(keys)) {
            m_builder->copyInto(m_db);
            m_triggers.restore();
            return;
        }
    }
    setHashSize(m_db, schema::kBulkSearchHashSize);
    forMeetings(m_db,
                "INSERT INTO meeting_fts(rowid, title, summary, location)"
                " SELECT id, title, summary, location FROM meeting",
                m_meetings);
    setHashSize(m_db, schema::kDefaultSearchHashSize);
    m_triggers.restore();
}

} // namespace parley
