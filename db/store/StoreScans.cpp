// The store's scans for views that keep every meeting in columns of their
// own: rows as they are read, without a string made per row.
#include "db/store/Store.h"

#include "db/store/KeyScan.h"
#include "db/store/StoreImpl.h"

#include <SQLiteCpp/Statement.h>

#include <array>
#include <fstream>

namespace parley {

namespace {

std::string_view textOf(const SQLite::Column& column)
{
    return {static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(column.size())};
}

} // namespace

void Store::forEachMeeting(const std::function<void(const MeetingRow&)>& visit) const
{
    m_impl->guard([&] {
        // julianday() counts from noon: half a day on, its whole part is the day number.
        SQLite::Statement rows(m_impl->db,
                               "SELECT id, slug, title, location,"
                               " CAST(julianday(start_date) + 0.5 AS INTEGER),"
                               " CAST(julianday(last_day) + 0.5 AS INTEGER), precision, host_id,"
                               " kind FROM meeting ORDER BY start_date, slug");
        MeetingRow row;
        while (rows.executeStep()) {
            row.key = rows.getColumn(0).getInt64();
            row.id = textOf(rows.getColumn(1));
            row.title = textOf(rows.getColumn(2));
            const auto location = rows.getColumn(3);
            row.location = location.isNull() ? std::nullopt : std::optional(textOf(location));
            row.firstDay = rows.getColumn(4).getInt();
            row.lastDay = rows.getColumn(5).getInt();
            row.precision = parsePrecision(rows.getColumn(6).getText()).value_or(Precision::Day);
            row.hostKey = rows.getColumn(7).getInt64();
            row.kind = textOf(rows.getColumn(8));
            visit(row);
        }
    });
}

void Store::forEachLink(
    MeetingLink link,
    const std::function<void(std::int64_t meeting, std::int64_t target)>& visit) const
{
    m_impl->guard([&] {
        SQLite::Statement rows(m_impl->db,
                               link == MeetingLink::Participant
                                   ? "SELECT meeting_id, official_id FROM meeting_participant"
                                   : "SELECT meeting_id, topic_id FROM meeting_topic");
        while (rows.executeStep())
            visit(rows.getColumn(0).getInt64(), rows.getColumn(1).getInt64());
    });
}

void Store::forEachRole(const std::function<void(std::int64_t meeting, std::int64_t official,
                                                 std::string_view role)>& visit) const
{
    m_impl->guard([&] {
        SQLite::Statement rows(m_impl->db, "SELECT meeting_id, official_id, role"
                                           " FROM meeting_participant WHERE role IS NOT NULL");
        while (rows.executeStep())
            visit(rows.getColumn(0).getInt64(), rows.getColumn(1).getInt64(),
                  textOf(rows.getColumn(2)));
    });
}

std::vector<std::string> Store::idsByKey(RecordKind kind) const
{
    return m_impl->guard([&] {
        switch (kind) {
        case RecordKind::Country:
            return slugsByKey(m_impl->db, "SELECT id, code FROM country");
        case RecordKind::Official:
            return slugsByKey(m_impl->db, "SELECT id, slug FROM official");
        case RecordKind::Topic:
            return slugsByKey(m_impl->db, "SELECT id, slug FROM topic");
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
