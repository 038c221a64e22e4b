// Store::open and Store::create refuse files they cannot use, with a
// DatabaseError naming the file, and never change a byte of them.
#include "tests/db/RawSqlite.h"
#include "tests/db/TestData.h"

#include "db/store/Schema.h"

#include <functional>
#include <optional>

namespace parley::test {
namespace {

class OpenErrors : public ::testing::Test {
protected:
    fs::path parleyDatabase(const std::string& name) const
    {
        auto file = m_dir / name;
        Store::create(file).import(loadDataset(sampleDatasetFile()));
        return file;
    }

    // Opening fails with a DatabaseError naming the file and saying `why`,
    // in both access modes, and the file keeps every byte.
    void expectRefused(const fs::path& file, const std::string& why) const
    {
        const bool existed = fs::exists(file);
        const bool regular = fs::is_regular_file(file);
        const auto before = regular ? readBytes(file) : std::string();
        for (const auto access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            try {
                Store::open(file, access);
                ADD_FAILURE() << file << " was opened";
            } catch (const DatabaseError& error) {
                const std::string message = error.what();
                EXPECT_TRUE(message.starts_with(file.string() + ":")) << message;
                EXPECT_NE(message.find(why), std::string::npos) << message;
            }
        }
        ASSERT_EQ(fs::exists(file), existed) << file;
        if (regular) {
            EXPECT_EQ(readBytes(file), before) << file << " was changed";
        }
        EXPECT_FALSE(fs::exists(file.string() + "-journal"));
        EXPECT_FALSE(fs::exists(file.string() + "-wal"));
    }

