// Store::meetings against the data rules: date-range overlap, topic
// descendants, OR within a facet and AND across facets, kinds and officials.
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

class FilterQueries : public ::testing::Test {
protected:
    std::vector<std::string> ids(const Filter& filter) const
    {
        return idsOf(m_store.meetings(filter));
    }

    template <typename Keep> std::vector<std::string> expected(Keep keep) const
    {
        return expectedIds(testDataset().meetings, keep);
    }

    static Filter with(Filter::Ids countries, Filter::Ids topics = {})
    {
        Filter filter;
        filter.setCountries(std::move(countries));
        filter.setTopics(std::move(topics));
        return filter;
    }

    // Host or any participant's country, as DESIGN.md says.
    static bool involves(const Meeting& meeting, const std::string& country)
    {
        if (meeting.host == country)
            return true;
        return std::ranges::any_of(meeting.participants, [&](const std::string& id) {
            const auto& officials = testDataset().officials;
            const auto it = std::ranges::find(officials, id, &Official::id);
            return it != officials.end() && it->country == country;
        });
    }

    Store m_store = storeWith(testDataset());
};

TEST_F(FilterQueries, EmptyFilterListsEveryMeetingByStartThenId)
{
    EXPECT_EQ(ids({}), expected([](const Meeting&) { return true; }));
    EXPECT_EQ(ids({}).size(), 52u);
}

TEST_F(FilterQueries, MeetingEndingOnFromMatches)
{
    // anchorage-talks-2021-03-18 lasts 18-19 March 2021.
    EXPECT_EQ(ids(dateRange("2021-03-19", "2021-06-30")),
              std::vector<std::string>{"anchorage-talks-2021-03-18"});
}

TEST_F(FilterQueries, MeetingStartingOnToMatches)
{
    EXPECT_EQ(ids(dateRange("2021-02-11", "2021-03-18")),
              std::vector<std::string>{"anchorage-talks-2021-03-18"});
}

TEST_F(FilterQueries, MeetingEndingTheDayBeforeFromDoesNotMatch)
{
    EXPECT_TRUE(ids(dateRange("2021-03-20", "2021-09-08")).empty());
    // And one starting the day after `to` does not either.
    EXPECT_TRUE(ids(dateRange("2021-02-11", "2021-03-17")).empty());
}

TEST_F(FilterQueries, OpenEndedRangesOverlapToo)
{
    Filter from;
    from.setFrom(day("2024-11-16"));
    EXPECT_EQ(ids(from), std::vector<std::string>{"biden-xi-lima-2024-11-16"});
    Filter to;
    to.setTo(day("2017-02-09"));
    EXPECT_EQ(ids(to), std::vector<std::string>{"trump-xi-call-2017-02-09"});
}

TEST_F(FilterQueries, MonthPrecisionMeetingCoversItsWholeMonth)
{
    // beijing-trade-talks-2019-03 is stored as 2019-03-01 but stands for March.
    EXPECT_EQ(ids(dateRange("2019-03-31", "2019-03-31")),
              std::vector<std::string>{"beijing-trade-talks-2019-03"});
    EXPECT_EQ(ids(dateRange("2019-03-31", "2019-04-01")),
              (std::vector<std::string>{"beijing-trade-talks-2019-03",
                                        "washington-trade-talks-2019-04"}));
    EXPECT_EQ(ids(dateRange("2019-04-30", "2019-05-08")),
              std::vector<std::string>{"washington-trade-talks-2019-04"});
    // Nothing in the days between the February round and March.
    EXPECT_TRUE(ids(dateRange("2019-02-16", "2019-02-28")).empty());
    const auto meetings = m_store.meetings(dateRange("2024-04-30", "2024-04-30"));
    ASSERT_EQ(idsOf(meetings), std::vector<std::string>{"yellen-guangzhou-2024-04"});
    EXPECT_EQ(meetings.front().precision, Precision::Month);
    EXPECT_EQ(toIso(meetings.front().period().last()), "2024-04-30");
}

TEST_F(FilterQueries, TopicIncludesItsDescendants)
{
    Filter technology;
    technology.setTopics({"technology"});
    const auto found = ids(technology);
    // Tagged advanced-chips only, two levels below technology.
    EXPECT_TRUE(contains(found, "biden-xi-call-2024-04-02"));
    EXPECT_TRUE(contains(found, "raimondo-beijing-2023-08-28"));
    EXPECT_FALSE(contains(found, "anchorage-talks-2021-03-18"));
    const auto under = topicWithDescendants(testDataset(), "technology");
    EXPECT_EQ(found, expected([&](const Meeting& m) {
                  return std::ranges::any_of(m.topics,
                                             [&](const auto& t) { return under.contains(t); });
              }));
}

TEST_F(FilterQueries, TopicDescendantsStopAtTheSubtree)
{
    Filter semiconductors;
    semiconductors.setTopics({"semiconductors"});
    EXPECT_EQ(ids(semiconductors), (std::vector<std::string>{
                                       "quad-leaders-summit-2021-09-24", "biden-xi-bali-2022-11-14",
                                       "raimondo-wang-wentao-washington-2023-05-25",
                                       "raimondo-beijing-2023-08-28", "biden-xi-call-2024-04-02"}));
    Filter leaf;
    leaf.setTopics({"advanced-chips"});
    EXPECT_EQ(ids(leaf), (std::vector<std::string>{"raimondo-beijing-2023-08-28",
                                                   "biden-xi-call-2024-04-02"}));
    Filter indoPacific;
    indoPacific.setTopics({"indo-pacific"});
    EXPECT_EQ(ids(indoPacific), (std::vector<std::string>{"quad-leaders-summit-2021-09-24",
                                                          "blinken-wang-yi-jakarta-2023-07",
                                                          "camp-david-summit-2023-08-18",
                                                          "austin-dong-jun-singapore-2024-05-31"}));
}

