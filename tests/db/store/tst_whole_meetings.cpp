// Store::forEachWholeMeeting, which steps through the meeting table and its
// link tables side by side, gives every meeting as meetings() reads it, in
// the order of the store's keys, from a file and from memory alike, and in
// runs of keys that let a writer commit while it reads.
#include "tests/db/TestData.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <thread>

namespace parley::test {
namespace {

// The test data with what few meetings have: roles, a meeting with no
// participants or topics, and one with no location or summary.
Dataset withRareFields()
{
    auto dataset = testDataset();
    auto& first = dataset.meetings.front();
    for (const auto& official : first.participants)
        first.roles.push_back({official, "Envoy of " + official});
    std::ranges::sort(first.roles, {}, &Role::official);
    dataset.meetings.push_back(plainMeeting("bare", "2020-02-02", "2020-02-02", Precision::Day));
    return dataset;
}

std::vector<Meeting> wholeMeetingsOf(const Store& store, std::size_t keysAtOnce = 50000)
{
    std::vector<Meeting> meetings;
    store.forEachWholeMeeting([&](const Meeting& meeting) { meetings.push_back(meeting); },
                              keysAtOnce);
    return meetings;
}

std::vector<Meeting> byId(std::vector<Meeting> meetings)
{
    std::ranges::sort(meetings, {}, &Meeting::id);
    return meetings;
}

void expectTheQueriesMeetings(const Store& store)
{
    const auto whole = wholeMeetingsOf(store);
    const auto queried = store.meetings(Filter());
    ASSERT_EQ(whole.size(), queried.size());
    EXPECT_EQ(byId(whole), byId(queried));
    // In key order: the keys ascend as the meetings were written.
    std::vector<std::int64_t> keys;
    keys.reserve(whole.size());
    for (const auto& meeting : whole)
        keys.push_back(store.meetingBriefsWithIds({meeting.id}).keys.at(0));
    EXPECT_TRUE(std::ranges::is_sorted(keys));
}

TEST(WholeMeetings, AreTheMeetingsTheQueriesGiveFromAFile)
{
    TempDir dir;
    const auto file = dir / "whole.parley";
    Store::create(file).import(withRareFields());
    const auto store = Store::open(file, Store::Access::ReadOnly);
    expectTheQueriesMeetings(store);
    const auto whole = wholeMeetingsOf(store);
    const auto bare = std::ranges::find(whole, std::string("bare"), &Meeting::id);
    ASSERT_NE(bare, whole.end());
    EXPECT_TRUE(bare->participants.empty());
    EXPECT_FALSE(bare->summary.has_value());
    EXPECT_EQ(std::ranges::count_if(whole, [](const Meeting& m) { return !m.roles.empty(); }), 1);
}

TEST(WholeMeetings, AreTheSameReadInRunsOfAFewKeys)
{
    const auto store = storeWith(withRareFields());
    EXPECT_EQ(wholeMeetingsOf(store, 3), wholeMeetingsOf(store));
    EXPECT_EQ(wholeMeetingsOf(store, 1), wholeMeetingsOf(store));
}

// A pass that takes longer than a writer waits for a lock (2 s) still lets
// it commit: each run of keys is a read of its own.
TEST(WholeMeetings, LetAWriterCommitWhileTheyAreRead)
{
    TempDir dir;
    const auto file = dir / "written.parley";
    Store::create(file).import(withRareFields());
    const auto store = Store::open(file, Store::Access::ReadOnly);
    auto changed = testDataset().meetings.front();
    changed.summary = "Revised while the meetings were read.";
    std::future<void> writing;
    std::size_t visited = 0;
    store.forEachWholeMeeting(
        [&](const Meeting&) {
            if (visited++ == 0)
                writing = std::async(std::launch::async, [&] {
                    Store::open(file).apply(putting(std::vector{changed}));
                });
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        },
        3);
    ASSERT_TRUE(writing.valid());
    EXPECT_NO_THROW(writing.get());
    EXPECT_EQ(store.meeting(changed.id)->summary, changed.summary);
}

TEST(WholeMeetings, AreTheMeetingsTheQueriesGiveFromMemory)
{
    expectTheQueriesMeetings(storeWith(withRareFields()));
}

TEST(WholeMeetings, OfAnEmptyStoreAreNone)
{
    EXPECT_TRUE(wholeMeetingsOf(Store::inMemory()).empty());
}

} // namespace
} // namespace parley::test
