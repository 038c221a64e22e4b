// The window's columns of every meeting, made from the store's rows, hold
// what the brief records say and answer as the index built from the records
// does; written to a snapshot they come back the same, and a snapshot that is
// damaged, truncated, foreign or stale is refused.
#include "db/index/IndexLoad.h"
#include "db/index/SnapshotFile.h"
#include "db/index/StoreColumns.h"
#include "db/synthetic/SyntheticData.h"
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

MeetingColumns columnsOf(const Store& store)
{
    return loadMeetingColumns(store, store.officials(), store.countries(), store.topics());
}

// Everything the columns hold of each meeting, as text, to compare two of them.
std::vector<std::string> described(const MeetingColumns& columns)
{
    std::vector<std::string> lines;
    const auto& index = columns.index;
    for (std::size_t at = 0; at < index.size(); ++at) {
        std::string line =
            std::string(columns.texts.id(at)) + "|" + std::string(columns.texts.title(at)) + "|" +
            std::string(columns.texts.location(at).value_or("(none)")) + "|" +
            std::to_string(index.key(at)) + "|" + std::to_string(index.firstDay(at)) + "-" +
            std::to_string(index.lastDay(at)) + "|" +
            std::to_string(static_cast<int>(index.precision(at))) + "|" +
            std::to_string(index.kind(at)) + "|" +
            (index.host(at) ? index.countryCodes()[*index.host(at)] : "?");
        for (const auto* links : {&index.officialIds()}) {
            for (const auto official : index.officialsOf(at))
                line += "," + (*links)[official];
        }
        for (const auto topic : index.topicsOf(at))
            line += ";" + index.topicIds()[topic];
        for (const auto country : index.countriesOf(at))
            line += "/" + index.countryCodes()[country];
        lines.push_back(std::move(line));
    }
    return lines;
}

TEST(MeetingColumns, HoldWhatTheBriefRecordsSay)
{
    const auto store = storeWith(testDataset());
    const auto columns = columnsOf(store);
    const auto all = store.allMeetingBriefs();
    const MeetingIndex fromRecords(all.keys, all.meetings, store.officials(), store.countries(),
                                   store.topics());
    ASSERT_EQ(columns.index.size(), all.meetings.size());
    for (std::size_t at = 0; at < all.meetings.size(); ++at) {
        const Meeting& meeting = all.meetings[at];
        EXPECT_EQ(columns.texts.id(at), meeting.id);
        EXPECT_EQ(columns.texts.title(at), meeting.title);
        EXPECT_EQ(columns.texts.location(at), meeting.location);
        EXPECT_EQ(columns.index.key(at), all.keys[at]);
        EXPECT_EQ(columns.index.countryCodes()[*columns.index.host(at)], meeting.host);
        EXPECT_EQ(columns.texts.find(meeting.id), std::optional<std::size_t>(at));
    }
    EXPECT_FALSE(columns.texts.find("no-such-meeting"));
    MeetingColumns rebuilt{fromRecords, columns.texts, columns.roles};
    EXPECT_EQ(described(columns), described(rebuilt));
}

// The test data with roles stated for two participants of its first meeting.
Dataset withRoles()
{
    auto dataset = testDataset();
    auto& meeting = dataset.meetings.front();
    for (const auto& official : meeting.participants)
        meeting.roles.push_back({official, "Envoy of " + official});
    return dataset;
}

TEST(MeetingColumns, GiveBackTheBriefRecordsAndTheirRolesThroughASnapshot)
{
    TempDir dir;
    auto store = Store::create(dir / "roles.parley");
    store.import(withRoles());
    const auto columns = columnsOf(store);
    EXPECT_EQ(columns.roles.size(), withRoles().meetings.front().participants.size());
    EXPECT_EQ(briefMeetingsOf(columns), store.allMeetingBriefs().meetings);
    saveMeetingColumns(columns, dir / "roles.snapshot", store.stamp());
    EXPECT_EQ(briefMeetingsOf(readMeetingColumns(dir / "roles.snapshot", store.stamp())),
              store.allMeetingBriefs().meetings);
}

