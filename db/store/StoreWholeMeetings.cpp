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

#include <algorithm>

namespace parley {

namespace {

// The rows of one link table, "SELECT meeting_id, … ORDER BY meeting_id",
// taken a meeting at a time as the meetings are stepped through.
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
struct LinkTarget {
    LinkRows rows;
    std::vector<std::string> ids;
    std::vector<std::uint32_t> rankOf;
    std::vector<std::int64_t> taken;

    LinkTarget(SQLite::Database& db, const std::string& table, const std::string& column,
               const std::string& targetTable)
        : rows(db, "SELECT meeting_id, " + column + " FROM " + table + " ORDER BY meeting_id")
        , ids(slugsByKey(db, "SELECT id, slug FROM " + targetTable))
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

    // LIST, refilled with the ids the meeting KEY links to, ordered as the
    // format orders them (and as RecordReader reads them).
    void fill(std::int64_t key, std::vector<std::string>& list)
    {
        taken.clear();
        rows.take(key, [&](const RowScan& row) {
            if (const auto target = row.integer(1);
                target >= 0 && static_cast<std::size_t>(target) < ids.size())
                taken.push_back(target);
        });
        std::ranges::sort(taken, {}, [&](std::int64_t target) { return rankOf[target]; });
        list.resize(taken.size());
        for (std::size_t at = 0; at < taken.size(); ++at)
            list[at] = ids[static_cast<std::size_t>(taken[at])];
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

} // namespace

void Store::forEachWholeMeeting(const std::function<void(const Meeting&)>& visit) const
{
    m_impl->scan([&](SQLite::Database& db) {
        // The link tables' statements step first, so every later one reads
        // within the read transaction they began: one state of the file.
        LinkTarget participants(db, "meeting_participant", "official_id", "official");
        LinkRows roles(db, "SELECT p.meeting_id, o.slug, p.role FROM meeting_participant p"
                           " JOIN official o ON o.id = p.official_id"
                           " WHERE p.role IS NOT NULL ORDER BY p.meeting_id");
        LinkTarget topics(db, "meeting_topic", "topic_id", "topic");
        LinkTarget measures(db, "meeting_measure", "measure_id", "measure");
        LinkTarget sources(db, "meeting_source", "source_id", "source");
        const auto countries = slugsByKey(db, "SELECT id, code FROM country");
        RowScan rows(db, "SELECT id, slug, title, start_date, end_date, precision, location,"
                         " host_id, kind, summary FROM meeting ORDER BY id");
        // One record, its texts and lists refilled for every meeting, so
        // that their memory is reused.
        Meeting meeting;
        while (rows.next()) {
            const auto key = rows.integer(0);
            meeting.id = rows.text(1);
            meeting.title = rows.text(2);
            meeting.start = dateOf(rows.text(3), meeting.id);
            meeting.end = dateOf(rows.text(4), meeting.id);
            meeting.precision = parsePrecision(rows.text(5)).value_or(Precision::Day);
            meeting.location = optionalText(rows, 6);
            const auto host = static_cast<std::size_t>(rows.integer(7));
            meeting.host = host < countries.size() ? countries[host] : std::string();
            meeting.kind = rows.text(8);
            meeting.summary = optionalText(rows, 9);
            participants.fill(key, meeting.participants);
            meeting.roles.clear();
            roles.take(key, [&](const RowScan& row) {
                meeting.roles.push_back({std::string(row.text(1)), std::string(row.text(2))});
            });
            std::ranges::sort(meeting.roles, {}, &Role::official);
            topics.fill(key, meeting.topics);
            measures.fill(key, meeting.measures);
            sources.fill(key, meeting.sources);
            visit(meeting);
        }
    });
}

} // namespace parley
