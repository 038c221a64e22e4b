// The store's scans for views that keep every meeting in columns of their
// own: rows as they are read, without a string made per row.
#include "db/store/Store.h"

#include "db/model/Dates.h"
#include "db/store/KeyScan.h"
#include "db/store/RowScan.h"
#include "db/store/StoreImpl.h"

#include <array>
#include <fstream>
#include <string>

namespace parley {

namespace {

// The day number of a date as the schema keeps it ("YYYY-MM-DD"), read here
// rather than by SQLite's julianday(), whose parser of every form of date is
// a fifth of the scan. 0, as julianday()'s NULL was, for text the schema's
// checks would have refused.
std::int32_t dayOf(std::string_view iso)
{
    const auto date = parseIsoDate(iso);
    return date ? dayNumber(*date) : 0;
}

// The table of one kind of link, and its column naming the target.
struct LinkTable {
    std::string name;
    std::string target;
};

LinkTable linkTable(Store::MeetingLink link)
{
    return link == Store::MeetingLink::Participant ? LinkTable{"meeting_participant", "official_id"}
                                                   : LinkTable{"meeting_topic", "topic_id"};
}

} // namespace

void Store::forEachMeeting(const std::function<void(const MeetingRow&)>& visit) const
{
    m_impl->scan([&](SQLite::Database& db) {
        // In the table's own order: asking SQLite for date order costs a sort
        // and a lookup per row, three times the scan.
        RowScan rows(db, "SELECT id, slug, title, location, start_date, last_day, precision,"
                         " host_id, kind FROM meeting");
        MeetingRow row;
        while (rows.next()) {
            row.key = rows.integer(0);
            row.id = rows.text(1);
            row.title = rows.text(2);
            row.location = rows.isNull(3) ? std::nullopt : std::optional(rows.text(3));
            row.firstDay = dayOf(rows.text(4));
            row.lastDay = dayOf(rows.text(5));
            row.precision = parsePrecision(rows.text(6)).value_or(Precision::Day);
            row.hostKey = rows.integer(7);
            row.kind = rows.text(8);
            visit(row);
        }
    });
}

void Store::forEachLink(
    MeetingLink link,
    const std::function<void(std::int64_t meeting, std::int64_t target)>& visit) const
{
    m_impl->scan([&](SQLite::Database& db) {
        // By meeting, as the table keeps them: left to itself SQLite reads
        // the smaller index by official or topic, which hands the meetings
        // out at random, and a visitor that places each link by its meeting
        // then misses the cache at every row.
        const auto table = linkTable(link);
        RowScan rows(db, "SELECT meeting_id, " + table.target + " FROM " + table.name +
                             " ORDER BY meeting_id");
        while (rows.next())
            visit(rows.integer(0), rows.integer(1));
    });
}

// Counted on a connection of their own, like the scans: a count reads a whole
// index, whose pages would otherwise stay in the main connection's large
// cache (90 MB at a million meetings) for as long as the store is open.
std::size_t Store::meetingCount() const
{
    return m_impl->scan(
        [](SQLite::Database& db) { return static_cast<std::size_t>(countOf(db, "meeting")); });
}

std::size_t Store::linkCount(MeetingLink link) const
{
    return m_impl->scan([&](SQLite::Database& db) {
        return static_cast<std::size_t>(countOf(db, linkTable(link).name));
    });
}

void Store::forEachRole(const std::function<void(std::int64_t meeting, std::int64_t official,
                                                 std::string_view role)>& visit) const
{
    m_impl->scan([&](SQLite::Database& db) {
        RowScan rows(db, "SELECT meeting_id, official_id, role"
                         " FROM meeting_participant WHERE role IS NOT NULL");
        while (rows.next())
            visit(rows.integer(0), rows.integer(1), rows.text(2));
    });
}

std::vector<std::string> Store::idsByKey(RecordKind kind) const
{
    return m_impl->scan([&](SQLite::Database& db) {
        switch (kind) {
        case RecordKind::Country:
            return slugsByKey(db, "SELECT id, code FROM country");
        case RecordKind::Official:
            return slugsByKey(db, "SELECT id, slug FROM official");
        case RecordKind::Topic:
            return slugsByKey(db, "SELECT id, slug FROM topic");
        default:
            throw DataError("idsByKey: only countries, officials and topics are kept by key");
        }
    });
}

std::string Store::stamp() const
{
    // SQLite's header: the file change counter (bytes 24–27), the page count
    // (28–31) and the counter the page count is valid for (92–95), all
    // rewritten by every commit in rollback-journal mode, which Parley uses.
    if (m_impl->file == ":memory:")
        return {};
    std::array<char, 100> header{};
    std::ifstream file(m_impl->file, std::ios::binary);
    if (!file.read(header.data(), header.size()))
        return {};
    const auto hex = [&](std::size_t from, std::size_t count) {
        constexpr std::string_view digits = "0123456789abcdef";
        std::string text;
        for (std::size_t i = from; i < from + count; ++i) {
            const auto byte = static_cast<unsigned char>(header[i]);
            text += digits[byte >> 4];
            text += digits[byte & 0xF];
        }
        return text;
    };
    return hex(24, 8) + "-" + hex(92, 4);
}

} // namespace parley
