#include "db/exchange/MeetingCsv.h"

#include "db/exchange/CsvTable.h"
#include "db/exchange/MeetingCsvColumns.h"
#include "db/model/Errors.h"
#include "db/model/RecordRules.h"
#include "db/store/Store.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace parley {

namespace {

using namespace meeting_csv;

std::string inQuotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string allColumns()
{
    std::string text;
    for (auto column : kColumns)
        text += (text.empty() ? "" : ",") + std::string(column);
    return text;
}

// Where each column stands in the file's rows, from the header.
std::array<std::size_t, ColumnCount> columnPositions(const CsvRow& row, const std::string& where)
{
    const CsvFields& header = row.fields;
    std::array<std::size_t, ColumnCount> positions;
    positions.fill(ColumnCount);
    auto fail = [&](const std::string& message) {
        throw DataError(where + ": row " + std::to_string(row.number) + ": " + message +
                        " (the header must name " + allColumns() + ")");
    };
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto known = std::ranges::find(kColumns, header[i]);
        if (known == kColumns.end() &&
            std::ranges::find(kNameColumns, header[i]) != kNameColumns.end())
            continue;
        if (known == kColumns.end())
            fail("unknown column " + inQuotes(header[i]));
        auto& position = positions[static_cast<std::size_t>(known - kColumns.begin())];
        if (position != ColumnCount)
            fail("column " + inQuotes(header[i]) + " appears twice");
        position = i;
    }
    for (std::size_t c = 0; c < ColumnCount; ++c) {
        if (positions[c] == ColumnCount)
            fail("column " + inQuotes(kColumns[c]) + " is missing");
    }
    return positions;
}

// Reads one row's fields by column, knowing where it stands so that every
// error names the file, the row and the column.
class RowReader {
public:
    RowReader(const CsvRow& row, const std::array<std::size_t, ColumnCount>& positions,
              const std::string& where)
        : m_fields(row.fields)
        , m_positions(positions)
        , m_where(where + ": row " + std::to_string(row.number))
    {
    }

    [[noreturn]] void fail(Column column, const std::string& message) const
    {
        throw DataError(m_where + ", column " + inQuotes(kColumns[column]) + ": " + message);
    }

    const std::string& text(Column column) const { return m_fields[m_positions[column]]; }

    std::optional<std::string> optional(Column column) const
    {
        return text(column).empty() ? std::nullopt : std::optional(text(column));
    }

    const std::string& required(Column column) const
    {
        if (text(column).empty())
            fail(column, "empty (required)");
        return text(column);
    }

    Date date(Column column) const
    {
        const auto date = parseIsoDate(required(column));
        if (!date)
            fail(column, inQuotes(text(column)) + " is not a valid date (YYYY-MM-DD)");
        return *date;
    }

    // ";"-separated ids; blanks around them are ignored.
    std::vector<std::string> ids(Column column) const
    {
        std::vector<std::string> ids;
        std::istringstream items(text(column));
        for (std::string item; std::getline(items, item, ';');) {
            item.erase(0, item.find_first_not_of(" \t"));
            item.erase(item.find_last_not_of(" \t") + 1);
            if (!item.empty())
                ids.push_back(item);
        }
        return ids;
    }

private:
    const CsvFields& m_fields;
    const std::array<std::size_t, ColumnCount>& m_positions;
    std::string m_where;
};

