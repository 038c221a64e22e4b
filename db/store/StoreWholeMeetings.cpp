// Every meeting read whole, one at a time, for work over all of them in
// bounded memory: the meeting table and each of its link tables are stepped
// through side by side in the order of the meetings' keys, which each of
// them keeps (their primary keys begin with it), so nothing is sorted or
// looked up by SQLite and no batch of records is built.
#include "db/store/Store.h"

#include "db/model/Dates.h"
#include "db/store/KeyScan.h"
#include "db/store/RowScan.h"
#include "db/store/StoreImpl.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace parley {

namespace {

// The rows of one link table for a run of meetings, "SELECT meeting_id, …
// ORDER BY meeting_id", taken a meeting at a time as the meetings are
// stepped through.
class LinkRows {
public:
    LinkRows(SQLite::Database& db, const std::string& sql)
        : m_rows(db, sql)
        , m_more(m_rows.next())
    {
    }

    // Calls use(rows) for each row of the meeting KEY; rows of smaller keys
    // (a meeting deleted under them; the schema's foreign keys allow none)
    // are passed over.
    template <typename Use> void take(std::int64_t key, Use use)
    {
        while (m_more && m_rows.integer(0) < key)
            m_more = m_rows.next();
        for (; m_more && m_rows.integer(0) == key; m_more = m_rows.next())
            use(m_rows);
    }

private:
    RowScan m_rows;
    bool m_more;
};

// The ids of the records a link table names, by their keys, and each key's
// place in the order of the ids, so that a meeting's links are ordered as
// numbers and their ids copied once, into strings a meeting before used.
struct TargetIds {
    std::vector<std::string> ids;
    std::vector<std::uint32_t> rankOf;

    TargetIds(SQLite::Database& db, const std::string& table)
        : ids(slugsByKey(db, "SELECT id, slug FROM " + table))
        , rankOf(ids.size())
    {
        std::vector<std::uint32_t> byId(ids.size());
        for (std::uint32_t key = 0; key < byId.size(); ++key)
            byId[key] = key;
        std::ranges::sort(byId, {},
                          [&](std::uint32_t key) -> const std::string& { return ids[key]; });
        for (std::uint32_t rank = 0; rank < byId.size(); ++rank)
            rankOf[byId[rank]] = rank;
    }
};

// The meetings' keys from FIRST to LAST, as SQL.
struct KeyRun {
    std::int64_t first;
    std::int64_t last;
    std::string sql(const std::string& column) const
    {
        return column + " BETWEEN " + std::to_string(first) + " AND " + std::to_string(last);
    }
};

// One link table's rows for a run of meetings, each meeting's given as ids.
class LinkRun {
public:
    LinkRun(SQLite::Database& db, const std::string& table, const std::string& column,
            const TargetIds& targets, const KeyRun& run)
        : m_rows(db, "SELECT meeting_id, " + column + " FROM " + table + " WHERE " +
                         run.sql("meeting_id") + " ORDER BY meeting_id")
        , m_targets(targets)
    {
    }

    // LIST, refilled with the ids the meeting KEY links to, ordered as the
    // format orders them (and as RecordReader reads them).
    void fill(std::int64_t key, std::vector<std::string>& list)
    {
        const auto& ids = m_targets.ids;
        m_taken.clear();
        m_rows.take(key, [&](const RowScan& row) {
            if (const auto target = row.integer(1);
                target >= 0 && static_cast<std::size_t>(target) < ids.size())
                m_taken.push_back(target);
        });
        std::ranges::sort(m_taken, {},
                          [&](std::int64_t target) { return m_targets.rankOf[target]; });
        list.resize(m_taken.size());
        for (std::size_t at = 0; at < m_taken.size(); ++at)
            list[at] = ids[static_cast<std::size_t>(m_taken[at])];
    }

private:
    LinkRows m_rows;
    const TargetIds& m_targets;
    std::vector<std::int64_t> m_taken; // the keys of one meeting's links
};

// The ids of everything a meeting names, read once for every run.
struct Names {
    std::vector<std::string> countries;
    TargetIds officials;
    TargetIds topics;
    TargetIds measures;
    TargetIds sources;

