#include "db/store/MeetingImport.h"

namespace parley {

namespace {

std::optional<SchemaSetAside> indexesAside(SQLite::Database& db, bool intoEmpty)
{
    if (!intoEmpty)
        return std::nullopt;
    return std::optional<SchemaSetAside>(
        std::in_place, db,
        "type = 'index' AND tbl_name IN ('meeting', 'meeting_participant', 'meeting_topic',"
        " 'meeting_source', 'meeting_measure')");
}

} // namespace

MeetingImport::MeetingImport(SQLite::Database& db, std::string ids, std::size_t meetings)
    : m_db(db)
    , m_search(db, std::move(ids), meetings)
    , m_intoEmpty(db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM meeting)").getInt())
    , m_indexes(indexesAside(db, m_intoEmpty))
    , m_upsert(db, "INSERT INTO meeting (slug, title, start_date, end_date, precision, location,"
                   " host_id, kind, summary)"
                   " VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM country WHERE code = ?), ?, ?)"
                   " ON CONFLICT (slug) DO UPDATE SET title = excluded.title,"
                   " start_date = excluded.start_date, end_date = excluded.end_date,"
                   " precision = excluded.precision, location = excluded.location,"
                   " host_id = excluded.host_id, kind = excluded.kind, summary = excluded.summary"
                   " RETURNING id")
    , m_officials(db, "official", meetings)
    , m_topics(db, "topic", meetings)
    , m_measures(db, "measure", meetings)
    , m_sources(db, "source", meetings)
    , m_participants(db, "meeting_participant", "meeting_id", "official_id")
    , m_meetingTopics(db, "meeting_topic", "meeting_id", "topic_id")
    , m_meetingMeasures(db, "meeting_measure", "meeting_id", "measure_id")
    , m_meetingSources(db, "meeting_source", "meeting_id", "source_id")
{
}

void MeetingImport::finish()
{
    if (m_indexes)
        m_indexes->restore();
    m_search.finish();
}

void MeetingImport::add(const Meeting& meeting)
{
    m_upsert.bind(1, meeting.id);
    m_upsert.bind(2, meeting.title);
    m_upsert.bind(3, toIso(meeting.start));
    m_upsert.bind(4, toIso(meeting.end));
    m_upsert.bind(5, std::string(toString(meeting.precision)));
    bindOptional(m_upsert, 6, meeting.location);
    m_upsert.bind(7, meeting.host);
    m_upsert.bind(8, meeting.kind);
    bindOptional(m_upsert, 9, meeting.summary);
    const auto key = upsert(m_upsert);
    const bool mayHaveLinks = !m_intoEmpty;
    m_participants.replace(key, meeting.participants, m_officials, mayHaveLinks);
    // Roles go on the participant rows just written (the check made sure
    // each names a participant).
    for (const auto& role : meeting.roles) {
        if (!m_setRole)
            m_setRole.emplace(m_db, "UPDATE meeting_participant SET role = ?"
                                    " WHERE meeting_id = ? AND official_id = ?");
        m_setRole->bind(1, role.title);
        m_setRole->bind(2, key);
        m_setRole->bind(3, m_officials.at(role.official));
        m_setRole->exec();
        m_setRole->reset();
    }
    m_meetingTopics.replace(key, meeting.topics, m_topics, mayHaveLinks);
    m_meetingMeasures.replace(key, meeting.measures, m_measures, mayHaveLinks);
    m_meetingSources.replace(key, meeting.sources, m_sources, mayHaveLinks);
    m_search.written(key, meeting);
}

} // namespace parley