// The host of an http(s) URL, lowercase and without "www."; empty when the
// text is not such a URL.
std::string hostOf(std::string_view url)
{
    for (std::string_view scheme : {"https://", "http://"}) {
        if (!url.starts_with(scheme))
            continue;
        if (std::ranges::any_of(
                url, [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7F; }))
            return {};
        std::string_view host = url.substr(scheme.size());
        host = host.substr(0, host.find_first_of("/?#"));
        host = host.substr(host.find('@') == std::string_view::npos ? 0 : host.find('@') + 1);
        host = host.substr(0, host.find(':'));
        std::string lower(host);
        std::ranges::transform(lower, lower.begin(),
                               [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
        return lower.starts_with("www.") ? lower.substr(4) : lower;
    }
    return {};
}

// The store's ids, which a CSV's meetings may name.
class StoreIds : public KnownIds {
public:
    explicit StoreIds(const NameIndex& names)
        : m_names(names)
    {
    }

    bool contains(RecordKind kind, const std::string& id) const override
    {
        switch (kind) {
        case RecordKind::Country:
            return m_names.countries.contains(id);
        case RecordKind::Official:
            return m_names.officials.contains(id);
        case RecordKind::Topic:
            return m_names.topics.contains(id);
        case RecordKind::Source:
            return m_names.sources.contains(id);
        case RecordKind::Meeting:
        case RecordKind::Measure:
            return false; // a CSV row names neither
        }
        return false;
    }
    std::string where() const override { return "in the database"; }

private:
    const NameIndex& m_names;
};

// The column that holds a field of parley/1, for messages.
Column columnOf(const std::string& field)
{
    const auto found = std::ranges::find(kColumns, field);
    return found == kColumns.end() ? Id : static_cast<Column>(found - kColumns.begin());
}

Meeting readMeeting(const RowReader& in, const NameIndex& names)
{
    Meeting meeting;
    meeting.id = in.required(Id);
    meeting.title = in.required(Title);
    meeting.start = in.date(Start);
    meeting.end = in.text(End).empty() ? meeting.start : in.date(End);
    if (!in.text(PrecisionColumn).empty()) {
        const auto precision = parsePrecision(in.text(PrecisionColumn));
        if (!precision)
            in.fail(PrecisionColumn,
                    inQuotes(in.text(PrecisionColumn)) + " is not one of day, month, year");
        meeting.precision = *precision;
    }
    meeting.location = in.optional(Location);
    meeting.host = in.required(Host);
    meeting.kind = in.required(Kind);
    meeting.participants = in.ids(Participants);
    meeting.topics = in.ids(Topics);
    meeting.summary = in.optional(Summary);
    // The rules every meeting keeps, however it is written.
    if (const auto problems = problemsOf(meeting, StoreIds(names)); !problems.empty())
        in.fail(columnOf(problems.front().field), problems.front().message);
    if (!in.text(SourceUrl).empty() && hostOf(in.text(SourceUrl)).empty())
        in.fail(SourceUrl, inQuotes(in.text(SourceUrl)) + " is not an http:// or https:// URL");
    return meeting;
}

// Gives each row's URL a source id, reusing the store's sources by URL and
// making the new ones the Dataset must add.
class SourceResolver {
public:
    explicit SourceResolver(const NameIndex& names)
        : m_names(names)
    {
        // The lowest id wins when sources share a URL: names.sources is ordered by id.
        for (const auto& [id, source] : names.sources) {
            if (source.url)
                m_byUrl.emplace(*source.url, id);
        }
    }

    // Adds the source of the row's URL unless the meeting already cites one with it.
    void addUrl(Meeting& meeting, const RowReader& in)
    {
        const std::string& url = in.text(SourceUrl);
        if (url.empty() || std::ranges::any_of(meeting.sources, [&](const std::string& id) {
                return urlOf(id) == url;
            }))
            return;
        const auto known = m_byUrl.find(url);
        const std::string id = known != m_byUrl.end() ? known->second : sourceIdForUrl(url);
        if (known == m_byUrl.end()) {
            if (m_names.sources.contains(id))
                in.fail(SourceUrl, "the source id " + inQuotes(id) + " is taken by another URL");
            const auto added =
                m_added.try_emplace(id, Source{id, hostOf(url), url, meeting.start, url}).first;
            added->second.published = std::min(added->second.published, meeting.start);
        }
        meeting.sources.push_back(id);
    }

    std::vector<Source> added() const
    {
        std::vector<Source> sources;
        for (const auto& [id, source] : m_added)
            sources.push_back(source);
        return sources;
    }

private:
    std::optional<std::string> urlOf(const std::string& id) const
    {
        const auto source = m_names.sources.find(id);
        return source == m_names.sources.end() ? std::nullopt : source->second.url;
    }

    const NameIndex& m_names;
    std::map<std::string, std::string> m_byUrl;
    std::map<std::string, Source> m_added;
};

} // namespace

Dataset parseMeetingsCsv(std::string_view text, const std::string& where, const Store& store)
{
    const auto rows = readCsvTable(text, where);
    if (rows.empty())
        throw DataError(where + ": empty; expected the header row " + allColumns());
    const auto positions = columnPositions(rows.front(), where);
    const NameIndex names = store.names();

    std::vector<Meeting> meetings;
    std::map<std::string, int> rowOfId;
    for (auto row = rows.begin() + 1; row != rows.end(); ++row) {
        const RowReader in(*row, positions, where);
        Meeting meeting = readMeeting(in, names);
        const auto [earlier, isNew] = rowOfId.emplace(meeting.id, row->number);
        if (!isNew)
            in.fail(Id, inQuotes(meeting.id) + " is already the id of row " +
                            std::to_string(earlier->second));
        meetings.push_back(std::move(meeting));
    }

    // What the store holds of these meetings and CSV does not carry is kept.
    std::vector<std::string> ids;
    ids.reserve(meetings.size());
    for (const auto& meeting : meetings)
        ids.push_back(meeting.id);
    std::map<std::string, Meeting> stored;
    for (auto& meeting : store.meetingsWithIds(ids))
        stored.emplace(meeting.id, std::move(meeting));
    SourceResolver sources(names);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        Meeting& meeting = meetings[i];
        const auto old = stored.find(meeting.id);
        if (old != stored.end()) {
            meeting.measures = old->second.measures;
            meeting.sources = old->second.sources;
            // A role stays with its participant while the row still lists them.
            std::ranges::copy_if(
                old->second.roles, std::back_inserter(meeting.roles), [&](const Role& role) {
                    return std::ranges::find(meeting.participants, role.official) !=
                           meeting.participants.end();
                });
        }
        sources.addUrl(meeting, RowReader(rows[i + 1], positions, where));
    }
    return {sources.added(), {}, {}, {}, std::move(meetings), {}};
}

Dataset readMeetingsCsvFile(const std::filesystem::path& file, const Store& store)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DataError(file.string() + ": cannot read the file (missing or not readable)");
    std::ostringstream text;
    text << in.rdbuf();
    return parseMeetingsCsv(text.str(), file.string(), store);
}

std::string sourceIdForUrl(std::string_view url)
{
    std::uint32_t hash = 2166136261u; // FNV-1a, 32 bits
    for (char c : url) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    std::string slug;
    for (char c : hostOf(url)) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum)
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() >= 40)
            break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    char digits[9];
    std::snprintf(digits, sizeof digits, "%08x", hash);
    return "web-" + (slug.empty() ? std::string() : slug + "-") + digits;
}

} // namespace parley
