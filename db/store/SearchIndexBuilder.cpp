#include "db/store/SearchIndexBuilder.h"

#include "db/store/PreparedInsert.h"
#include "db/store/Schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace parley {

SearchIndexBuilder::SearchIndexBuilder(std::filesystem::path file, std::string createSql,
                                       SearchRowQueue& rows)
    : m_file(std::move(file))
    , m_rows(rows)
    , m_worker([this, sql = std::move(createSql)] { work(sql); })
{
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    if (!m_worker.joinable())
        return;
    m_stop = true;
    m_rows.stop(); // wakes the worker if it waits for rows
    m_worker.join();
}

void SearchIndexBuilder::finish()
{
    m_worker.join();
    if (m_error)
        std::rethrow_exception(m_error);
}

void SearchIndexBuilder::work(const std::string& createSql)
{
    try {
        SQLite::Database db(m_file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        // A scratch file nobody else sees: nothing to roll back to.
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                " PRAGMA locking_mode = EXCLUSIVE");
        db.exec(createSql);
        db.exec("BEGIN");
        db.exec(std::string("INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('hashsize', ") +
                schema::kBulkSearchHashSize + ")");
        PreparedInsert insert(db, "INSERT INTO meeting_fts(rowid, title, summary, location)"
                                  " VALUES (?, ?, ?, ?)");
        SearchRow row;
        while (!m_stop && m_rows.pop(row))
            insert(row.rowid)(row.title)(row.summary)(row.location).run();
        // One segment: left as the hash's flushes wrote them, the bulk
        // segments were merged again inside the edits that came later, 7 s
        // for one edit at a million meetings.
        if (!m_stop)
            db.exec("INSERT INTO meeting_fts(meeting_fts) VALUES ('optimize')");
        db.exec("COMMIT");
    } catch (...) {
        m_error = std::current_exception();
    }
    m_rows.stop();
}

void SearchIndexBuilder::copyInto(SQLite::Database& db) const
{
    SQLite::Database built(m_file.string(), SQLite::OPEN_READONLY);
    // The averages, the segments and the document sizes; the configuration
    // (version, hash size) stays the target's own.
    for (const std::string shadow :
         {"meeting_fts_data", "meeting_fts_idx", "meeting_fts_docsize"}) {
        db.exec("DELETE FROM " + shadow);
        SQLite::Statement rows(built, "SELECT * FROM " + shadow);
        std::string sql = "INSERT INTO " + shadow + " VALUES (?";
        for (int i = 1; i < rows.getColumnCount(); ++i)
            sql += ", ?";
        sql += ")";
        SQLite::Statement insert(db, sql);
        while (rows.executeStep()) {
            for (int i = 0; i < rows.getColumnCount(); ++i) {
                const auto column = rows.getColumn(i);
                if (column.isInteger())
                    insert.bind(i + 1, column.getInt64());
                else if (column.isNull())
                    insert.bind(i + 1);
                else if (const void* bytes = column.getBlob()) // pages, sizes, terms
                    insert.bind(i + 1, bytes, column.getBytes());
                else // an empty term, which SQLite hands out as no pointer at all
                    insert.bind(i + 1, "", 0);
            }
            insert.exec();
            insert.reset();
        }
    }
}

} // namespace parley
