// MeetingIndex answers every kind of filter as the store's queries do: the
// same meetings as Store::meetingKeys() and the same counts as
// Store::meetingsPerCountry() and meetingsPerTopic(), on the hand-written test
// data and on a synthetic world with a topic tree and thousands of meetings.
#include "db/index/MeetingIndex.h"
#include "tests/db/index/IndexTestData.h"

namespace parley::test {
namespace {

struct Indexed {
    Store store;
    Store::KeyedMeetings all;
    MeetingIndex index;

    explicit Indexed(Store opened)
        : store(std::move(opened))
        , all(store.allMeetingBriefs())
        , index(all.keys, all.meetings, store.officials(), store.countries(), store.topics())
    {
    }

    MeetingIndex::Answer answer(const Filter& filter) const
    {
        return index.answer(filter, index.textMatches(store, filter));
    }

    void expectSameAnswerAsTheStore(const Filter& filter, const std::string& name) const
    {
        const auto answer = this->answer(filter);
        std::vector<std::int64_t> keys = all.keys;
        if (answer.matching) {
            EXPECT_TRUE(std::ranges::is_sorted(*answer.matching)) << name;
            keys.clear();
            for (const auto at : *answer.matching)
                keys.push_back(all.keys[at]);
        }
        std::ranges::sort(keys);
        EXPECT_EQ(keys, store.meetingKeys(filter)) << name;
        EXPECT_EQ(answer.countryCounts, store.meetingsPerCountry(filter)) << name;
        EXPECT_EQ(answer.topicCounts, store.meetingsPerTopic(filter)) << name;
    }
};

TEST(MeetingIndex, AnswersTheTestDataAsTheStoreDoes)
{
    const Indexed indexed(storeWith(testDataset()));
    ASSERT_EQ(indexed.index.size(), testDataset().meetings.size());
    for (const auto& [name, filter] : filtersOver(testDataset()))
        indexed.expectSameAnswerAsTheStore(filter, name);
}

TEST(MeetingIndex, AnswersASyntheticWorldAsTheStoreDoes)
{
    TempDir dir;
    const Indexed indexed(syntheticWorld(dir, 11));
    const auto data = indexed.store.exportAll();
    ASSERT_GT(data.topics.size(), 100U);
    for (const auto& [name, filter] : filtersOver(data))
        indexed.expectSameAnswerAsTheStore(filter, name);
}

TEST(MeetingIndex, AnswersTheSameInAnyNumberOfParts)
{
    TempDir dir;
    const Indexed indexed(syntheticWorld(dir, 12));
    for (const auto& [name, filter] : filtersOver(indexed.store.exportAll())) {
        const auto text = indexed.index.textMatches(indexed.store, filter);
        const auto whole = indexed.index.answer(filter, text, 1);
        for (const std::size_t parts : {2, 3, 7, 100}) {
            const auto inParts = indexed.index.answer(filter, text, parts);
            EXPECT_EQ(inParts.matching, whole.matching) << name << " in " << parts;
            EXPECT_EQ(inParts.countryCounts, whole.countryCounts) << name << " in " << parts;
            EXPECT_EQ(inParts.topicCounts, whole.topicCounts) << name << " in " << parts;
        }
    }
}

TEST(MeetingIndex, CountsEachMeetingOncePerValueAndIgnoresEachListsOwnFacet)
{
    const Indexed indexed(storeWith(testDataset()));
    Filter chosen;
    chosen.setCountries({"JP"});
    chosen.setTopics({"trade"});
    const auto answer = indexed.answer(chosen);
    Filter withoutCountries = chosen;
    withoutCountries.setCountries({});
    const auto countsWithout = indexed.answer(withoutCountries);
    EXPECT_EQ(answer.countryCounts, countsWithout.countryCounts);
    EXPECT_NE(answer.matching, countsWithout.matching);
}

TEST(MeetingIndex, AnEmptyIndexMatchesNothing)
{
    const Indexed indexed(Store::inMemory());
    const auto answer = indexed.answer(Filter());
    EXPECT_EQ(answer.matching, std::nullopt); // every meeting, of none
    Filter kind;
    kind.setKinds({"bilateral"});
    EXPECT_EQ(indexed.answer(kind).matching, std::vector<std::uint32_t>());
    EXPECT_TRUE(answer.countryCounts.empty());
    EXPECT_TRUE(answer.topicCounts.empty());
}

} // namespace
} // namespace parley::test
