// Sharing a database file: read-only stores (by choice or by permissions)
// answer queries and refuse changes; a store waits briefly for another
// program's write lock and then says so; a store notices changes that other
// connections commit.
#include "tests/db/RawSqlite.h"
#include "tests/db/TestData.h"
#include "tests/db/Unprivileged.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <thread>

namespace parley::test {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

class StoreAccess : public ::testing::Test {
protected:
    void SetUp() override { Store::create(m_file).import(loadDataset(sampleDatasetFile())); }

    // A store that cannot change the file still reads it, refuses an import
    // with a DatabaseError that says why, and leaves every byte.
    void expectReadsButRefusesChanges(Store store) const
    {
        const auto before = readBytes(m_file);
        EXPECT_TRUE(store.isReadOnly());
        EXPECT_EQ(store.meetings({}).size(), 5u);
        try {
            store.import(testDataset());
            ADD_FAILURE() << "a read-only store imported";
        } catch (const DatabaseError& error) {
            EXPECT_EQ(std::string(error.what()),
                      m_file.string() +
                          ": read-only (opened for reading, or the file or its folder cannot be "
                          "written); nothing was imported");
        }
        EXPECT_EQ(readBytes(m_file), before);
    }

    TempDir m_dir;
    fs::path m_file = m_dir / "shared.parley";
};

TEST_F(StoreAccess, ReadOnlyAccessReadsAndRefusesChanges)
{
    expectReadsButRefusesChanges(Store::open(m_file, Store::Access::ReadOnly));
    EXPECT_FALSE(Store::open(m_file).isReadOnly());
    EXPECT_FALSE(Store::inMemory().isReadOnly());
}

// Permissions for everyone, so that the test means the same as root (run as
// nobody) and as an ordinary user.
constexpr auto kReadOnly = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
constexpr auto kOpenFolder = fs::perms::all;
constexpr auto kClosedFolder =
    kReadOnly | fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;

TEST_F(StoreAccess, AReadOnlyFileOpensReadOnly)
{
    fs::permissions(m_dir.path(), kOpenFolder);
    fs::permissions(m_file, kReadOnly);
    asOrdinaryUser([&] { expectReadsButRefusesChanges(Store::open(m_file)); });
}

TEST_F(StoreAccess, AFileInAReadOnlyFolderOpensReadOnly)
{
    // SQLite writes its journal beside the file, so the folder must be writable too.
    fs::permissions(m_file, fs::perms::all & ~fs::perms::owner_exec & ~fs::perms::group_exec &
                                ~fs::perms::others_exec);
    fs::permissions(m_dir.path(), kClosedFolder);
    asOrdinaryUser([&] { expectReadsButRefusesChanges(Store::open(m_file)); });
    fs::permissions(m_dir.path(), fs::perms::owner_all);
}

TEST_F(StoreAccess, AnotherProgramsExclusiveLockIsWaitedForThenNamed)
{
    RawSqlite other(m_file);
    other.exec("BEGIN EXCLUSIVE");
    for (const auto access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
        const auto start = Clock::now();
        try {
            Store::open(m_file, access);
            ADD_FAILURE() << "opened a file that another program holds exclusively";
        } catch (const DatabaseError& error) {
            EXPECT_EQ(std::string(error.what()),
                      m_file.string() +
                          ": locked by another program that is changing it (waited 2 seconds); "
                          "try again when that program has finished");
        }
        EXPECT_GE(secondsSince(start), 1.5);
        EXPECT_LT(secondsSince(start), 30.0);
    }
    other.exec("ROLLBACK");
    EXPECT_EQ(Store::open(m_file).stats().meetings, 5);
}

TEST_F(StoreAccess, AnImportWaitsForAnotherWriterAndGivesUpCleanly)
{
    auto store = Store::open(m_file);
    const auto before = readBytes(m_file);
    RawSqlite other(m_file);
    other.exec("BEGIN IMMEDIATE");
    EXPECT_EQ(store.meetings({}).size(), 5u); // reading goes on meanwhile
    const auto start = Clock::now();
    EXPECT_THROW(store.import(testDataset()), DatabaseError);
    EXPECT_GE(secondsSince(start), 1.5);
    other.exec("ROLLBACK");
    EXPECT_EQ(readBytes(m_file), before);

    // A lock released within the wait lets the import through.
    other.exec("BEGIN IMMEDIATE");
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.exec("COMMIT");
    });
    EXPECT_NO_THROW(store.import(testDataset()));
    release.join();
    EXPECT_GT(store.stats().meetings, 52); // the sample's and the test dataset's
}

TEST_F(StoreAccess, DataVersionChangesWhenAnotherConnectionCommits)
{
    auto watcher = Store::open(m_file, Store::Access::ReadOnly);
    const int start = watcher.dataVersion();
    EXPECT_EQ(watcher.dataVersion(), start); // nothing happened

    auto writer = Store::open(m_file);
    const int writerStart = writer.dataVersion();
    writer.import(testDataset());
    const int afterImport = watcher.dataVersion();
    EXPECT_NE(afterImport, start);
    EXPECT_EQ(watcher.meetings({}).size(), writer.meetings({}).size());
    EXPECT_GT(watcher.meetings({}).size(), 5u);
    // A store's own changes do not count: it knows about them already.
    EXPECT_EQ(writer.dataVersion(), writerStart);

    RawSqlite(m_file).exec("UPDATE meeting SET title = title || '!' WHERE id = 1");
    EXPECT_NE(watcher.dataVersion(), afterImport);
}

} // namespace
} // namespace parley::test

namespace parley::test {
namespace {

// Statistics of SQLite's memory cost a process-wide lock on every allocation,
// which the import's two threads and the window's query threads contended for.
TEST(SqliteSettings, KeepNoStatisticsOfMemory)
{
    auto store = storeWith(testDataset());
    EXPECT_FALSE(store.meetings(Filter()).empty());
    sqlite3_int64 used = -1;
    sqlite3_int64 highest = -1;
    ASSERT_EQ(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
    EXPECT_EQ(used, 0);
    EXPECT_EQ(highest, 0);
}

} // namespace
} // namespace parley::test
