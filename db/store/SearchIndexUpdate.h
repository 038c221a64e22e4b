#pragma once

// Internal to db/: keeps the meetings' full-text index right through an import
// of many meetings without a trigger per row.
//
// The triggers that keep meeting_fts in step are fine for one meeting, but
// FTS5 writes out its pending entries whenever a statement that fires a
// trigger begins, so a trigger per row left one tiny index segment per meeting
// to be merged again and again: 100,000 meetings took 17 s instead of 3. The
// import sets the triggers aside and indexes all its meetings at once; into a
// file without meetings, it indexes them on another core while the tables are
// written (SearchIndexBuilder.h).

#include "db/model/Records.h"
#include "db/store/SchemaSetAside.h"
#include "db/store/SearchIndexBuilder.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

class SearchIndexUpdate {
public:
    // Inside the import's transaction, before the meetings are written: sets
    // the triggers aside, removes the entries of the meetings already stored,
    // and starts indexing `meetings` on another core when they are many and
    // the file holds no meeting yet. `meetings` must outlive this object.
    SearchIndexUpdate(SQLite::Database& db, const std::vector<Meeting>& meetings);
    // Stops indexing and deletes the scratch file.
    ~SearchIndexUpdate();
    SearchIndexUpdate(const SearchIndexUpdate&) = delete;
    SearchIndexUpdate& operator=(const SearchIndexUpdate&) = delete;

    // After the meetings are written, `keys` theirs in the same order: indexes
    // them (taking the index built meanwhile when the keys are the ones it
    // assumed) and puts the triggers back. Without it, the caller's rollback
    // undoes everything.
    void finish(const std::vector<std::int64_t>& keys);

private:
    SQLite::Database& m_db;
    const std::vector<Meeting>& m_meetings;
    SchemaSetAside m_triggers;
    std::filesystem::path m_scratch;
    std::optional<SearchIndexBuilder> m_builder;
};

} // namespace parley
