#include "db/store/DatasetImport.h"

#include "db/store/SchemaSetAside.h"
#include "db/store/SearchIndexUpdate.h"
#include "db/store/SlugKeys.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <optional>
#include <string>

namespace parley {

namespace {

using Key = std::int64_t;

void bindOptional(SQLite::Statement& statement, int index, const std::optional<std::string>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

// Runs an upsert that ends in "RETURNING id" and gives the record's key.
Key upsert(SQLite::Statement& statement)
{
    statement.executeStep();
    const Key key = statement.getColumn(0).getInt64();
    statement.reset();
    statement.clearBindings();
    return key;
}

// Replaces the links of one owner in a link table (owner_column, target_column).
class LinkWriter {
public:
    LinkWriter(SQLite::Database& db, const std::string& table, const std::string& ownerColumn,
               const std::string& targetColumn)
        : m_delete(db, "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?")
        , m_insert(db, "INSERT INTO " + table + " (" + ownerColumn + ", " + targetColumn +
                           ") VALUES (?, ?)")
    {
    }

    // `mayHaveLinks` false skips looking for old links (the owner is new).
    void replace(Key owner, const std::vector<std::string>& targets, const SlugKeys& keys,
                 bool mayHaveLinks = true)
    {
        if (mayHaveLinks) {
            m_delete.bind(1, owner);
            m_delete.exec();
            m_delete.reset();
        }
        for (const auto& target : targets) {
            m_insert.bind(1, owner);
            m_insert.bind(2, keys.at(target));
            m_insert.exec();
            m_insert.reset();
        }
    }

private:
    SQLite::Statement m_delete;
    SQLite::Statement m_insert;
};

void writeSources(SQLite::Database& db, const std::vector<Source>& sources)
{
    SQLite::Statement upsertSource(
        db, "INSERT INTO source (slug, publisher, title, published, url) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (slug) DO UPDATE SET publisher = excluded.publisher,"
            " title = excluded.title, published = excluded.published, url = excluded.url"
            " RETURNING id");
    for (const auto& source : sources) {
        upsertSource.bind(1, source.id);
        upsertSource.bind(2, source.publisher);
        upsertSource.bind(3, source.title);
        upsertSource.bind(4, toIso(source.published));
        bindOptional(upsertSource, 5, source.url);
        upsert(upsertSource);
    }
}

void writeCountries(SQLite::Database& db, const std::vector<Country>& countries)
{
    SQLite::Statement upsertCountry(db, "INSERT INTO country (code, name) VALUES (?, ?)"
                                        " ON CONFLICT (code) DO UPDATE SET name = excluded.name"
                                        " RETURNING id");
    for (const auto& country : countries) {
        upsertCountry.bind(1, country.code);
        upsertCountry.bind(2, country.name);
        upsert(upsertCountry);
    }
}

void writeTopics(SQLite::Database& db, const std::vector<Topic>& topics)
{
    SQLite::Statement upsertTopic(db, "INSERT INTO topic (slug, name) VALUES (?, ?)"
                                      " ON CONFLICT (slug) DO UPDATE SET name = excluded.name"
                                      " RETURNING id");
    for (const auto& topic : topics) {
        upsertTopic.bind(1, topic.id);
        upsertTopic.bind(2, topic.name);
        upsert(upsertTopic);
    }
    // Parents are set once every topic exists, as a parent may come after its child.
    SQLite::Statement setParent(
        db, "UPDATE topic SET parent_id = (SELECT id FROM topic WHERE slug = ?) WHERE slug = ?");
    for (const auto& topic : topics) {
        bindOptional(setParent, 1, topic.parent);
        setParent.bind(2, topic.id);
        setParent.exec();
        setParent.reset();
    }
}

void writeOfficials(SQLite::Database& db, const std::vector<Official>& officials)
{
    SQLite::Statement upsertOfficial(
        db, "INSERT INTO official (slug, name, country_id, native_name)"
            " VALUES (?, ?, (SELECT id FROM country WHERE code = ?), ?)"
            " ON CONFLICT (slug) DO UPDATE SET name = excluded.name,"
            " country_id = excluded.country_id, native_name = excluded.native_name"
            " RETURNING id");
    SQLite::Statement deleteAliases(db, "DELETE FROM official_alias WHERE official_id = ?");
    SQLite::Statement insertAlias(db, "INSERT OR IGNORE INTO official_alias VALUES (?, ?)");
    SQLite::Statement deletePositions(db, "DELETE FROM position WHERE official_id = ?");
    SQLite::Statement insertPosition(
        db, "INSERT INTO position (official_id, title, organization, start_date, end_date)"
            " VALUES (?, ?, ?, ?, ?)");
    for (const auto& official : officials) {
        upsertOfficial.bind(1, official.id);
        upsertOfficial.bind(2, official.name);
        upsertOfficial.bind(3, official.country);
        bindOptional(upsertOfficial, 4, official.nativeName);
        const Key key = upsert(upsertOfficial);
        for (auto* statement : {&deleteAliases, &deletePositions}) {
            statement->bind(1, key);
            statement->exec();
            statement->reset();
        }
        for (const auto& alias : official.aliases) {
            insertAlias.bind(1, key);
            insertAlias.bind(2, alias);
            insertAlias.exec();
            insertAlias.reset();
        }
        for (const auto& position : official.positions) {
            insertPosition.bind(1, key);
            insertPosition.bind(2, position.title);
            insertPosition.bind(3, position.organization);
            insertPosition.bind(4, toIso(position.start));
            bindOptional(insertPosition, 5,
                         position.end ? std::optional(toIso(*position.end)) : std::nullopt);
            insertPosition.exec();
            insertPosition.reset();
        }
    }
}

void writeMeasures(SQLite::Database& db, const std::vector<Measure>& measures)
{
    SQLite::Statement upsertMeasure(
        db,
        "INSERT INTO measure (slug, title, kind, imposed_by_id, target_entity, announced,"
        " precision, summary) VALUES (?, ?, ?, (SELECT id FROM country WHERE code = ?), ?, ?, ?, ?)"
        " ON CONFLICT (slug) DO UPDATE SET title = excluded.title, kind = excluded.kind,"
        " imposed_by_id = excluded.imposed_by_id, target_entity = excluded.target_entity,"
        " announced = excluded.announced, precision = excluded.precision,"
        " summary = excluded.summary RETURNING id");
    const SlugKeys countries(db, "country", measures.size(), "code");
    const SlugKeys topics(db, "topic", measures.size());
    const SlugKeys sources(db, "source", measures.size());
    LinkWriter targets(db, "measure_target", "measure_id", "country_id");
    LinkWriter measureTopics(db, "measure_topic", "measure_id", "topic_id");
    LinkWriter measureSources(db, "measure_source", "measure_id", "source_id");
    for (const auto& measure : measures) {
        upsertMeasure.bind(1, measure.id);
        upsertMeasure.bind(2, measure.title);
        upsertMeasure.bind(3, measure.kind);
        upsertMeasure.bind(4, measure.imposedBy);
        bindOptional(upsertMeasure, 5, measure.targetEntity);
        upsertMeasure.bind(6, toIso(measure.announced));
        upsertMeasure.bind(7, std::string(toString(measure.precision)));
        bindOptional(upsertMeasure, 8, measure.summary);
        const Key key = upsert(upsertMeasure);
        targets.replace(key, measure.targets, countries);
        measureTopics.replace(key, measure.topics, topics);
        measureSources.replace(key, measure.sources, sources);
    }
}

// `intoEmpty`: the database had no meetings, so none has old links. Gives
// the meetings' keys, in their order.
std::vector<Key> writeMeetings(SQLite::Database& db, const std::vector<Meeting>& meetings,
                               bool intoEmpty)
{
    SQLite::Statement upsertMeeting(
        db,
        "INSERT INTO meeting (slug, title, start_date, end_date, precision, location, host_id,"
        " kind, summary) VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM country WHERE code = ?), ?, ?)"
        " ON CONFLICT (slug) DO UPDATE SET title = excluded.title,"
        " start_date = excluded.start_date, end_date = excluded.end_date,"
        " precision = excluded.precision, location = excluded.location,"
        " host_id = excluded.host_id, kind = excluded.kind, summary = excluded.summary"
        " RETURNING id");
    const SlugKeys officials(db, "official", meetings.size());
    const SlugKeys topics(db, "topic", meetings.size());
    const SlugKeys measures(db, "measure", meetings.size());
    const SlugKeys sources(db, "source", meetings.size());
    LinkWriter participants(db, "meeting_participant", "meeting_id", "official_id");
    LinkWriter meetingTopics(db, "meeting_topic", "meeting_id", "topic_id");
    LinkWriter meetingMeasures(db, "meeting_measure", "meeting_id", "measure_id");
    LinkWriter meetingSources(db, "meeting_source", "meeting_id", "source_id");
    // Roles go on the participant rows just written (checkDataset made sure
    // each names a participant). The statement is made for the first role:
    // most datasets have none, and the tests' databases of schema version 1
    // and 2, written by this import, have no role column.
    std::optional<SQLite::Statement> setRole;
    std::vector<Key> keys;
    keys.reserve(meetings.size());
    for (const auto& meeting : meetings) {
        upsertMeeting.bind(1, meeting.id);
        upsertMeeting.bind(2, meeting.title);
        upsertMeeting.bind(3, toIso(meeting.start));
        upsertMeeting.bind(4, toIso(meeting.end));
        upsertMeeting.bind(5, std::string(toString(meeting.precision)));
        bindOptional(upsertMeeting, 6, meeting.location);
        upsertMeeting.bind(7, meeting.host);
        upsertMeeting.bind(8, meeting.kind);
        bindOptional(upsertMeeting, 9, meeting.summary);
        const Key key = upsert(upsertMeeting);
        participants.replace(key, meeting.participants, officials, !intoEmpty);
        for (const auto& role : meeting.roles) {
            if (!setRole)
                setRole.emplace(db, "UPDATE meeting_participant SET role = ?"
                                    " WHERE meeting_id = ? AND official_id = ?");
            setRole->bind(1, role.title);
            setRole->bind(2, key);
            setRole->bind(3, officials.at(role.official));
            setRole->exec();
            setRole->reset();
        }
        meetingTopics.replace(key, meeting.topics, topics, !intoEmpty);
        meetingMeasures.replace(key, meeting.measures, measures, !intoEmpty);
        meetingSources.replace(key, meeting.sources, sources, !intoEmpty);
        keys.push_back(key);
    }
    return keys;
}

} // namespace

void importDataset(SQLite::Database& db, const Dataset& dataset)
{
    // IMMEDIATE takes the write lock before the first read, so another writer
    // is waited for (busy timeout) instead of failing half way.
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    writeDataset(db, dataset);
    transaction.commit();
}

void writeDataset(SQLite::Database& db, const Dataset& dataset)
{
    writeSources(db, dataset.sources);
    writeCountries(db, dataset.countries);
    writeTopics(db, dataset.topics);
    writeOfficials(db, dataset.officials);
    writeMeasures(db, dataset.measures);
    SearchIndexUpdate search(db, dataset.meetings);
    // Into a database without meetings, the meetings' secondary indexes are
    // built once at the end (SchemaSetAside.h). None of them serves a lookup
    // of the import itself.
    const bool intoEmpty = db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM meeting)").getInt();
    std::optional<SchemaSetAside> indexes;
    if (intoEmpty)
        indexes.emplace(db, "type = 'index' AND tbl_name IN ('meeting', 'meeting_participant',"
                            " 'meeting_topic', 'meeting_source', 'meeting_measure')");
    const auto keys = writeMeetings(db, dataset.meetings, intoEmpty);
    if (indexes)
        indexes->restore();
    search.finish(keys);
}

} // namespace parley
