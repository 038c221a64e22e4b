#include "db/store/Schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <string>

namespace parley::schema {

namespace {

// A valid ISO calendar date: SQLite's date() normalises 2023-02-30 to
// 2023-03-02 and rejects 2023-13-01, so a date that survives unchanged exists.
#define PARLEY_ISO_DATE(column) "CHECK (date(" column ") IS " column ")"

// Each entry migrates from version (index) to version (index + 1). Old steps
// stay: a new database is made by running them all, so every step is tested.
constexpr std::array<const char*, 3> kMigrations{
    // Version 1: the whole `parley/1` model. Records have an integer key for
    // compact joins and the format's slug as a unique id.
    R"sql(
CREATE TABLE source (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    publisher TEXT NOT NULL,
    title     TEXT NOT NULL,
    published TEXT NOT NULL )sql" PARLEY_ISO_DATE("published") R"sql(,
    url       TEXT
);
CREATE TABLE country (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE topic (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    parent_id INTEGER REFERENCES topic(id) ON DELETE SET NULL
);
CREATE INDEX topic_by_parent ON topic(parent_id);

CREATE TABLE official (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    country_id  INTEGER NOT NULL REFERENCES country(id),
    native_name TEXT
);
CREATE INDEX official_by_country ON official(country_id);
CREATE TABLE official_alias (
    official_id INTEGER NOT NULL REFERENCES official(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    PRIMARY KEY (official_id, alias)
) WITHOUT ROWID;
CREATE TABLE position (
    id           INTEGER PRIMARY KEY,
    official_id  INTEGER NOT NULL REFERENCES official(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    organization TEXT NOT NULL,
    start_date   TEXT NOT NULL )sql" PARLEY_ISO_DATE("start_date") R"sql(,
    end_date     TEXT )sql" PARLEY_ISO_DATE("end_date") R"sql(,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX position_by_official ON position(official_id, start_date);

CREATE TABLE meeting (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    start_date TEXT NOT NULL )sql" PARLEY_ISO_DATE("start_date") R"sql(,
    end_date   TEXT NOT NULL )sql" PARLEY_ISO_DATE("end_date") R"sql(,
    precision  TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    location   TEXT,
    host_id    INTEGER NOT NULL REFERENCES country(id),
    kind       TEXT NOT NULL
               CHECK (kind IN ('bilateral', 'multilateral', 'summit', 'call', 'visit')),
    summary    TEXT,
    -- The last day the meeting covers: a month-precision meeting lasts the whole month.
    last_day   TEXT NOT NULL GENERATED ALWAYS AS (
                   CASE precision
                       WHEN 'month' THEN date(end_date, 'start of month', '+1 month', '-1 day')
                       WHEN 'year' THEN date(end_date, 'start of year', '+1 year', '-1 day')
                       ELSE end_date END) STORED,
    CHECK (end_date >= start_date),
    CHECK (precision = 'day' OR substr(start_date, 9) = '01' AND substr(end_date, 9) = '01'),
    CHECK (precision <> 'year' OR substr(start_date, 6) = '01-01' AND substr(end_date, 6) = '01-01')
);
CREATE INDEX meeting_by_start ON meeting(start_date, last_day);
CREATE INDEX meeting_by_host ON meeting(host_id);

CREATE TABLE meeting_participant (
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES official(id),
    PRIMARY KEY (meeting_id, official_id)
) WITHOUT ROWID;
CREATE INDEX participant_by_official ON meeting_participant(official_id, meeting_id);
CREATE TABLE meeting_topic (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topic(id),
    PRIMARY KEY (meeting_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX meeting_topic_by_topic ON meeting_topic(topic_id, meeting_id);
CREATE TABLE meeting_source (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (meeting_id, source_id)
) WITHOUT ROWID;
CREATE INDEX meeting_source_by_source ON meeting_source(source_id);

CREATE TABLE measure (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('sanction', 'export-control', 'tariff', 'ban',
                                                'entity-list', 'investment-review', 'other')),
    imposed_by_id INTEGER NOT NULL REFERENCES country(id),
    target_entity TEXT,
    announced     TEXT NOT NULL )sql" PARLEY_ISO_DATE("announced") R"sql(,
    precision     TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    summary       TEXT,
    last_day      TEXT NOT NULL GENERATED ALWAYS AS (
                      CASE precision
                          WHEN 'month' THEN date(announced, 'start of month', '+1 month', '-1 day')
                          WHEN 'year' THEN date(announced, 'start of year', '+1 year', '-1 day')
                          ELSE announced END) STORED,
    CHECK (precision = 'day' OR substr(announced, 9) = '01'),
    CHECK (precision <> 'year' OR substr(announced, 6) = '01-01')
);
CREATE INDEX measure_by_announced ON measure(announced, last_day);
CREATE INDEX measure_by_imposer ON measure(imposed_by_id);
CREATE TABLE measure_target (
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    country_id INTEGER NOT NULL REFERENCES country(id),
    PRIMARY KEY (measure_id, country_id)
) WITHOUT ROWID;
CREATE INDEX measure_target_by_country ON measure_target(country_id, measure_id);
CREATE TABLE measure_topic (
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topic(id),
    PRIMARY KEY (measure_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX measure_topic_by_topic ON measure_topic(topic_id, measure_id);
CREATE TABLE measure_source (
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (measure_id, source_id)
) WITHOUT ROWID;
CREATE INDEX measure_source_by_source ON measure_source(source_id);
CREATE TABLE meeting_measure (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, measure_id)
) WITHOUT ROWID;
CREATE INDEX meeting_measure_by_measure ON meeting_measure(measure_id);

-- Full-text search over what a meeting says; kept in step by triggers.
CREATE VIRTUAL TABLE meeting_fts USING fts5(
    title, summary, location,
    content = 'meeting', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER meeting_fts_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO meeting_fts(rowid, title, summary, location)
    VALUES (new.id, new.title, new.summary, new.location);
END;
CREATE TRIGGER meeting_fts_delete AFTER DELETE ON meeting BEGIN
    INSERT INTO meeting_fts(meeting_fts, rowid, title, summary, location)
    VALUES ('delete', old.id, old.title, old.summary, old.location);
END;
CREATE TRIGGER meeting_fts_update AFTER UPDATE ON meeting BEGIN
    INSERT INTO meeting_fts(meeting_fts, rowid, title, summary, location)
    VALUES ('delete', old.id, old.title, old.summary, old.location);
    INSERT INTO meeting_fts(rowid, title, summary, location)
    VALUES (new.id, new.title, new.summary, new.location);
END;
)sql",
    // Version 2: search finds any run of three or more characters, in any
    // script. unicode61 split text at spaces, so CJK titles (which have none)
    // were one long word that no CJK search found. The triggers stay: they name
    // the table, not its tokenizer.
    R"sql(
DROP TABLE meeting_fts;
CREATE VIRTUAL TABLE meeting_fts USING fts5(
    title, summary, location,
    content = 'meeting', content_rowid = 'id',
    tokenize = 'trigram'
);
INSERT INTO meeting_fts(meeting_fts) VALUES ('rebuild');
)sql",
    // Version 3: the role a participant held at one meeting as the meeting's
    // record states it (parley/1 "roles"), for people whose offices are known
    // only from the meeting, such as a visiting leader. Few rows have one, so
    // a partial index finds them without reading every participant.
    R"sql(
ALTER TABLE meeting_participant ADD COLUMN role TEXT CHECK (role <> '');
CREATE INDEX participant_with_role ON meeting_participant(meeting_id) WHERE role IS NOT NULL;
)sql",
};

#undef PARLEY_ISO_DATE

} // namespace

void keepSearchMergesSmall(SQLite::Database& db)
{
    db.exec("INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('automerge', 0);"
            " INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('crisismerge', " +
            std::to_string(kSearchSegmentsBeforeMerge) + ")");
}

int version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void migrate(SQLite::Database& db, int targetVersion)
{
    // IMMEDIATE takes the write lock first, and the version is read under it,
    // so two programs upgrading the same file at once upgrade it once.
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    const int from = version(db);
    if (from >= targetVersion)
        return;
    for (int step = from; step < targetVersion; ++step)
        db.exec(kMigrations[static_cast<std::size_t>(step)]);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(targetVersion));
    transaction.commit();
}

} // namespace parley::schema
