#include "db/store/BulkWriter.h"

#include "db/store/PreparedInsert.h"
#include "db/store/SchemaSetAside.h"
#include "db/store/SearchIndexBuilder.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include <array>
#include <string>

namespace parley {

namespace {

constexpr const char* kSearchTable = "meeting_fts";

std::string schemaSql(SQLite::Database& db, const char* type, const char* name)
{
    SQLite::Statement query(db, "SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?");
    query.bind(1, type);
    query.bind(2, name);
    if (!query.executeStep())
        throw SQLite::Exception(std::string("no ") + type + " " + name + " in the schema");
    return query.getColumn(0).getString();
}

std::string linkInsert(const char* table, const char* owner, const char* target)
{
    return std::string("INSERT INTO ") + table + " (" + owner + ", " + target + ") VALUES (?, ?)";
}

} // namespace

struct BulkWriter::Impl {
    explicit Impl(const std::filesystem::path& file)
        : db(file.string(), SQLite::OPEN_READWRITE)
        , scratch{file.string() + "-search"}
        , search(scratch.path, schemaSql(db, "table", kSearchTable), rows)
    {
        // Safe only because the file is new and private to us: a failure
        // leaves garbage that the caller deletes (see the header).
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                " PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY;"
                " PRAGMA cache_size = -262144");
        db.exec("BEGIN");
        // Secondary indexes and the full-text triggers are built in one pass
        // at the end (the index in its own file, SearchIndexBuilder.h).
        deferred.emplace(db, "type IN ('index', 'trigger')");
    }

    // Deleted after the builder has stopped writing to it.
    struct ScratchFile {
        std::filesystem::path path;
        ~ScratchFile()
        {
            std::error_code ignored;
            std::filesystem::remove(path, ignored);
        }
    };

    SQLite::Database db;
    ScratchFile scratch;
    SearchRowQueue rows;
    SearchIndexBuilder search;
    std::optional<SchemaSetAside> deferred;
    PreparedInsert country{db, "INSERT INTO country (id, code, name) VALUES (?, ?, ?)"};
    PreparedInsert topic{db, "INSERT INTO topic (id, slug, name, parent_id) VALUES (?, ?, ?, ?)"};
    PreparedInsert source{db, "INSERT INTO source (id, slug, publisher, title, published, url)"
                              " VALUES (?, ?, ?, ?, ?, ?)"};
    PreparedInsert official{
        db, "INSERT INTO official (id, slug, name, country_id) VALUES (?, ?, ?, ?)"};
    PreparedInsert alias{db, "INSERT INTO official_alias (official_id, alias) VALUES (?, ?)"};
    PreparedInsert position{db,
                            "INSERT INTO position (official_id, title, organization, start_date,"
                            " end_date) VALUES (?, ?, ?, ?, ?)"};
    PreparedInsert measure{
        db, "INSERT INTO measure (id, slug, title, kind, imposed_by_id, target_entity,"
            " announced, precision, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"};
    PreparedInsert meeting{
        db, "INSERT INTO meeting (id, slug, title, start_date, end_date, precision,"
            " location, host_id, kind, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
    // In the order of BulkWriter::Link.
    std::array<PreparedInsert, 7> links{{
        {db, linkInsert("meeting_participant", "meeting_id", "official_id")},
        {db, linkInsert("meeting_topic", "meeting_id", "topic_id")},
        {db, linkInsert("meeting_measure", "meeting_id", "measure_id")},
        {db, linkInsert("meeting_source", "meeting_id", "source_id")},
        {db, linkInsert("measure_target", "measure_id", "country_id")},
        {db, linkInsert("measure_topic", "measure_id", "topic_id")},
        {db, linkInsert("measure_source", "measure_id", "source_id")},
    }};
};

BulkWriter::BulkWriter(const std::filesystem::path& file)
    : m_impl(std::make_unique<Impl>(file))
{
}

BulkWriter::~BulkWriter() = default;

void BulkWriter::country(Key key, std::string_view code, std::string_view name)
{
    m_impl->country(key)(code)(name).run();
}

void BulkWriter::topic(Key key, std::string_view slug, std::string_view name,
                       std::optional<Key> parent)
{
    m_impl->topic(key)(slug)(name)(parent).run();
}

void BulkWriter::source(Key key, std::string_view slug, std::string_view publisher,
                        std::string_view title, std::string_view published, Text url)
{
    m_impl->source(key)(slug)(publisher)(title)(published)(url).run();
}

void BulkWriter::official(Key key, std::string_view slug, std::string_view name, Key country)
{
    m_impl->official(key)(slug)(name)(country).run();
}

void BulkWriter::alias(Key official, std::string_view alias)
{
    m_impl->alias(official)(alias).run();
}

void BulkWriter::position(Key official, std::string_view title, std::string_view organization,
                          std::string_view start, Text end)
{
    m_impl->position(official)(title)(organization)(start)(end).run();
}

void BulkWriter::measure(const MeasureRow& row)
{
    m_impl
        ->measure(row.key)(row.slug)(row.title)(row.kind)(row.imposedBy)(row.targetEntity)(
            row.announced)(row.precision)(row.summary)
        .run();
}

void BulkWriter::meeting(const MeetingRow& row)
{
    m_impl
        ->meeting(row.key)(row.slug)(row.title)(row.start)(row.end)(row.precision)(row.location)(
            row.host)(row.kind)(row.summary)
        .run();
    m_impl->rows.push({row.key, row.title, row.summary, row.location});
}

void BulkWriter::link(Link table, Key owner, Key target)
{
    m_impl->links[static_cast<std::size_t>(table)](owner)(target).run();
}

void BulkWriter::finish()
{
    auto& db = m_impl->db;
    m_impl->rows.close();
    m_impl->deferred->restore();
    m_impl->search.finish();
    m_impl->search.copyInto(db);
    db.exec("COMMIT");
    db.exec("PRAGMA journal_mode = DELETE");
}

} // namespace parley
