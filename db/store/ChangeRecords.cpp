#include "db/store/ChangeRecords.h"

#include "db/store/RecordReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

namespace parley {

namespace {

// "SELECT id FROM table WHERE slug IN (…)", the ids bound as one JSON array.
SqlFragment keysOfSlugs(const char* table, const std::vector<std::string>& ids)
{
    return {std::string("SELECT id FROM ") + table +
                " WHERE slug IN (SELECT value FROM json_each(?))",
            {nlohmann::json(ids).dump()}};
}

template <typename Record, typename Id>
std::vector<Record> keep(std::vector<Record> records, const std::vector<std::string>& ids, Id id)
{
    std::erase_if(records, [&](const Record& record) {
        return std::ranges::find(ids, std::invoke(id, record)) == ids.end();
    });
    return records;
}

template <typename Record, typename Id>
void splitByPresence(const std::vector<Record>& wanted, const std::vector<Record>& now, Id id,
                     std::vector<Record>& putBack, std::vector<std::string>& remove)
{
    for (const auto& record : wanted) {
        const auto found = std::ranges::find(now, std::invoke(id, record), id);
        if (found == now.end())
            remove.push_back(std::invoke(id, record));
        else if (*found != record)
            putBack.push_back(*found);
    }
}

template <typename Record> void append(std::vector<Record>& to, const std::vector<Record>& more)
{
    to.insert(to.end(), more.begin(), more.end());
}

RecordIds idsOf(const Dataset& dataset)
{
    RecordIds ids;
    const auto collect = [](const auto& records, auto id, std::vector<std::string>& into) {
        for (const auto& record : records)
            into.push_back(std::invoke(id, record));
    };
    collect(dataset.sources, &Source::id, ids.sources);
    collect(dataset.countries, &Country::code, ids.countries);
    collect(dataset.topics, &Topic::id, ids.topics);
    collect(dataset.officials, &Official::id, ids.officials);
    collect(dataset.meetings, &Meeting::id, ids.meetings);
    collect(dataset.measures, &Measure::id, ids.measures);
    return ids;
}

} // namespace

Dataset recordsWithIds(SQLite::Database& db, const RecordIds& ids)
{
    Dataset records;
    // Sources, countries and topics are few: read them all and keep the ones asked for.
    if (!ids.sources.empty())
        records.sources = keep(loadSources(db), ids.sources, &Source::id);
    if (!ids.countries.empty())
        records.countries = keep(loadCountries(db), ids.countries, &Country::code);
    if (!ids.topics.empty())
        records.topics = keep(loadTopics(db), ids.topics, &Topic::id);
    if (!ids.officials.empty())
        records.officials = loadOfficials(db, keysOfSlugs("official", ids.officials));
    if (!ids.meetings.empty())
        records.meetings = loadMeetings(db, keysOfSlugs("meeting", ids.meetings), Order::ById);
    if (!ids.measures.empty())
        records.measures = loadMeasures(db, keysOfSlugs("measure", ids.measures), Order::ById);
    return records;
}

Dataset recordsNaming(SQLite::Database& db, RecordKind kind, const std::string& id)
{
    // Every query binds the id to each of its parameters.
    const auto meetingsVia = [&](const std::string& sql) {
        return loadMeetings(db, SqlFragment{sql, {id}}, Order::ById);
    };
    const auto measuresVia = [&](const std::string& sql, std::size_t times = 1) {
        return loadMeasures(db, SqlFragment{sql, std::vector<std::string>(times, id)}, Order::ById);
    };
    Dataset naming;
    switch (kind) {
    case RecordKind::Official:
        naming.meetings = meetingsVia("SELECT l.meeting_id FROM meeting_participant l"
                                      " JOIN official t ON t.id = l.official_id WHERE t.slug = ?");
        break;
    case RecordKind::Topic:
        naming.meetings = meetingsVia("SELECT l.meeting_id FROM meeting_topic l"
                                      " JOIN topic t ON t.id = l.topic_id WHERE t.slug = ?");
        naming.measures = measuresVia("SELECT l.measure_id FROM measure_topic l"
                                      " JOIN topic t ON t.id = l.topic_id WHERE t.slug = ?");
        std::ranges::copy_if(loadTopics(db), std::back_inserter(naming.topics),
                             [&](const Topic& topic) { return topic.parent == id; });
        break;
    case RecordKind::Measure:
        naming.meetings = meetingsVia("SELECT l.meeting_id FROM meeting_measure l"
                                      " JOIN measure t ON t.id = l.measure_id WHERE t.slug = ?");
        break;
    case RecordKind::Source:
        naming.meetings = meetingsVia("SELECT l.meeting_id FROM meeting_source l"
                                      " JOIN source t ON t.id = l.source_id WHERE t.slug = ?");
        naming.measures = measuresVia("SELECT l.measure_id FROM measure_source l"
                                      " JOIN source t ON t.id = l.source_id WHERE t.slug = ?");
        break;
    case RecordKind::Country:
        naming.meetings = meetingsVia("SELECT m.id FROM meeting m JOIN country c"
                                      " ON c.id = m.host_id WHERE c.code = ?");
        naming.measures = measuresVia(
            "SELECT x.id FROM measure x JOIN country c ON c.id = x.imposed_by_id WHERE c.code = ?"
            " UNION SELECT l.measure_id FROM measure_target l JOIN country c"
            " ON c.id = l.country_id WHERE c.code = ?",
            2);
        naming.officials = loadOfficials(db, {"SELECT o.id FROM official o JOIN country c"
                                              " ON c.id = o.country_id WHERE c.code = ?",
                                              {id}});
        break;
    case RecordKind::Meeting:
        break;
    }
    return naming;
}

ChangeSet inverseOf(SQLite::Database& db, const ChangeSet& change)
{
    const Dataset now = recordsWithIds(db, idsOf(change.put));
    ChangeSet undo;
    splitByPresence(change.put.sources, now.sources, &Source::id, undo.put.sources,
                    undo.remove.sources);
    splitByPresence(change.put.countries, now.countries, &Country::code, undo.put.countries,
                    undo.remove.countries);
    splitByPresence(change.put.topics, now.topics, &Topic::id, undo.put.topics, undo.remove.topics);
    splitByPresence(change.put.officials, now.officials, &Official::id, undo.put.officials,
                    undo.remove.officials);
    splitByPresence(change.put.meetings, now.meetings, &Meeting::id, undo.put.meetings,
                    undo.remove.meetings);
    splitByPresence(change.put.measures, now.measures, &Measure::id, undo.put.measures,
                    undo.remove.measures);
    const Dataset removed = recordsWithIds(db, change.remove);
    append(undo.put.sources, removed.sources);
    append(undo.put.countries, removed.countries);
    append(undo.put.topics, removed.topics);
    append(undo.put.officials, removed.officials);
    append(undo.put.meetings, removed.meetings);
    append(undo.put.measures, removed.measures);
    return undo;
}

} // namespace parley
