// Store::open and Store::create refuse files they cannot use, with a
// DatabaseError naming the file, and never change a byte of them.
#include "tests/db/TestData.h"

#include <sqlite3.h>

namespace parley::test {
namespace {

// Runs SQL on a file with SQLite itself, to forge files Parley did not make.
void runSql(const fs::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    const int opened = sqlite3_open(file.c_str(), &db);
    const int ran =
        opened == SQLITE_OK ? sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) : opened;
    const std::string message = sqlite3_errmsg(db);
    sqlite3_close(db);
    if (ran != SQLITE_OK)
        throw std::runtime_error(file.string() + ": " + message);
}

class OpenErrors : public ::testing::Test {
protected:
    fs::path parleyDatabase(const std::string& name) const
    {
        const auto file = m_dir / name;
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
    EXPECT_EQ(store.stats().schemaVersion, 1);
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
    expectRefused(file, "not a Parley database");
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

TEST_F(OpenErrors, CheckFindsADamagedFile)
{
    const auto file = parleyDatabase("damaged.db");
    {
        auto store = Store::open(file);
        store.import(testDataset());
    }
    // Overwrite one whole page in the middle: a b-tree page becomes garbage.
    auto bytes = readBytes(file);
    const std::size_t pageSize = 4096;
    const std::size_t middle = (bytes.size() / pageSize / 2) * pageSize;
    ASSERT_GT(middle, pageSize);
    for (std::size_t i = 0; i < pageSize; ++i)
        bytes[middle + i] = static_cast<char>(0xA5 ^ (i * 7));
    writeBytes(file, bytes);
    try {
        const auto store = Store::open(file, Store::Access::ReadOnly);
        EXPECT_FALSE(store.check().empty());
    } catch (const DatabaseError&) {
        SUCCEED() << "refused when opening, which also reports the damage";
    }
}

} // namespace
} // namespace parley::test
