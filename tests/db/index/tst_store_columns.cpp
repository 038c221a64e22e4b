// The columns made from the store's rows, which are read in the order the
// tables keep them and put in date order in memory, stand in the order the
// store's own queries give (start, then id) whatever order the meetings were
// written in, with every link and role beside its meeting.
#include "db/index/IndexLoad.h"
#include "db/index/StoreColumns.h"
#include "db/model/Dates.h"
#include "tests/db/TestData.h"

#include <algorithm>

namespace parley::test {
namespace {

// The test data written newest first, so that the store's keys run against
// the dates, with three meetings on one day written against the order of
// their ids, and roles stated for the first meeting's participants.
Dataset writtenOutOfOrder()
{
    auto dataset = testDataset();
    std::ranges::reverse(dataset.meetings);
    // A copy: the pushes below move the vector that holds the original.
    const auto model = dataset.meetings.front();
    for (const auto* id : {"tie-c", "tie-b", "tie-a"}) {
        auto meeting = plainMeeting(id, "2019-06-29", "2019-06-29", Precision::Day);
        meeting.participants = model.participants;
        meeting.topics = model.topics;
        meeting.sources = model.sources;
        dataset.meetings.push_back(std::move(meeting));
    }
    auto& first = dataset.meetings.front();
    for (const auto& official : first.participants)
        first.roles.push_back({official, "Envoy of " + official});
    return dataset;
}

class StoreColumns : public ::testing::Test {
protected:
    void SetUp() override { Store::create(m_file).import(writtenOutOfOrder()); }

    // A database on disk, whose scans read on connections of their own.
    Store store() const { return Store::open(m_file, Store::Access::ReadOnly); }