    explicit Names(SQLite::Database& db)
        : countries(slugsByKey(db, "SELECT id, code FROM country"))
        , officials(db, "official")
        , topics(db, "topic")
        , measures(db, "measure")
        , sources(db, "source")
    {
    }
};

Date dateOf(std::string_view iso, const std::string& meeting)
{
    if (const auto date = parseIsoDate(iso))
        return *date;
    throw DataError("meeting \"" + meeting + "\" has the date \"" + std::string(iso) +
                    "\", which is not YYYY-MM-DD");
}

std::optional<std::string> optionalText(const RowScan& rows, int column)
{
    return rows.isNull(column) ? std::nullopt : std::optional(std::string(rows.text(column)));
}

// Reads the meetings of RUN into MEETING, one after the other, and visits each.
void readRun(SQLite::Database& db, const Names& names, const KeyRun& run, Meeting& meeting,
             const std::function<void(const Meeting&)>& visit)
{
    LinkRun participants(db, "meeting_participant", "official_id", names.officials, run);
    LinkRows roles(db, "SELECT meeting_id, official_id, role FROM meeting_participant"
                       " WHERE role IS NOT NULL AND " +
                           run.sql("meeting_id") + " ORDER BY meeting_id");
    LinkRun topics(db, "meeting_topic", "topic_id", names.topics, run);
    LinkRun measures(db, "meeting_measure", "measure_id", names.measures, run);
    LinkRun sources(db, "meeting_source", "source_id", names.sources, run);
    RowScan rows(db, "SELECT id, slug, title, start_date, end_date, precision, location,"
                     " host_id, kind, summary FROM meeting WHERE " +
                         run.sql("id") + " ORDER BY id");
    const auto& officials = names.officials.ids;
    while (rows.next()) {
        const auto key = rows.integer(0);
        meeting.id = rows.text(1);
        meeting.title = rows.text(2);
        meeting.start = dateOf(rows.text(3), meeting.id);
        meeting.end = dateOf(rows.text(4), meeting.id);
        meeting.precision = parsePrecision(rows.text(5)).value_or(Precision::Day);
        meeting.location = optionalText(rows, 6);
        const auto host = static_cast<std::size_t>(rows.integer(7));
        meeting.host = host < names.countries.size() ? names.countries[host] : std::string();
        meeting.kind = rows.text(8);
        meeting.summary = optionalText(rows, 9);
        participants.fill(key, meeting.participants);
        meeting.roles.clear();
        roles.take(key, [&](const RowScan& row) {
            if (const auto official = row.integer(1);
                official >= 0 && static_cast<std::size_t>(official) < officials.size())
                meeting.roles.push_back(
                    {officials[static_cast<std::size_t>(official)], std::string(row.text(2))});
        });
        std::ranges::sort(meeting.roles, {}, &Role::official);
        topics.fill(key, meeting.topics);
        measures.fill(key, meeting.measures);
        sources.fill(key, meeting.sources);
        visit(meeting);
    }
}

} // namespace

void Store::forEachWholeMeeting(const std::function<void(const Meeting&)>& visit,
                                std::size_t keysAtOnce) const
{
    m_impl->scan([&](SQLite::Database& db) {
        const Names names(db);
        SQLite::Statement range(db, "SELECT min(id), max(id) FROM meeting");
        if (!range.executeStep() || range.getColumn(0).isNull())
            return;
        const auto first = range.getColumn(0).getInt64();
        const auto last = range.getColumn(1).getInt64();
        range.reset();
        const auto step = static_cast<std::int64_t>(std::max<std::size_t>(keysAtOnce, 1));
        // One record, its texts and lists refilled for every meeting, so
        // that their memory is reused.
        Meeting meeting;
        for (std::int64_t from = first; from <= last; from += step) {
            // Each run is one read of one state of the file; between runs a
            // writer (the window's own edit) may commit.
            SQLite::Transaction reading(db);
            readRun(db, names, {from, std::min(last, from + step - 1)}, meeting, visit);
            reading.commit();
        }
    });
}

} // namespace parley
