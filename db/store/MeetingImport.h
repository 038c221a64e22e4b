#pragma once

// Internal to db/: writes checked meetings into the database one at a time as
// they come, merging by id, inside the caller's transaction. Memory holds one
// meeting (and the search index's share, SearchIndexUpdate.h), however many
// come: an import of a document of any size streams through it.

#include "db/model/Records.h"
#include "db/store/MergeStatements.h"
#include "db/store/SchemaSetAside.h"
#include "db/store/SearchIndexUpdate.h"
#include "db/store/SlugKeys.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstddef>
#include <optional>
#include <string>

namespace parley {

class MeetingImport {
public:
    // After the records the meetings name are written. `ids`: the ids of
    // the meetings that will be added, as a JSON array, and `meetings` how
    // many they are (SearchIndexUpdate.h).
    MeetingImport(SQLite::Database& db, std::string ids, std::size_t meetings);

    void add(const Meeting& meeting);
    // Builds the indexes set aside and the full-text index. Without it, the
    // caller's rollback undoes everything.
    void finish();

private:
    SQLite::Database& m_db;
    SearchIndexUpdate m_search;
    // The database had no meetings: none has old links, and the meetings'
    // secondary indexes are built once at the end (SchemaSetAside.h), as
    // none of them serves a lookup of the import itself.
    bool m_intoEmpty;
    std::optional<SchemaSetAside> m_indexes;
    SQLite::Statement m_upsert;
    SlugKeys m_officials;
    SlugKeys m_topics;
    SlugKeys m_measures;
    SlugKeys m_sources;
    LinkWriter m_participants;
    LinkWriter m_meetingTopics;
    LinkWriter m_meetingMeasures;
    LinkWriter m_meetingSources;
    // Made for the first role: most datasets have none, and the tests'
    // databases of schema version 1 and 2, written by this import, have no
    // role column.
    std::optional<SQLite::Statement> m_setRole;
};

} // namespace parley
