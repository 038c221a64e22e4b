// The officials, countries, topics and measures kept in a file between
// starts come back as the store gives them, on the test data and on a
// synthetic world; a load nobody wants any more reads none; a file that
// is damaged, truncated, stale or of another kind is refused.
#include "db/index/IndexLoad.h"
#include "db/index/LoadProgress.h"
#include "db/index/RecordsFile.h"
#include "db/index/SnapshotFile.h"
#include "db/index/StoreColumns.h"
#include "db/synthetic/SyntheticData.h"
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

TEST(RecordsFile, TheTestDataComesBackAsTheStoreGivesIt)
{
    TempDir dir;
    const auto store = storeWith(testDataset());
    const auto records = loadReferenceRecords(store);
    ASSERT_FALSE(records.officials.empty());
    ASSERT_FALSE(records.measures.empty());
    saveReferenceRecords(records, dir / "db.records", "a stamp");
    EXPECT_EQ(readReferenceRecords(dir / "db.records", "a stamp"), records);
}

TEST(RecordsFile, ASyntheticWorldComesBackAsTheStoreGivesIt)
{
    TempDir dir;
    SyntheticOptions options;
    options.meetings = 3000;
    options.measures = 500;
    generateSyntheticDatabase(dir / "world.parley", options);
    const auto store = Store::open(dir / "world.parley", Store::Access::ReadOnly);
    const auto records = loadReferenceRecords(store);
    // Offices that ended and some that did not, aliases, parents and none.
    const auto hasEnded = [](const Official& o) {
        return std::ranges::any_of(o.positions,
                                   [](const Position& p) { return p.end.has_value(); });
    };
    ASSERT_TRUE(std::ranges::any_of(records.officials, hasEnded));
    ASSERT_TRUE(
        std::ranges::any_of(records.topics, [](const Topic& t) { return t.parent.has_value(); }));
    saveReferenceRecords(records, dir / "world.records", store.stamp());
    EXPECT_EQ(readReferenceRecords(dir / "world.records", store.stamp()), records);
}

TEST(RecordsFile, ACancelledLoadReadsNoRecords)
{
    const auto store = storeWith(testDataset());
    LoadProgress progress;
    EXPECT_FALSE(loadReferenceRecords(store, &progress).officials.empty());
    progress.cancel();
    EXPECT_THROW(loadReferenceRecords(store, &progress), LoadCancelled);
}

TEST(RecordsFile, NoRecordsComeBackAsNone)
{
    TempDir dir;
    saveReferenceRecords({}, dir / "none.records", "a stamp");
    EXPECT_EQ(readReferenceRecords(dir / "none.records", "a stamp"), ReferenceRecords());
}

TEST(RecordsFile, ItGoesBesideTheColumnsFile)
{
    EXPECT_EQ(recordsFileBeside("/cache/columns/abc.columns"),
              fs::path("/cache/columns/abc.records"));
    EXPECT_TRUE(recordsFileBeside({}).empty());
}

class BadRecordsFiles : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_store = std::make_unique<Store>(storeWith(testDataset()));
        saveReferenceRecords(loadReferenceRecords(*m_store), m_file, m_stamp);
        m_bytes = readBytes(m_file);
        ASSERT_GT(m_bytes.size(), 1000u);
    }

    void expectRefused(const std::string& reason, const std::string& stamp) const
    {
        expectRefusedBecause<SnapshotRefused>(reason, [&] { readReferenceRecords(m_file, stamp); });
    }

    TempDir m_dir;
    std::unique_ptr<Store> m_store;
    fs::path m_file = m_dir / "db.records";
    std::string m_stamp = "a stamp";
    std::string m_bytes;
};

TEST_F(BadRecordsFiles, EveryByteChangedIsNoticed)
{
    expectEveryChangedByteRefused<SnapshotRefused>(
        m_file, m_bytes, [&](const fs::path& file) { return readReferenceRecords(file, m_stamp); });
}

TEST_F(BadRecordsFiles, ATruncatedOrStaleFileIsRefused)
{
    for (const std::size_t size :
         {std::size_t{0}, std::size_t{40}, m_bytes.size() / 2, m_bytes.size() - 1}) {
        writeBytes(m_file, m_bytes.substr(0, size));
        EXPECT_THROW(readReferenceRecords(m_file, m_stamp), SnapshotRefused) << size;
    }
    writeBytes(m_file, m_bytes);
    expectRefused("of another state of the database", "a later stamp");
}

// Both kinds of file have the same header: neither is read as the other.
TEST_F(BadRecordsFiles, AColumnsFileIsNotReadAsRecordsNorTheOtherWay)
{
    const auto columns = m_dir / "db.columns";
    saveMeetingColumns(
        loadMeetingColumns(*m_store, m_store->officials(), m_store->countries(), m_store->topics()),
        columns, m_stamp);
    EXPECT_THROW(readReferenceRecords(columns, m_stamp), SnapshotRefused);
    EXPECT_THROW(readMeetingColumns(m_file, m_stamp), SnapshotRefused);
}

} // namespace
} // namespace parley::test
