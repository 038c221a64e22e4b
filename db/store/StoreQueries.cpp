// The store's reading queries: records by filter, by key and by id, counts
// and names. Each reads the keys first (FilterSql.h), then the rows for them.
#include "db/store/Store.h"

#include "db/model/Engagements.h"
#include "db/store/FacetCounts.h"
#include "db/store/FilterSql.h"
#include "db/store/RecordReader.h"
#include "db/store/StoreImpl.h"

#include <nlohmann/json.hpp>

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace parley {

std::vector<Meeting> Store::meetings(const Filter& filter) const
{
    return m_impl->guard([&] {
        return loadMeetings(m_impl->db, matchingMeetingKeys(m_impl->db, filter), Order::ByDate);
    });
}

std::vector<Meeting> Store::meetingBriefs(const Filter& filter) const
{
    return m_impl->guard([&] {
        return loadMeetings(m_impl->db, matchingMeetingKeys(m_impl->db, filter), Order::ByDate,
                            Detail::Brief);
    });
}

Store::KeyedMeetings Store::allMeetingBriefs() const
{
    return m_impl->guard([&] {
        KeyedMeetings all;
        all.meetings = loadMeetings(m_impl->db, matchingMeetingKeys(m_impl->db, Filter()),
                                    Order::ByDate, Detail::Brief, &all.keys);
        return all;
    });
}

std::optional<Meeting> Store::meeting(const std::string& id) const
{
    auto found = meetingsWithIds({id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<std::int64_t> Store::meetingKeys(const Filter& filter) const
{
    return m_impl->guard([&] { return matchingMeetingKeys(m_impl->db, filter); });
}

std::vector<Meeting> Store::meetingsWithKeys(std::vector<std::int64_t> keys) const
{
    std::ranges::sort(keys);
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return m_impl->guard([&] { return loadMeetings(m_impl->db, keys, Order::ByDate); });
}

std::vector<Meeting> Store::meetingsWithIds(const std::vector<std::string>& ids) const
{
    return m_impl->guard([&] {
        // One bound JSON array, however many ids there are.
        const SqlFragment fragment{
            "SELECT id FROM meeting WHERE slug IN (SELECT value FROM json_each(?))",
            {nlohmann::json(ids).dump()}};
        return loadMeetings(m_impl->db, fragment, Order::ById);
    });
}

Store::KeyedMeetings Store::meetingBriefsWithIds(const std::vector<std::string>& ids) const
{
    return m_impl->guard([&] {
        std::vector<std::int64_t> keys;
        SQLite::Statement query(m_impl->db, "SELECT id FROM meeting WHERE slug IN"
                                            " (SELECT value FROM json_each(?)) ORDER BY id");
        query.bind(1, nlohmann::json(ids).dump());
        while (query.executeStep())
            keys.push_back(query.getColumn(0).getInt64());
        KeyedMeetings found;
        found.meetings = loadMeetings(m_impl->db, keys, Order::ByDate, Detail::Brief, &found.keys);
        return found;
    });
}

std::vector<Measure> Store::measures(const Filter& filter) const
{
    return m_impl->guard(
        [&] { return loadMeasures(m_impl->db, matchingMeasureIds(filter), Order::ByDate); });
}

std::optional<Measure> Store::measure(const std::string& id) const
{
    return m_impl->guard([&] {
        auto found =
            loadMeasures(m_impl->db, {"SELECT id FROM measure WHERE slug = ?", {id}}, Order::ById);
        return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
    });
}

std::vector<Meeting> Store::meetingsRaising(const std::string& measureId) const
{
    return m_impl->guard([&] {
        const SqlFragment raising{"SELECT mm.meeting_id FROM meeting_measure mm"
                                  " JOIN measure x ON x.id = mm.measure_id WHERE x.slug = ?",
                                  {measureId}};
        return loadMeetings(m_impl->db, raising, Order::ByDate);
    });
}

std::vector<Engagement> Store::engagements(const std::string& officialId, const Filter& range) const
{
    return m_impl->guard([&] {
        const auto found = official(officialId);
        if (!found)
            throw DataError("no official with id \"" + officialId + "\" in " +
                            quoted(m_impl->file));
        Filter ofOfficial;
        ofOfficial.setFrom(range.from());
        ofOfficial.setTo(range.to());
        ofOfficial.setOfficials({officialId});
        const auto meetings = loadMeetings(m_impl->db, matchingMeetingKeys(m_impl->db, ofOfficial),
                                           Order::ByDate, Detail::Brief);
        std::vector<Engagement> engagements;
        engagements.reserve(meetings.size());
        for (const auto& meeting : meetings)
            engagements.push_back(engagementOf(meeting, *found));
        return engagements;
    });
}

std::vector<Count> Store::meetingsPerCountry(const Filter& filter) const
{
    return m_impl->guard([&] { return countMeetingsPerCountry(m_impl->db, filter); });
}

std::vector<Count> Store::meetingsPerTopic(const Filter& filter) const
{
    return m_impl->guard([&] { return countMeetingsPerTopic(m_impl->db, filter); });
}

std::vector<Count> Store::meetingsPerOfficial(const Filter& filter) const
{
    return m_impl->guard([&] { return countMeetingsPerOfficial(m_impl->db, filter); });
}

std::optional<Official> Store::official(const std::string& id) const
{
    return m_impl->guard([&] {
        auto found = loadOfficials(m_impl->db, {"SELECT id FROM official WHERE slug = ?", {id}});
        return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
    });
}

std::vector<Official> Store::officials() const
{
    return m_impl->guard([&] { return loadOfficials(m_impl->db, allKeysOf("official")); });
}

std::vector<Country> Store::countries() const
{
    return m_impl->guard([&] { return loadCountries(m_impl->db); });
}

std::vector<Topic> Store::topics() const
{
    return m_impl->guard([&] { return loadTopics(m_impl->db); });
}

std::vector<Source> Store::sources() const
{
    return m_impl->guard([&] { return loadSources(m_impl->db); });
}

std::vector<Source> Store::sources(const std::vector<std::string>& ids) const
{
    return m_impl->guard([&] { return loadSources(m_impl->db, ids); });
}

NameIndex Store::names() const
{
    return m_impl->guard([&] {
        NameIndex names;
        for (auto& country : loadCountries(m_impl->db))
            names.countries.emplace(std::move(country.code), std::move(country.name));
        for (auto& topic : loadTopics(m_impl->db))
            names.topics.emplace(std::move(topic.id), std::move(topic.name));
        for (auto& source : loadSources(m_impl->db))
            names.sources.emplace(source.id, std::move(source));
        // Names only: loading whole officials would read every office they held.
        SQLite::Statement officials(m_impl->db, "SELECT slug, name FROM official");
        while (officials.executeStep())
            names.officials.emplace(officials.getColumn(0).getString(),
                                    officials.getColumn(1).getString());
        return names;
    });
}

StoreStats Store::stats() const
{
    return m_impl->guard([&] {
        auto& db = m_impl->db;
        StoreStats stats;
        stats.schemaVersion = db.execAndGet("PRAGMA user_version").getInt();
        stats.sources = countOf(db, "source");
        stats.countries = countOf(db, "country");
        stats.topics = countOf(db, "topic");
        stats.officials = countOf(db, "official");
        stats.positions = countOf(db, "position");
        stats.meetings = countOf(db, "meeting");
        stats.measures = countOf(db, "measure");
        SQLite::Statement span(db, "SELECT min(start_date), max(last_day) FROM meeting");
        if (span.executeStep() && !span.getColumn(0).isNull())
            stats.meetingSpan = periodOf(dateColumn(span.getColumn(0)),
                                         dateColumn(span.getColumn(1)), Precision::Day);
        return stats;
    });
}

} // namespace parley
