// A database made by an older Parley: opening it for writing first writes a
// backup copy beside it, then upgrades it in one transaction, keeps every
// record, rebuilds the search index, and says so in a notice naming the copy.
// Reading alone never changes it.
#include "tests/db/OldDatabases.h"
#include "tests/db/RawSqlite.h"

#include <SQLiteCpp/Statement.h>

namespace parley::test {
namespace {

// Every table, index and trigger with the SQL that made it.
std::vector<std::string> schemaOf(const fs::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '')"
                                " FROM sqlite_schema ORDER BY type, name");
    std::vector<std::string> rows;
    while (query.executeStep())
        rows.push_back(query.getColumn(0).getString());
    return rows;
}

class SchemaUpgrade : public ::testing::Test {
protected:
    void SetUp() override { makeVersionOneDatabase(m_file); }

    std::string expectedExport() const
    {
        return writeDataset(storeWith(testDataset()).exportAll());
    }

    TempDir m_dir;
    fs::path m_file = m_dir / "old.parley";
};

TEST_F(SchemaUpgrade, WritesABackupThenUpgradesKeepingEveryRecord)
{
    const auto store = Store::open(m_file);
    const auto backup = fs::path(m_file.string() + ".v1.bak");
    ASSERT_TRUE(store.migrationNotice().has_value());
    EXPECT_EQ(*store.migrationNotice(), m_file.string() + ": upgraded from schema version 1 to " +
                                            std::to_string(schema::kVersion) +
                                            " (it was made by an older Parley); the "
                                            "file as it was is kept as " +
                                            backup.string());
    EXPECT_EQ(store.stats().schemaVersion, schema::kVersion);
    EXPECT_EQ(writeDataset(store.exportAll()), expectedExport());
    EXPECT_TRUE(store.check().empty());

    // The backup is the version-1 database, whole.
    ASSERT_TRUE(fs::exists(backup));
    {
        SQLite::Database copy(backup.string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(copy.execAndGet("PRAGMA user_version").getInt(), 1);
        EXPECT_EQ(copy.execAndGet("PRAGMA integrity_check").getString(), "ok");
    }
    const auto restored = m_dir / "restored.parley";
    fs::copy_file(backup, restored);
    EXPECT_EQ(writeDataset(Store::open(restored).exportAll()), expectedExport());
}

TEST_F(SchemaUpgrade, RebuildsTheSearchIndexForSubstringsAndCjk)
{
    const auto store = Store::open(m_file);
    Filter text;
    text.setText("aimond"); // inside a word: only the trigram index finds it
    EXPECT_EQ(idsOf(store.meetings(text)),
              (std::vector<std::string>{"raimondo-wang-wentao-washington-2023-05-25",
                                        "raimondo-beijing-2023-08-28"}));
}

TEST_F(SchemaUpgrade, GivesTheSameSchemaAsANewDatabase)
{
    Store::open(m_file);
    const auto fresh = m_dir / "fresh.parley";
    Store::create(fresh);
    EXPECT_EQ(schemaOf(m_file), schemaOf(fresh));
}

TEST_F(SchemaUpgrade, HappensOnceAndNeverOverwritesABackup)
{
    const auto first = fs::path(m_file.string() + ".v1.bak");
    writeBytes(first, "an older backup, kept");
    const auto store = Store::open(m_file);
    const auto second = fs::path(m_file.string() + ".v1-2.bak");
    ASSERT_TRUE(store.migrationNotice().has_value());
    EXPECT_TRUE(store.migrationNotice()->ends_with(second.string()));
    EXPECT_TRUE(fs::exists(second));
    EXPECT_EQ(readBytes(first), "an older backup, kept");
    EXPECT_FALSE(Store::open(m_file).migrationNotice().has_value());
    EXPECT_FALSE(fs::exists(m_file.string() + ".v1-3.bak"));
}

TEST_F(SchemaUpgrade, ReadingOnlyRefusesAndChangesNothing)
{
    const auto before = readBytes(m_file);
    try {
        Store::open(m_file, Store::Access::ReadOnly);
        ADD_FAILURE() << "an older database was opened read-only";
    } catch (const DatabaseError& error) {
        const std::string message = error.what();
        EXPECT_TRUE(message.starts_with(m_file.string() + ": made by an older Parley")) << message;
        EXPECT_NE(message.find("parley-db upgrade"), std::string::npos) << message;
    }
    EXPECT_EQ(readBytes(m_file), before);
    EXPECT_FALSE(fs::exists(m_file.string() + ".v1.bak"));
}

TEST_F(SchemaUpgrade, AnUpgradeThatCannotFinishLeavesTheFileAsItWas)
{
    const auto before = readBytes(m_file);
    {
        // Another program is writing: the upgrade waits, gives up, and undoes nothing.
        RawSqlite writer(m_file);
        writer.exec("BEGIN IMMEDIATE");
        try {
            Store::open(m_file);
            ADD_FAILURE() << "upgraded while another program held the write lock";
        } catch (const DatabaseError& error) {
            EXPECT_NE(std::string(error.what()).find("locked by another program"),
                      std::string::npos)
                << error.what();
        }
        writer.exec("ROLLBACK");
    }
    EXPECT_EQ(readBytes(m_file), before);
    EXPECT_EQ(Store::open(m_file).stats().schemaVersion, schema::kVersion);
}

TEST(SchemaMigrations, StepByStepReachesEachVersion)
{
    const TempDir dir;
    const auto file = dir / "steps.parley";
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    EXPECT_EQ(schema::version(db), 0);
    schema::migrate(db, 1);
    EXPECT_EQ(schema::version(db), 1);
    EXPECT_NE(db.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'meeting_fts'")
                  .getString()
                  .find("unicode61"),
              std::string::npos);
    schema::migrate(db);
    EXPECT_EQ(schema::version(db), schema::kVersion);
    EXPECT_NE(db.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'meeting_fts'")
                  .getString()
                  .find("trigram"),
              std::string::npos);
}

} // namespace
} // namespace parley::test