    TempDir m_dir;
    fs::path m_file = m_dir / "out-of-order.parley";
};

TEST_F(StoreColumns, StandInTheStoresDateOrder)
{
    const auto store = this->store();
    const auto columns =
        loadMeetingColumns(store, store.officials(), store.countries(), store.topics());
    const auto all = store.allMeetingBriefs();
    // The keys, in date order, do not ascend: the rows were put in order here.
    std::vector<std::int64_t> keys;
    for (std::size_t at = 0; at < columns.index.size(); ++at)
        keys.push_back(columns.index.key(at));
    EXPECT_FALSE(std::ranges::is_sorted(keys));
    EXPECT_EQ(keys, all.keys);
    EXPECT_EQ(briefMeetingsOf(columns), all.meetings);
    const auto tie = [&](const char* id) {
        return columns.texts.find(id).value();
    };
    EXPECT_EQ(tie("tie-b"), tie("tie-a") + 1);
    EXPECT_EQ(tie("tie-c"), tie("tie-b") + 1);
}

TEST_F(StoreColumns, HoldTheLinksTheIndexOfTheRecordsHolds)
{
    const auto store = this->store();
    const auto columns =
        loadMeetingColumns(store, store.officials(), store.countries(), store.topics());
    const auto all = store.allMeetingBriefs();
    const MeetingIndex fromRecords(all.keys, all.meetings, store.officials(), store.countries(),
                                   store.topics());
    EXPECT_EQ(columns.index, fromRecords);
    const auto written = writtenOutOfOrder();
    EXPECT_EQ(columns.roles.size(), written.meetings.front().roles.size());
}

TEST_F(StoreColumns, ComeTheSameInTwoStepsWithTheRecordsReadBetween)
{
    const auto store = this->store();
    auto stored = readStoredMeetings(store);
    EXPECT_EQ(stored.keys.size(), store.meetingCount());
    EXPECT_EQ(stored.participants.meetings.size(),
              store.linkCount(Store::MeetingLink::Participant));
    EXPECT_EQ(stored.topics.meetings.size(), store.linkCount(Store::MeetingLink::Topic));
    // The links come by meeting, which keeps placing them in step with memory.
    EXPECT_TRUE(std::ranges::is_sorted(stored.participants.meetings));
    EXPECT_TRUE(std::ranges::is_sorted(stored.topics.meetings));
    const auto twoSteps = loadMeetingColumns(store, std::move(stored), store.officials(),
                                             store.countries(), store.topics());
    const auto oneStep =
        loadMeetingColumns(store, store.officials(), store.countries(), store.topics());
    EXPECT_EQ(twoSteps.index, oneStep.index);
    EXPECT_EQ(briefMeetingsOf(twoSteps), briefMeetingsOf(oneStep));
}

// Texts read out of date order are kept as read, and written to a snapshot
// in date order: the same file, byte for byte, as texts made in date order.
TEST_F(StoreColumns, WriteTheirTextsInDateOrder)
{
    const auto store = this->store();
    const auto columns =
        loadMeetingColumns(store, store.officials(), store.countries(), store.topics());
    const auto all = store.allMeetingBriefs();
    const auto inDateOrder = meetingColumnsOf(
        MeetingIndex::Builder(store.officials(), store.countries(), store.topics()), all.keys,
        all.meetings);
    const auto read = m_dir / "read.columns";
    const auto made = m_dir / "made.columns";
    saveMeetingColumns(columns, read, "stamp");
    saveMeetingColumns(inDateOrder, made, "stamp");
    EXPECT_EQ(readBytes(read), readBytes(made));
    const auto back = readMeetingColumns(read, "stamp");
    EXPECT_EQ(briefMeetingsOf(back), all.meetings);
    for (std::size_t at = 0; at < all.meetings.size(); ++at)
        EXPECT_EQ(back.texts.find(all.meetings[at].id), at);
}

// Rows written in date order, with ids that ascend with them, need no
// reordering: what is made of them is still what the store's queries give.
TEST(StoreColumnsInOrder, StandAsTheyWereWritten)
{
    auto dataset = testDataset();
    std::ranges::sort(dataset.meetings, {}, [](const Meeting& meeting) {
        return std::pair(dayNumber(meeting.period().begin()), meeting.id);
    });
    for (std::size_t at = 0; at < dataset.meetings.size(); ++at)
        dataset.meetings[at].id = "m-" + std::to_string(100 + at);
    TempDir dir;
    const auto file = dir / "in-order.parley";
    Store::create(file).import(dataset);
    const auto store = Store::open(file, Store::Access::ReadOnly);
    const auto columns =
        loadMeetingColumns(store, store.officials(), store.countries(), store.topics());
    const auto all = store.allMeetingBriefs();
    EXPECT_TRUE(std::ranges::is_sorted(all.keys));
    EXPECT_EQ(briefMeetingsOf(columns), all.meetings);
    EXPECT_EQ(columns.index, MeetingIndex(all.keys, all.meetings, store.officials(),
                                          store.countries(), store.topics()));
    for (std::size_t at = 0; at < all.meetings.size(); ++at)
        EXPECT_EQ(columns.texts.find(all.meetings[at].id), at);
}

// A load says how far it has got, and stops once cancelled: the window shows
// the one and asks the other when the data is no longer wanted.
TEST_F(StoreColumns, CountTheMeetingsReadAndStopOnceCancelled)
{
    const auto store = this->store();
    LoadProgress progress;
    EXPECT_EQ(readStoredMeetings(store, &progress).keys.size(), store.meetingCount());
    EXPECT_EQ(progress.meetingsExpected(), store.meetingCount());
    EXPECT_EQ(progress.meetingsRead(), store.meetingCount());

    LoadProgress cancelled;
    cancelled.cancel();
    EXPECT_THROW(readStoredMeetings(store, &cancelled), LoadCancelled);
    EXPECT_THROW(loadMeetingColumns(store, readStoredMeetings(store), store.officials(),
                                    store.countries(), store.topics(), &cancelled),
                 LoadCancelled);
}

} // namespace
} // namespace parley::test
