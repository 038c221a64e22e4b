#pragma once

// Internal to db/: keeps the meetings' full-text index right through an import
// of many meetings without a trigger per row.
//
// The triggers that keep meeting_fts in step are fine for one meeting, but
// FTS5 writes out its pending entries whenever a statement that fires a
// trigger begins, so a trigger per row left one tiny index segment per meeting
// to be merged again and again: 100,000 meetings took 17 s instead of 3. The
// import sets the triggers aside and indexes all its meetings at once; into a
// file without meetings, it indexes them on another core as the tables are
// written (SearchIndexBuilder.h).

#include "db/model/Records.h"
#include "db/store/SchemaSetAside.h"
#include "db/store/SearchIndexBuilder.h"
#include "db/store/SearchRowQueue.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace SQLite {
class Database;
}

namespace parley {

class SearchIndexUpdate {
public:
    // Inside the import's transaction, before the meetings are written: sets
    // the triggers aside, then either removes the entries of the meetings
    // already stored that the import replaces, or, when it writes many
    // meetings into a file that holds none yet, starts indexing them on
    // another core. `ids`: the ids of the meetings to be written, as a JSON
    // array (a million take 12 MB, the meetings themselves gigabytes).
    SearchIndexUpdate(SQLite::Database& db, std::string ids, std::size_t meetings);
    // Stops indexing and deletes the scratch file.
    ~SearchIndexUpdate();
    SearchIndexUpdate(const SearchIndexUpdate&) = delete;
    SearchIndexUpdate& operator=(const SearchIndexUpdate&) = delete;

    // After a meeting is written under `key`.
    void written(std::int64_t key, const Meeting& meeting);
    // After every meeting is written: indexes them (or takes the index built
    // meanwhile) and puts the triggers back. Without it, the caller's
    // rollback undoes everything.
    void finish();

private:
    SQLite::Database& m_db;
    std::string m_ids;
    SchemaSetAside m_triggers;
    std::filesystem::path m_scratch;
    SearchRowQueue m_rows;
    std::optional<SearchIndexBuilder> m_builder;
};

} // namespace parley