TEST_F(FilterQueries, CountryMatchesHostOrParticipantsCountry)
{
    // India only took part (narendra-modi); the summit was hosted by the US.
    EXPECT_EQ(ids(with({"IN"})), std::vector<std::string>{"quad-leaders-summit-2021-09-24"});
    EXPECT_EQ(ids(with({"CH"})), (std::vector<std::string>{"sullivan-yang-zurich-2021-10-06",
                                                           "yellen-liu-he-zurich-2023-01-18"}));
    EXPECT_EQ(ids(with({"JP"})), expected([](const Meeting& m) { return involves(m, "JP"); }));
}

TEST_F(FilterQueries, ValuesOfOneFacetCombineWithOr)
{
    EXPECT_EQ(ids(with({"AT", "MT"})),
              (std::vector<std::string>{"sullivan-wang-yi-vienna-2023-05-10",
                                        "sullivan-wang-yi-malta-2023-09-16"}));
    EXPECT_EQ(ids(with({"JP", "KR"})),
              expected([](const Meeting& m) { return involves(m, "JP") || involves(m, "KR"); }));
    Filter twoTopics;
    twoTopics.setTopics({"advanced-chips", "north-korea"});
    EXPECT_EQ(ids(twoTopics), expected([](const Meeting& m) {
                  return contains(m.topics, "advanced-chips") || contains(m.topics, "north-korea");
              }));
}

TEST_F(FilterQueries, FacetsCombineWithAnd)
{
    EXPECT_EQ(ids(with({"CH"}, {"leader-diplomacy"})),
              std::vector<std::string>{"sullivan-yang-zurich-2021-10-06"});
    const auto under = topicWithDescendants(testDataset(), "trade");
    EXPECT_EQ(ids(with({"JP"}, {"trade"})), expected([&](const Meeting& m) {
                  return involves(m, "JP") && std::ranges::any_of(m.topics, [&](const auto& t) {
                             return under.contains(t);
                         });
              }));
    auto narrowed = with({"JP"}, {"tariffs"});
    narrowed.setFrom(day("2019-01-01"));
    narrowed.setTo(day("2019-12-31"));
    narrowed.setKinds({"bilateral"});
    EXPECT_EQ(ids(narrowed), std::vector<std::string>{"trump-xi-osaka-2019-06-29"});
    narrowed.setKinds({"visit"});
    EXPECT_TRUE(ids(narrowed).empty());
}

TEST_F(FilterQueries, KindsMatchTheMeetingKind)
{
    Filter calls;
    calls.setKinds({"call"});
    const auto found = ids(calls);
    EXPECT_EQ(found, expected([](const Meeting& m) { return m.kind == "call"; }));
    EXPECT_EQ(found.size(), 6u);
    EXPECT_EQ(found.front(), "trump-xi-call-2017-02-09");
    Filter callsOrSummits;
    callsOrSummits.setKinds({"call", "summit"});
    EXPECT_EQ(ids(callsOrSummits),
              expected([](const Meeting& m) { return m.kind == "call" || m.kind == "summit"; }));
}

TEST_F(FilterQueries, OfficialsMatchParticipants)
{
    Filter wangYi;
    wangYi.setOfficials({"wang-yi"});
    const auto found = ids(wangYi);
    EXPECT_EQ(found,
              expected([](const Meeting& m) { return contains(m.participants, "wang-yi"); }));
    EXPECT_TRUE(contains(found, "anchorage-talks-2021-03-18"));
    EXPECT_TRUE(contains(found, "sullivan-wang-yi-vienna-2023-05-10"));
    EXPECT_TRUE(contains(found, "sullivan-wang-yi-malta-2023-09-16"));
    Filter either;
    either.setOfficials({"pompeo-unknown-id", "yang-jiechi"});
    EXPECT_EQ(ids(either), (std::vector<std::string>{"pompeo-yang-honolulu-2020-06-17",
                                                     "anchorage-talks-2021-03-18",
                                                     "sullivan-yang-zurich-2021-10-06"}));
}

TEST_F(FilterQueries, RequireKnownIdsNamesTheUnknownId)
{
    Filter filter = with({"US"}, {"technology"});
    EXPECT_NO_THROW(m_store.requireKnownIds(filter));
    filter.setTopics({"technology", "quantum"});
    try {
        m_store.requireKnownIds(filter);
        FAIL() << "an unknown topic was accepted";
    } catch (const DataError& error) {
        EXPECT_NE(std::string(error.what()).find("\"quantum\""), std::string::npos) << error.what();
    }
    Filter official;
    official.setOfficials({"nobody"});
    EXPECT_THROW(m_store.requireKnownIds(official), DataError);
}

TEST_F(FilterQueries, MeetingsComeBackWholeWithTheirLinks)
{
    const auto meetings = m_store.meetings(with({"AT"}));
    ASSERT_EQ(meetings.size(), 1u);
    auto sorted = testDataset();
    sortDataset(sorted);
    const auto original =
        std::ranges::find(sorted.meetings, "sullivan-wang-yi-vienna-2023-05-10", &Meeting::id);
    ASSERT_NE(original, sorted.meetings.end());
    EXPECT_TRUE(meetings.front() == *original);
}

} // namespace
} // namespace parley::test
