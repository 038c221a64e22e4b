#include "db/Store.h"

#include "db/DatasetImport.h"
#include "db/Errors.h"
#include "db/FilterSql.h"
#include "db/RecordReader.h"
#include "db/Schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

namespace parley {

namespace fs = std::filesystem;

struct Store::Impl {
    Impl(fs::path path, int flags)
        : file(std::move(path))
        , db(file.string(), flags, /*busyTimeoutMs=*/2000)
    {
    }
    fs::path file;
    mutable SQLite::Database db;
};

namespace {

std::string quoted(const fs::path& file) { return file.string(); }

// Refuses files that are not Parley databases this version can read. Runs only
// reads, so a refused file is never altered.
void requireParleyDatabase(SQLite::Database& db, const fs::path& file)
{
    int version = 0;
    int applicationId = 0;
    try {
        version = db.execAndGet("PRAGMA user_version").getInt();
        applicationId = db.execAndGet("PRAGMA application_id").getInt();
    } catch (const SQLite::Exception& error) {
        if (error.getErrorCode() == SQLITE_NOTADB)
            throw DatabaseError(quoted(file) + ": not a SQLite database");
        throw DatabaseError(quoted(file) + ": cannot be read: " + error.what());
    }
    if (applicationId != schema::kApplicationId || version == 0)
        throw DatabaseError(quoted(file) + ": a SQLite database, but not a Parley database");
    if (version > schema::kVersion)
        throw DatabaseError(quoted(file) + ": made by a newer Parley (schema version " +
                            std::to_string(version) + "; this Parley reads up to version " +
                            std::to_string(schema::kVersion) +
                            "). Open it with a newer Parley; it has not been changed.");
}

int countOf(SQLite::Database& db, const std::string& table)
{
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
}

std::vector<Count> countsOf(SQLite::Database& db, const std::string& sql, const SqlFragment& ids)
{
    SQLite::Statement query(db, sql);
    ids.bindTo(query);
    std::vector<Count> counts;
    while (query.executeStep())
        counts.push_back({query.getColumn(0).getString(), query.getColumn(1).getInt()});
    return counts;
}

SqlFragment allIds(const char* table) { return {std::string("SELECT id FROM ") + table, {}}; }

} // namespace

Store::Store(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
    m_impl->db.exec("PRAGMA foreign_keys = ON");
}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::create(const fs::path& file)
{
    if (fs::exists(file))
        throw DatabaseError(quoted(file) + ": already exists; choose a new file name");
    try {
        Store store(std::make_unique<Impl>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        schema::migrate(store.m_impl->db);
        return store;
    } catch (const SQLite::Exception& error) {
        throw DatabaseError(quoted(file) + ": cannot create the database: " + error.what());
    }
}

Store Store::open(const fs::path& file, Access access)
{
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        throw DatabaseError(quoted(file) + (fs::exists(file, error) ? ": not a regular file"
                                                                    : ": no such database file"));
    const int flags = access == Access::ReadOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE;
    std::unique_ptr<Impl> impl;
    try {
        impl = std::make_unique<Impl>(file, flags);
    } catch (const SQLite::Exception& e) {
        throw DatabaseError(quoted(file) + ": cannot be opened: " + e.what());
    }
    requireParleyDatabase(impl->db, file);
    return Store(std::move(impl));
}

Store Store::inMemory()
{
    Store store(std::make_unique<Impl>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
    schema::migrate(store.m_impl->db);
    return store;
}

const fs::path& Store::file() const { return m_impl->file; }

void Store::import(const Dataset& dataset) { importDataset(m_impl->db, dataset); }

Dataset Store::exportAll() const
{
    auto& db = m_impl->db;
    return {loadSources(db),
            loadCountries(db),
            loadTopics(db),
            loadOfficials(db, allIds("official")),
            loadMeetings(db, allIds("meeting"), Order::ById),
            loadMeasures(db, allIds("measure"), Order::ById)};
}

std::vector<Meeting> Store::meetings(const Filter& filter) const
{
    return loadMeetings(m_impl->db, matchingMeetingIds(m_impl->db, filter), Order::ByDate);
}

std::vector<Measure> Store::measures(const Filter& filter) const
{
    return loadMeasures(m_impl->db, matchingMeasureIds(filter), Order::ByDate);
}

std::vector<Engagement> Store::engagements(const std::string& officialId, const Filter& range) const
{
    const auto found = official(officialId);
    if (!found)
        throw DataError("no official with id \"" + officialId + "\" in " + quoted(m_impl->file));
    Filter ofOfficial;
    ofOfficial.setFrom(range.from());
    ofOfficial.setTo(range.to());
    ofOfficial.setOfficials({officialId});
    std::vector<Engagement> engagements;
    for (auto& meeting : meetings(ofOfficial)) {
        Engagement engagement{
            meeting.id, meeting.title, meeting.start, meeting.end, meeting.precision, {}, {}};
        for (const auto& position : found->positions) {
            if (position.heldOn(meeting.start))
                engagement.positions.push_back(position);
        }
        std::erase(meeting.participants, officialId);
        engagement.with = std::move(meeting.participants);
        engagements.push_back(std::move(engagement));
    }
    return engagements;
}

std::vector<Count> Store::meetingsPerCountry(const Filter& filter) const
{
    const auto ids = matchingMeetingIds(m_impl->db, filter, Facet::Countries);
    return countsOf(m_impl->db,
                    "WITH matched(id) AS (" + ids.sql +
                        "), involved(meeting_id, country_id) AS ("
                        " SELECT m.id, m.host_id FROM meeting m JOIN matched USING (id)"
                        " UNION SELECT p.meeting_id, o.country_id FROM meeting_participant p"
                        " JOIN matched ON matched.id = p.meeting_id"
                        " JOIN official o ON o.id = p.official_id)"
                        " SELECT c.code, count(*) FROM involved JOIN country c ON c.id = country_id"
                        " GROUP BY c.code ORDER BY c.code",
                    ids);
}

std::vector<Count> Store::meetingsPerTopic(const Filter& filter) const
{
    const auto ids = matchingMeetingIds(m_impl->db, filter, Facet::Topics);
    return countsOf(m_impl->db,
                    "WITH RECURSIVE matched(id) AS (" + ids.sql +
                        "), under(ancestor, topic) AS ("
                        " SELECT id, id FROM topic"
                        " UNION SELECT under.ancestor, t.id FROM topic t"
                        " JOIN under ON t.parent_id = under.topic)"
                        " SELECT a.slug, count(DISTINCT mt.meeting_id) FROM under"
                        " JOIN meeting_topic mt ON mt.topic_id = under.topic"
                        " JOIN matched ON matched.id = mt.meeting_id"
                        " JOIN topic a ON a.id = under.ancestor"
                        " GROUP BY a.slug ORDER BY a.slug",
                    ids);
}

std::optional<Official> Store::official(const std::string& id) const
{
    auto found = loadOfficials(m_impl->db, {"SELECT id FROM official WHERE slug = ?", {id}});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<Official> Store::officials() const
{
    return loadOfficials(m_impl->db, allIds("official"));
}

std::vector<Country> Store::countries() const { return loadCountries(m_impl->db); }

std::vector<Topic> Store::topics() const { return loadTopics(m_impl->db); }

std::vector<Source> Store::sources() const { return loadSources(m_impl->db); }

StoreStats Store::stats() const
{
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
        stats.meetingSpan =
            periodOf(dateColumn(span.getColumn(0)), dateColumn(span.getColumn(1)), Precision::Day);
    return stats;
}

void Store::requireKnownIds(const Filter& filter) const
{
    struct IdFacet {
        const Filter::Ids& ids;
        const char* sql;
        const char* what;
    };
    const IdFacet facets[] = {
        {filter.countries(), "SELECT 1 FROM country WHERE code = ?", "country"},
        {filter.topics(), "SELECT 1 FROM topic WHERE slug = ?", "topic"},
        {filter.officials(), "SELECT 1 FROM official WHERE slug = ?", "official"},
    };
    for (const auto& facet : facets) {
        SQLite::Statement query(m_impl->db, facet.sql);
        for (const auto& id : facet.ids) {
            query.bind(1, id);
            if (!query.executeStep())
                throw DataError(std::string("no ") + facet.what + " with id \"" + id + "\" in " +
                                quoted(m_impl->file));
            query.reset();
        }
    }
}

std::vector<std::string> Store::check() const
{
    auto& db = m_impl->db;
    std::vector<std::string> problems;
    try {
        SQLite::Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            const auto line = integrity.getColumn(0).getString();
            if (line != "ok")
                problems.push_back("integrity: " + line);
        }
        SQLite::Statement foreignKeys(db, "PRAGMA foreign_key_check");
        while (foreignKeys.executeStep())
            problems.push_back("foreign key: row " + foreignKeys.getColumn(1).getString() + " of " +
                               foreignKeys.getColumn(0).getString() + " refers to a missing " +
                               foreignKeys.getColumn(2).getString());
    } catch (const SQLite::Exception& error) {
        // Damage can stop a check half way; that is a finding, not a failure.
        problems.push_back(std::string("damaged: ") + error.what());
    }
    // FTS5 checks its index through an INSERT, which a read-only connection refuses.
    if (sqlite3_db_readonly(db.getHandle(), "main") == 0) {
        try {
            db.exec("INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('integrity-check', 1)");
        } catch (const SQLite::Exception& error) {
            problems.push_back(std::string("full-text index: ") + error.what());
        }
    }
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version != schema::kVersion)
        problems.push_back("schema version " + std::to_string(version) + ", expected " +
                           std::to_string(schema::kVersion));
    return problems;
}

} // namespace parley
