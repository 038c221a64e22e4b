#include "db/RecordReader.h"

#include <SQLiteCpp/Statement.h>

#include <unordered_map>

namespace parley {

namespace {

// Runs "SELECT owner_id, slug … WHERE owner_id IN (ids)" and appends each slug
// to the list that `listOf` picks for the owner.
template <typename Record, typename ListOf>
void loadLinks(SQLite::Database& db, const std::string& select, const SqlFragment& ids,
               std::vector<Record>& records,
               const std::unordered_map<std::int64_t, std::size_t>& index, ListOf listOf)
{
    SQLite::Statement query(db, select + " IN (" + ids.sql + ") ORDER BY 2");
    ids.bindTo(query);
    while (query.executeStep()) {
        const auto owner = index.find(query.getColumn(0).getInt64());
        if (owner != index.end())
            (records[owner->second].*listOf).push_back(query.getColumn(1).getString());
    }
}

Precision precisionColumn(const SQLite::Column& column)
{
    return parsePrecision(column.getString()).value_or(Precision::Day);
}

} // namespace

Date dateColumn(const SQLite::Column& column) { return *parseIsoDate(column.getString()); }

std::optional<std::string> optionalText(const SQLite::Column& column)
{
    return column.isNull() ? std::nullopt : std::optional(column.getString());
}

std::vector<Meeting> loadMeetings(SQLite::Database& db, const SqlFragment& ids, Order order)
{
    SQLite::Statement query(
        db, "SELECT m.id, m.slug, m.title, m.start_date, m.end_date, m.precision, m.location,"
            " c.code, m.kind, m.summary FROM meeting m JOIN country c ON c.id = m.host_id"
            " WHERE m.id IN (" +
                ids.sql + ") ORDER BY " +
                (order == Order::ByDate ? "m.start_date, m.slug" : "m.slug"));
    ids.bindTo(query);
    std::vector<Meeting> meetings;
    std::unordered_map<std::int64_t, std::size_t> index;
    while (query.executeStep()) {
        index.emplace(query.getColumn(0).getInt64(), meetings.size());
        Meeting& m = meetings.emplace_back();
        m.id = query.getColumn(1).getString();
        m.title = query.getColumn(2).getString();
        m.start = dateColumn(query.getColumn(3));
        m.end = dateColumn(query.getColumn(4));
        m.precision = precisionColumn(query.getColumn(5));
        m.location = optionalText(query.getColumn(6));
        m.host = query.getColumn(7).getString();
        m.kind = query.getColumn(8).getString();
        m.summary = optionalText(query.getColumn(9));
    }
    if (meetings.empty())
        return meetings;
    loadLinks(db,
              "SELECT l.meeting_id, o.slug FROM meeting_participant l"
              " JOIN official o ON o.id = l.official_id WHERE l.meeting_id",
              ids, meetings, index, &Meeting::participants);
    loadLinks(db,
              "SELECT l.meeting_id, t.slug FROM meeting_topic l"
              " JOIN topic t ON t.id = l.topic_id WHERE l.meeting_id",
              ids, meetings, index, &Meeting::topics);
    loadLinks(db,
              "SELECT l.meeting_id, x.slug FROM meeting_measure l"
              " JOIN measure x ON x.id = l.measure_id WHERE l.meeting_id",
              ids, meetings, index, &Meeting::measures);
    loadLinks(db,
              "SELECT l.meeting_id, s.slug FROM meeting_source l"
              " JOIN source s ON s.id = l.source_id WHERE l.meeting_id",
              ids, meetings, index, &Meeting::sources);
    return meetings;
}

std::vector<Measure> loadMeasures(SQLite::Database& db, const SqlFragment& ids, Order order)
{
    SQLite::Statement query(
        db, "SELECT x.id, x.slug, x.title, x.kind, c.code, x.target_entity, x.announced,"
            " x.precision, x.summary FROM measure x JOIN country c ON c.id = x.imposed_by_id"
            " WHERE x.id IN (" +
                ids.sql + ") ORDER BY " +
                (order == Order::ByDate ? "x.announced, x.slug" : "x.slug"));
    ids.bindTo(query);
    std::vector<Measure> measures;
    std::unordered_map<std::int64_t, std::size_t> index;
    while (query.executeStep()) {
        index.emplace(query.getColumn(0).getInt64(), measures.size());
        Measure& x = measures.emplace_back();
        x.id = query.getColumn(1).getString();
        x.title = query.getColumn(2).getString();
        x.kind = query.getColumn(3).getString();
        x.imposedBy = query.getColumn(4).getString();
        x.targetEntity = optionalText(query.getColumn(5));
        x.announced = dateColumn(query.getColumn(6));
        x.precision = precisionColumn(query.getColumn(7));
        x.summary = optionalText(query.getColumn(8));
    }
    if (measures.empty())
        return measures;
    loadLinks(db,
              "SELECT l.measure_id, c.code FROM measure_target l"
              " JOIN country c ON c.id = l.country_id WHERE l.measure_id",
              ids, measures, index, &Measure::targets);
    loadLinks(db,
              "SELECT l.measure_id, t.slug FROM measure_topic l"
              " JOIN topic t ON t.id = l.topic_id WHERE l.measure_id",
              ids, measures, index, &Measure::topics);
    loadLinks(db,
              "SELECT l.measure_id, s.slug FROM measure_source l"
              " JOIN source s ON s.id = l.source_id WHERE l.measure_id",
              ids, measures, index, &Measure::sources);
    return measures;
}

std::vector<Official> loadOfficials(SQLite::Database& db, const SqlFragment& ids)
{
    SQLite::Statement query(db, "SELECT o.id, o.slug, o.name, c.code, o.native_name FROM official o"
                                " JOIN country c ON c.id = o.country_id WHERE o.id IN (" +
                                    ids.sql + ") ORDER BY o.slug");
    ids.bindTo(query);
    std::vector<Official> officials;
    std::unordered_map<std::int64_t, std::size_t> index;
    while (query.executeStep()) {
        index.emplace(query.getColumn(0).getInt64(), officials.size());
        officials.push_back({query.getColumn(1).getString(),
                             query.getColumn(2).getString(),
                             query.getColumn(3).getString(),
                             optionalText(query.getColumn(4)),
                             {},
                             {}});
    }
    if (officials.empty())
        return officials;
    loadLinks(db, "SELECT official_id, alias FROM official_alias WHERE official_id", ids, officials,
              index, &Official::aliases);
    SQLite::Statement positions(
        db, "SELECT official_id, title, organization, start_date, end_date FROM position"
            " WHERE official_id IN (" +
                ids.sql + ") ORDER BY start_date, title, organization");
    ids.bindTo(positions);
    while (positions.executeStep()) {
        const auto owner = index.find(positions.getColumn(0).getInt64());
        if (owner == index.end())
            continue;
        const auto end = positions.getColumn(4);
        officials[owner->second].positions.push_back(
            {positions.getColumn(1).getString(), positions.getColumn(2).getString(),
             dateColumn(positions.getColumn(3)),
             end.isNull() ? std::nullopt : std::optional(dateColumn(end))});
    }
    return officials;
}

std::vector<Source> loadSources(SQLite::Database& db)
{
    SQLite::Statement query(
        db, "SELECT slug, publisher, title, published, url FROM source ORDER BY slug");
    std::vector<Source> sources;
    while (query.executeStep())
        sources.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                           query.getColumn(2).getString(), dateColumn(query.getColumn(3)),
                           optionalText(query.getColumn(4))});
    return sources;
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
