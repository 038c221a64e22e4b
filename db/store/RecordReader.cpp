#include "db/store/RecordReader.h"

#include "db/store/KeyScan.h"

#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace parley {

namespace {

// The records of the keys, read by `read`, in key order; `found` gets their
// keys (all of them, unless some were deleted meanwhile).
template <typename Record, typename Read>
std::vector<Record> loadRows(SQLite::Database& db, const std::string& select,
                             const std::string& keyColumn, const Keys& keys, Keys& found, Read read)
{
    std::vector<Record> records(keys.size());
    std::vector<bool> present(keys.size(), false);
    forEachRow(db, select, keyColumn, keys, [&](std::size_t at, SQLite::Statement& row) {
        present[at] = true;
        read(row, records[at]);
    });
    std::size_t kept = 0;
    for (std::size_t at = 0; at < keys.size(); ++at) {
        if (!present[at])
            continue;
        found.push_back(keys[at]);
        if (kept != at)
            records[kept] = std::move(records[at]);
        ++kept;
    }
    records.resize(kept);
    return records;
}

// A link table ("owner_column, target_column") and the target's slug column.
struct Link {
    const char* table;
    const char* owner;
    const char* target;
    const char* targetTable;
    const char* slug;
};

const Link kParticipants{"meeting_participant", "meeting_id", "official_id", "official", "slug"};

// Adds each meeting's roles, ordered by official. Only the participant rows
// with a role are read, through their partial index: most meetings have none.
void loadRoles(SQLite::Database& db, const Keys& keys, std::vector<Meeting>& meetings)
{
    forEachRow(db,
               "SELECT r.meeting_id, r.slug, r.role FROM (SELECT l.meeting_id AS meeting_id,"
               " o.slug AS slug, l.role AS role FROM meeting_participant l"
               " JOIN official o ON o.id = l.official_id WHERE l.role IS NOT NULL) r",
               "r.meeting_id", keys, [&](std::size_t at, SQLite::Statement& row) {
                   meetings[at].roles.push_back(
                       {row.getColumn(1).getString(), row.getColumn(2).getString()});
               });
    for (auto& meeting : meetings) {
        if (meeting.roles.size() > 1)
            std::ranges::sort(meeting.roles, {}, &Role::official);
    }
}

// Appends the slug of each record's link targets to the list `listOf` picks,
// then orders every list by slug as the format does. When the records are
// many next to the targets, the targets' slugs are read once and the link
// table alone is scanned; otherwise each target is looked up by key.
template <typename Record, typename ListOf>
void loadLinks(SQLite::Database& db, const Link& link, const Keys& keys,
               std::vector<Record>& records, ListOf listOf)
{
    const std::string owner = std::string("l.") + link.owner;
    const std::string target = std::string("l.") + link.target;
    const auto lastTarget = db.execAndGet(std::string("SELECT max(id) FROM ") + link.targetTable);
    const bool many = static_cast<std::int64_t>(keys.size()) * 4 >= lastTarget.getInt64();
    const auto slugs =
        many ? slugsByKey(db, std::string("SELECT id, ") + link.slug + " FROM " + link.targetTable)
             : std::vector<std::string>();
    const auto select = many ? "SELECT " + owner + ", " + target + " FROM " + link.table + " l"
                             : "SELECT " + owner + ", t." + link.slug + " FROM " + link.table +
                                   " l JOIN " + link.targetTable + " t ON t.id = " + target;
    forEachRow(db, select, owner, keys, [&](std::size_t at, SQLite::Statement& row) {
        auto& list = records[at].*listOf;
        if (!many)
            list.push_back(row.getColumn(1).getString());
        else if (const auto key = static_cast<std::size_t>(row.getColumn(1).getInt64());
                 key < slugs.size())
            list.push_back(slugs[key]);
    });
    for (auto& record : records)
        std::ranges::sort(record.*listOf);
}

// The records ordered by `less`, moved rather than copied; `keys`, one per
// record, when given, follow them.
template <typename Record, typename Less>
std::vector<Record> sortedBy(std::vector<Record> records, Less less, Keys* keys = nullptr)
{
    std::vector<std::size_t> order(records.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::ranges::sort(order,
                      [&](std::size_t a, std::size_t b) { return less(records[a], records[b]); });
    std::vector<Record> sorted;
    sorted.reserve(records.size());
    for (const auto i : order)
        sorted.push_back(std::move(records[i]));
    if (keys) {
        Keys sortedKeys;
        sortedKeys.reserve(keys->size());
        for (const auto i : order)
            sortedKeys.push_back((*keys)[i]);
        *keys = std::move(sortedKeys);
    }
    return sorted;
}

bool byDate(const Meeting& a, const Meeting& b)
{
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

bool byDate(const Measure& a, const Measure& b)
{
    return a.announced != b.announced ? a.announced < b.announced : a.id < b.id;
}

template <typename Record>
std::vector<Record> ordered(std::vector<Record> records, Order order, Keys* keys = nullptr)
{
    if (order == Order::ByKey)
        return records;
    if (order == Order::ById)
        return sortedBy(
            std::move(records), [](const Record& a, const Record& b) { return a.id < b.id; }, keys);
    return sortedBy(
        std::move(records), [](const Record& a, const Record& b) { return byDate(a, b); }, keys);
}

Precision precisionColumn(const SQLite::Column& column)
{
    return parsePrecision(column.getText()).value_or(Precision::Day);
}

} // namespace

Date dateColumn(const SQLite::Column& column) { return *parseIsoDate(column.getText()); }

std::optional<std::string> optionalText(const SQLite::Column& column)
{
    return column.isNull() ? std::nullopt : std::optional(column.getString());
}

std::vector<Meeting> loadMeetings(SQLite::Database& db, const SqlFragment& ids, Order order)
{
    return loadMeetings(db, keysOf(db, ids), order);
}

std::vector<Meeting> loadMeetings(SQLite::Database& db, const Keys& keys, Order order,
                                  Detail detail, Keys* foundKeys)
{
    const bool full = detail == Detail::Full;
    if (keys.empty())
        return {};
    Keys found;
    auto meetings = loadRows<Meeting>(
        db,
        std::string("SELECT m.id, m.slug, m.title, m.start_date, m.end_date, m.precision,"
                    " m.location, c.code, m.kind, ") +
            (full ? "m.summary" : "NULL") + " FROM meeting m JOIN country c ON c.id = m.host_id",
        "m.id", keys, found, [](SQLite::Statement& row, Meeting& m) {
            m.id = row.getColumn(1).getString();
            m.title = row.getColumn(2).getString();
            m.start = dateColumn(row.getColumn(3));
            m.end = dateColumn(row.getColumn(4));
            m.precision = precisionColumn(row.getColumn(5));
            m.location = optionalText(row.getColumn(6));
            m.host = row.getColumn(7).getString();
            m.kind = row.getColumn(8).getString();
            m.summary = optionalText(row.getColumn(9));
        });
    if (meetings.empty())
        return meetings;
    loadLinks(db, kParticipants, found, meetings, &Meeting::participants);
    loadRoles(db, found, meetings);
    loadLinks(db, {"meeting_topic", "meeting_id", "topic_id", "topic", "slug"}, found, meetings,
              &Meeting::topics);
    if (full) {
        loadLinks(db, {"meeting_measure", "meeting_id", "measure_id", "measure", "slug"}, found,
                  meetings, &Meeting::measures);
        loadLinks(db, {"meeting_source", "meeting_id", "source_id", "source", "slug"}, found,
                  meetings, &Meeting::sources);
    }
    meetings = ordered(std::move(meetings), order, &found);
    if (foundKeys)
        *foundKeys = std::move(found);
    return meetings;
}

std::vector<Measure> loadMeasures(SQLite::Database& db, const SqlFragment& ids, Order order)
{
    const auto keys = keysOf(db, ids);
    if (keys.empty())
        return {};
    Keys found;
    auto measures = loadRows<Measure>(
        db,
        "SELECT x.id, x.slug, x.title, x.kind, c.code, x.target_entity, x.announced,"
        " x.precision, x.summary FROM measure x JOIN country c ON c.id = x.imposed_by_id",
        "x.id", keys, found, [](SQLite::Statement& row, Measure& x) {
            x.id = row.getColumn(1).getString();
            x.title = row.getColumn(2).getString();
            x.kind = row.getColumn(3).getString();
            x.imposedBy = row.getColumn(4).getString();
            x.targetEntity = optionalText(row.getColumn(5));
            x.announced = dateColumn(row.getColumn(6));
            x.precision = precisionColumn(row.getColumn(7));
            x.summary = optionalText(row.getColumn(8));
        });
    if (measures.empty())
        return measures;
    loadLinks(db, {"measure_target", "measure_id", "country_id", "country", "code"}, found,
              measures, &Measure::targets);
    loadLinks(db, {"measure_topic", "measure_id", "topic_id", "topic", "slug"}, found, measures,
              &Measure::topics);
    loadLinks(db, {"measure_source", "measure_id", "source_id", "source", "slug"}, found, measures,
              &Measure::sources);
    return ordered(std::move(measures), order);
}

std::vector<Official> loadOfficials(SQLite::Database& db, const SqlFragment& ids)
{
    const auto keys = keysOf(db, ids);
    if (keys.empty())
        return {};
    Keys found;
    auto officials =
        loadRows<Official>(db,
                           "SELECT o.id, o.slug, o.name, c.code, o.native_name FROM official o"
                           " JOIN country c ON c.id = o.country_id",
                           "o.id", keys, found, [](SQLite::Statement& row, Official& o) {
                               o.id = row.getColumn(1).getString();
                               o.name = row.getColumn(2).getString();
                               o.country = row.getColumn(3).getString();
                               o.nativeName = optionalText(row.getColumn(4));
                           });
    forEachRow(db, "SELECT l.official_id, l.alias FROM official_alias l", "l.official_id", found,
               [&](std::size_t at, SQLite::Statement& row) {
                   officials[at].aliases.push_back(row.getColumn(1).getString());
               });
    forEachRow(db,
               "SELECT p.official_id, p.title, p.organization, p.start_date, p.end_date"
               " FROM position p",
               "p.official_id", found, [&](std::size_t at, SQLite::Statement& row) {
                   const auto end = row.getColumn(4);
                   officials[at].positions.push_back(
                       {row.getColumn(1).getString(), row.getColumn(2).getString(),
                        dateColumn(row.getColumn(3)),
                        end.isNull() ? std::nullopt : std::optional(dateColumn(end))});
               });
    for (auto& official : officials) {
        std::ranges::sort(official.aliases);
        std::ranges::sort(official.positions, {}, [](const Position& p) {
            return std::tie(p.start, p.title, p.organization);
        });
    }
    return sortedBy(std::move(officials),
                    [](const Official& a, const Official& b) { return a.id < b.id; });
}

namespace {

std::vector<Source> readSources(SQLite::Statement& query)
{
    std::vector<Source> sources;
    while (query.executeStep())
        sources.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                           query.getColumn(2).getString(), dateColumn(query.getColumn(3)),
                           optionalText(query.getColumn(4))});
    return sources;
}

constexpr const char* kSourceColumns = "SELECT slug, publisher, title, published, url FROM source";

} // namespace

std::vector<Source> loadSources(SQLite::Database& db)
{
    SQLite::Statement query(db, std::string(kSourceColumns) + " ORDER BY slug");
    return readSources(query);
}

std::vector<Source> loadSources(SQLite::Database& db, const std::vector<std::string>& ids)
{
    SQLite::Statement query(db,
                            std::string(kSourceColumns) +
                                " WHERE slug IN (SELECT value FROM json_each(?)) ORDER BY slug");
    query.bind(1, nlohmann::json(ids).dump());
    return readSources(query);
}

std::vector<Country> loadCountries(SQLite::Database& db)
{
    SQLite::Statement query(db, "SELECT code, name FROM country ORDER BY code");
    std::vector<Country> countries;
    while (query.executeStep())
        countries.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
    return countries;
}

std::vector<Topic> loadTopics(SQLite::Database& db)
{
    SQLite::Statement query(db, "SELECT t.slug, t.name, p.slug FROM topic t"
                                " LEFT JOIN topic p ON p.id = t.parent_id ORDER BY t.slug");
    std::vector<Topic> topics;
    while (query.executeStep())
        topics.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                          optionalText(query.getColumn(2))});
    return topics;
}

} // namespace parley
