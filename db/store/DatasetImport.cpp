#include "db/store/DatasetImport.h"

#include "db/store/MeetingImport.h"
#include "db/store/MergeStatements.h"
#include "db/store/SlugKeys.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace parley {

namespace {

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
        const auto key = upsert(upsertOfficial);
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
        const auto key = upsert(upsertMeasure);
        targets.replace(key, measure.targets, countries);
        measureTopics.replace(key, measure.topics, topics);
        measureSources.replace(key, measure.sources, sources);
    }
}

// Holds the connection's page cache to 32 MiB while an import writes, and
// gives it back after. SQLite bounds what a sort of CREATE INDEX keeps in
// memory by the same figure, and the pages an import writes are seldom read
// again: the store's cache, sized for queries, only added to the import's
// peak. Edits (writeDataset alone) leave it be: shrinking it drops the pages
// the window's queries read.
class ImportCache {
public:
    explicit ImportCache(SQLite::Database& db)
        : m_db(db)
        , m_before(db.execAndGet("PRAGMA cache_size").getInt())
    {
        db.exec("PRAGMA cache_size = -32768");
    }
    ~ImportCache() { m_db.tryExec("PRAGMA cache_size = " + std::to_string(m_before)); }
    ImportCache(const ImportCache&) = delete;
    ImportCache& operator=(const ImportCache&) = delete;

private:
    SQLite::Database& m_db;
    int m_before;
};

// The ids as one JSON array, for SQLite's json_each.
template <typename Ids, typename Id> std::string jsonArrayOf(const Ids& records, Id id)
{
    std::string array = "[";
    for (const auto& record : records) {
        if (array.size() > 1)
            array += ',';
        array += nlohmann::json(std::invoke(id, record)).dump();
    }
    return array + "]";
}

// Every record but the meetings, in the order their references need.
void writeAllButMeetings(SQLite::Database& db, const Dataset& dataset)
{
    writeSources(db, dataset.sources);
    writeCountries(db, dataset.countries);
    writeTopics(db, dataset.topics);
    writeOfficials(db, dataset.officials);
    writeMeasures(db, dataset.measures);
}

} // namespace

// IMMEDIATE takes the write lock before the first read, so another writer is
// waited for (busy timeout) instead of failing half way.
void importDataset(SQLite::Database& db, const Dataset& dataset)
{
    const ImportCache cache(db);
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    writeDataset(db, dataset);
    transaction.commit();
}

void importDataset(SQLite::Database& db, const StreamedDataset& dataset)
{
    const ImportCache cache(db);
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    writeAllButMeetings(db, dataset.held());
    const auto& ids = dataset.meetingIds();
    MeetingImport meetings(db, jsonArrayOf(ids, std::identity()), ids.size());
    dataset.forEachMeeting([&](Meeting&& meeting) { meetings.add(meeting); });
    meetings.finish();
    transaction.commit();
}

void writeDataset(SQLite::Database& db, const Dataset& dataset)
{
    writeAllButMeetings(db, dataset);
    MeetingImport meetings(db, jsonArrayOf(dataset.meetings, &Meeting::id),
                           dataset.meetings.size());
    for (const auto& meeting : dataset.meetings)
        meetings.add(meeting);
    meetings.finish();
}

} // namespace parley