TEST(MeetingColumns, SurviveASnapshotOfASyntheticWorld)
{
    TempDir dir;
    SyntheticOptions options;
    options.meetings = 2000;
    options.seed = 5;
    generateSyntheticDatabase(dir / "world.parley", options);
    const auto store = Store::open(dir / "world.parley", Store::Access::ReadOnly);
    const auto columns = columnsOf(store);
    saveMeetingColumns(columns, dir / "world.snapshot", store.stamp());
    const auto back = readMeetingColumns(dir / "world.snapshot", store.stamp());
    EXPECT_EQ(described(back), described(columns));
    Filter filter;
    filter.setCountries({columns.index.countryCodes().front()});
    EXPECT_EQ(back.index.answer(filter, std::nullopt).matching,
              columns.index.answer(filter, std::nullopt).matching);
}

// A snapshot is read in place, mapped into memory: the columns must stay as
// they were when Parley writes a newer snapshot over the file (by renaming
// one onto it) or removes it as stale.
TEST(MeetingColumns, ReadFromASnapshotOutliveItsFile)
{
    TempDir dir;
    const auto store = storeWith(testDataset());
    const auto columns = columnsOf(store);
    const auto file = dir / "db.snapshot";
    saveMeetingColumns(columns, file, store.stamp());
    const auto back = readMeetingColumns(file, store.stamp());
    saveMeetingColumns(MeetingColumns(), file, "a later state");
    EXPECT_EQ(described(back), described(columns));
    fs::remove(file);
    EXPECT_EQ(described(back), described(columns));
    EXPECT_EQ(briefMeetingsOf(back), store.allMeetingBriefs().meetings);
}

class BadSnapshots : public ::testing::Test {
protected:
    void SetUp() override
    {
        Store::create(m_dir / "db.parley").import(testDataset());
        m_stamp = store().stamp();
        saveMeetingColumns(columnsOf(store()), m_snapshot, m_stamp);
        m_bytes = readBytes(m_snapshot);
        ASSERT_GT(m_bytes.size(), 1000u);
    }

    Store store() const { return Store::open(m_dir / "db.parley", Store::Access::ReadOnly); }

    void expectRefused(const std::string& reason, const std::string& stamp) const
    {
        expectRefusedBecause<SnapshotRefused>(reason,
                                              [&] { readMeetingColumns(m_snapshot, stamp); });
    }

    TempDir m_dir;
    fs::path m_snapshot = m_dir / "db.snapshot";
    std::string m_stamp;
    std::string m_bytes;
};

TEST_F(BadSnapshots, EveryByteChangedIsNoticed)
{
    expectEveryChangedByteRefused<SnapshotRefused>(m_snapshot, m_bytes, [&](const fs::path& file) {
        return readMeetingColumns(file, m_stamp);
    });
}

TEST_F(BadSnapshots, ATruncatedOrExtendedFileIsRefused)
{
    for (const std::size_t size : {std::size_t{0}, std::size_t{7}, std::size_t{40},
                                   m_bytes.size() / 2, m_bytes.size() - 1}) {
        writeBytes(m_snapshot, m_bytes.substr(0, size));
        EXPECT_THROW(readMeetingColumns(m_snapshot, m_stamp), SnapshotRefused) << size;
    }
    writeBytes(m_snapshot, m_bytes + "x");
    expectRefused("truncated or extended", m_stamp);
}

TEST_F(BadSnapshots, AStaleOrForeignOrMissingSnapshotIsRefused)
{
    // Another program changed the database: its stamp moved on.
    auto writable = Store::open(m_dir / "db.parley");
    writable.apply(writable.removal(RecordKind::Meeting, "biden-xi-bali-2022-11-14"));
    EXPECT_NE(store().stamp(), m_stamp);
    expectRefused("of another state of the database", store().stamp());
    writeBytes(m_snapshot, "SQLite format 3" + std::string(200, '\0'));
    expectRefused("not a snapshot of Parley's", m_stamp);
    fs::remove(m_snapshot);
    expectRefused("no such file", m_stamp);
}

TEST(SnapshotWriter, RefusesPiecesThatDoNotAddUpAndLeavesNoFile)
{
    TempDir dir;
    const auto file = dir / "pieces.snapshot";
    {
        SnapshotWriter writer(file, "stamp");
        EXPECT_THROW(
            writer.sectionInPieces(10, [](const SnapshotWriter::Pieces& write) { write("12345"); }),
            std::logic_error);
    }
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

} // namespace
} // namespace parley::test
