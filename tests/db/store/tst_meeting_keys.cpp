// The light queries for views that hold many meetings: Store::meetingKeys,
// meetingsWithKeys and meetingBriefs give the same meetings as meetings() for
// every kind of filter, meeting() gives one in full, and meetingsPerOfficial counts what each
// official attended.
#include "tests/db/TestData.h"

#include <map>

namespace parley::test {
namespace {

class MeetingKeys : public ::testing::TestWithParam<std::pair<std::string, Filter>> {
protected:
    Store m_store = storeWith(testDataset());
};

std::vector<std::pair<std::string, Filter>> filters()
{
    std::vector<std::pair<std::string, Filter>> all{{"Nothing", Filter()}};
    Filter country;
    country.setCountries({"CN", "JP"});
    all.emplace_back("TwoCountries", country);
    Filter topic;
    topic.setTopics({"trade"});
    all.emplace_back("TopicWithDescendants", topic);
    Filter text;
    text.setText("raimondo");
    all.emplace_back("Text", text);
    Filter official;
    official.setOfficials({"wang-yi"});
    all.emplace_back("Official", official);
    Filter kinds;
    kinds.setKinds({"call", "visit"});
    all.emplace_back("Kinds", kinds);
    auto combined = dateRange("2021-01-01", "2023-12-31");
    combined.setCountries({"US"});
    combined.setTopics({"technology"});
    all.emplace_back("DatesCountryAndTopic", combined);
    auto none = dateRange("1990-01-01", "1990-12-31");
    all.emplace_back("NothingMatches", none);
    return all;
}

TEST_P(MeetingKeys, GiveTheSameMeetingsAsTheFullQuery)
{
    const auto& filter = GetParam().second;
    const auto keys = m_store.meetingKeys(filter);
    EXPECT_TRUE(std::ranges::is_sorted(keys));
    EXPECT_EQ(std::ranges::adjacent_find(keys), keys.end());
    const auto meetings = m_store.meetings(filter);
    EXPECT_EQ(keys.size(), meetings.size());
    EXPECT_EQ(keys.empty(), GetParam().first == "NothingMatches");
    EXPECT_EQ(m_store.meetingsWithKeys(keys), meetings);
}

TEST_P(MeetingKeys, BriefsAreTheMeetingsWithoutSummaryMeasuresAndSources)
{
    const auto& filter = GetParam().second;
    auto expected = m_store.meetings(filter);
    for (auto& meeting : expected) {
        EXPECT_EQ(m_store.meeting(meeting.id), meeting);
        meeting.summary.reset();
        meeting.measures.clear();
        meeting.sources.clear();
    }
    EXPECT_EQ(m_store.meetingBriefs(filter), expected);
}

INSTANTIATE_TEST_SUITE_P(Filters, MeetingKeys, ::testing::ValuesIn(filters()),
                         [](const auto& test) { return test.param.first; });

TEST(MeetingsWithKeys, LeavesOutUnknownKeysAndTakesThemInAnyOrder)
{
    auto store = storeWith(testDataset());
    auto keys = store.meetingKeys(Filter());
    ASSERT_EQ(keys.size(), testDataset().meetings.size());
    std::ranges::reverse(keys);
    keys.push_back(keys.front());
    keys.push_back(1'000'000);
    EXPECT_EQ(store.meetingsWithKeys(keys), store.meetings(Filter()));
    EXPECT_EQ(store.meetingsWithKeys({}), std::vector<Meeting>());
}

TEST(AllMeetingBriefs, AreEveryBriefInDateOrderWithItsKey)
{
    const auto store = storeWith(testDataset());
    const auto all = store.allMeetingBriefs();
    EXPECT_EQ(all.meetings, store.meetingBriefs(Filter()));
    ASSERT_EQ(all.meetings.size(), all.keys.size());
    for (std::size_t i = 0; i < all.keys.size(); ++i)
        EXPECT_EQ(store.meetingsWithKeys({all.keys[i]}).front().id, all.meetings[i].id);
    auto keys = all.keys;
    std::ranges::sort(keys);
    EXPECT_EQ(keys, store.meetingKeys(Filter()));
}

TEST(MeetingById, IsNothingForAnUnknownId)
{
    EXPECT_EQ(storeWith(testDataset()).meeting("no-such-meeting"), std::nullopt);
}

TEST(SourcesById, AreTheStoredSourcesAmongTheIdsInIdOrder)
{
    auto dataset = testDataset();
    dataset.sources.push_back({"a-report", "Publisher", "A report", Date(2023, 1, 2), {}});
    const auto store = storeWith(dataset);
    const auto all = store.sources();
    ASSERT_EQ(all.size(), 2u);
    const auto some = store.sources({all[1].id, "no-such-source", all[0].id});
    EXPECT_EQ(some, all);
    EXPECT_EQ(store.sources({all[1].id}), std::vector<Source>{all[1]});
    EXPECT_TRUE(store.sources(std::vector<std::string>{}).empty());
}

TEST(MeetingsPerOfficial, CountsEveryMeetingAnOfficialAttendedWithinTheFilter)
{
    auto store = storeWith(testDataset());
    for (const auto& filter : {Filter(), dateRange("2023-01-01", "2023-12-31")}) {
        std::map<std::string, int> expected;
        for (const auto& meeting : store.meetings(filter)) {
            for (const auto& official : meeting.participants)
                ++expected[official];
        }
        std::map<std::string, int> counted;
        for (const auto& count : store.meetingsPerOfficial(filter))
            counted[count.id] = count.meetings;
        EXPECT_EQ(counted, expected);
        EXPECT_FALSE(counted.empty());
    }
}

} // namespace
} // namespace parley::test