    TempDir m_dir;
};

TEST_F(OpenErrors, SoundDatabaseOpensAndChecksClean)
{
    const auto file = parleyDatabase("parley.db");
    const auto store = Store::open(file, Store::Access::ReadOnly);
    EXPECT_EQ(store.file(), file);
    EXPECT_EQ(store.stats().schemaVersion, schema::kVersion);
    EXPECT_EQ(store.stats().meetings, 5);
    EXPECT_TRUE(store.check().empty());
}

TEST_F(OpenErrors, MissingFileIsRefusedAndNotCreated)
{
    expectRefused(m_dir / "missing.db", "no such database file");
}

TEST_F(OpenErrors, DirectoryIsRefused) { expectRefused(m_dir.path(), "not a regular file"); }

TEST_F(OpenErrors, TextFileIsNotADatabase)
{
    const auto file = m_dir / "notes.db";
    writeBytes(file, std::string(4096, 'x') + "\nThis is not a database, just some text.\n");
    expectRefused(file, "not a SQLite database");
}

TEST_F(OpenErrors, ZeroByteFileIsNotAParleyDatabase)
{
    const auto file = m_dir / "empty.db";
    writeBytes(file, "");
    expectRefused(file, "empty file, not a Parley database");
    EXPECT_EQ(fs::file_size(file), 0u);
}

TEST_F(OpenErrors, OtherSqliteFileIsNotAParleyDatabase)
{
    const auto file = m_dir / "other.db";
    runSql(file, "CREATE TABLE meeting (id INTEGER PRIMARY KEY, title TEXT);"
                 "INSERT INTO meeting (title) VALUES ('not ours');"
                 "PRAGMA user_version = 1;");
    expectRefused(file, "not a Parley database");
}

TEST_F(OpenErrors, NewerSchemaVersionIsRefusedUnchanged)
{
    const auto file = parleyDatabase("newer.db");
    runSql(file, "PRAGMA user_version = 99");
    expectRefused(file, "newer Parley");
    try {
        Store::open(file);
    } catch (const DatabaseError& error) {
        EXPECT_NE(std::string(error.what()).find("99"), std::string::npos) << error.what();
    }
}

TEST_F(OpenErrors, CreateRefusesAnExistingFile)
{
    const auto file = parleyDatabase("parley.db");
    const auto before = readBytes(file);
    EXPECT_THROW(Store::create(file), DatabaseError);
    EXPECT_EQ(readBytes(file), before);
    writeBytes(m_dir / "notes.txt", "keep me");
    EXPECT_THROW(Store::create(m_dir / "notes.txt"), DatabaseError);
    EXPECT_EQ(readBytes(m_dir / "notes.txt"), "keep me");
}

TEST_F(OpenErrors, CreateInAMissingDirectoryIsADatabaseError)
{
    EXPECT_THROW(Store::create(m_dir / "no" / "such" / "dir.db"), DatabaseError);
}

// Whatever is asked of a damaged file, the answer is data or a DatabaseError
// naming the file: no other exception, no crash (the sanitizer build runs this).
void expectOnlyDatabaseErrors(const fs::path& file)
{
    const auto expectNamed = [&](const DatabaseError& error) {
        EXPECT_TRUE(std::string(error.what()).starts_with(file.string() + ": ")) << error.what();
    };
    std::optional<Store> store;
    try {
        store.emplace(Store::open(file));
    } catch (const DatabaseError& error) {
        expectNamed(error);
        return;
    }
    Filter text;
    text.setText("wang");
    const std::vector<std::function<void()>> queries{
        [&] { store->exportAll(); },
        [&] { store->meetings({}); },
        [&] { store->meetings(text); },
        [&] { store->measures({}); },
        [&] { store->meetingsPerCountry({}); },
        [&] { store->meetingsPerTopic({}); },
        [&] { store->officials(); },
        [&] { store->stats(); },
        [&] { store->engagements("wang-yi", {}); },
        [&] { store->check(); },
    };
    for (const auto& query : queries) {
        try {
            query();
        } catch (const DatabaseError& error) {
            expectNamed(error);
        } catch (const DataError&) {
            // An unknown id: the damage hid the record.
        }
    }
}

class DamagedFiles : public OpenErrors {
protected:
    void SetUp() override
    {
        Store::create(m_sound).import(testDataset());
        m_size = fs::file_size(m_sound);
    }
    fs::path m_sound = m_dir / "sound.parley";
    std::size_t m_size = 0;
};

TEST_F(DamagedFiles, CheckFindsAGarbagePage)
{
    const auto file =
        damagedCopy(m_sound, m_dir / "damaged.parley", m_size / 2 / 4096 * 4096, 4096);
    const auto problems = Store::open(file, Store::Access::ReadOnly).check();
    EXPECT_FALSE(problems.empty());
    expectOnlyDatabaseErrors(file);
}

TEST_F(DamagedFiles, ADamagedSchemaIsRefusedWhenOpening)
{
    // Page 1 holds the 100-byte file header, then the schema table.
    const auto file = damagedCopy(m_sound, m_dir / "schema.parley", 100, 4096 - 100);
    expectRefused(file, "the database is damaged");
}

TEST_F(DamagedFiles, ATruncatedFileIsReportedNotTrusted)
{
    auto bytes = readBytes(m_sound);
    bytes.resize(bytes.size() / 2 + 1000); // cut inside a page
    const auto file = m_dir / "truncated.parley";
    writeBytes(file, bytes);
    // Where the cut falls decides whether opening or checking finds it first.
    try {
        EXPECT_FALSE(Store::open(file, Store::Access::ReadOnly).check().empty());
    } catch (const DatabaseError& error) {
        EXPECT_EQ(std::string(error.what()),
                  file.string() + ": the database is damaged (database disk image is malformed);"
                                  " restore it from a backup copy");
    }
    expectOnlyDatabaseErrors(file);
}

TEST_F(DamagedFiles, GarbageAnywhereNeverCrashes)
{
    for (std::size_t page = 1; page * 4096 < m_size; page += 3) {
        SCOPED_TRACE("page " + std::to_string(page));
        expectOnlyDatabaseErrors(
            damagedCopy(m_sound, m_dir / ("page" + std::to_string(page)), page * 4096, 4096));
    }
}

} // namespace
} // namespace parley::test
