// Store::measures: a country matches the imposing country or a target, kinds,
// topics with descendants, month precision and the order of the list.
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

class MeasureQueries : public ::testing::Test {
protected:
    std::vector<std::string> ids(const Filter& filter) const
    {
        return idsOf(m_store.measures(filter));
    }

    template <typename Keep> std::vector<std::string> expected(Keep keep) const
    {
        return expectedIds(testDataset().measures, keep);
    }

    static Filter countries(Filter::Ids ids)
    {
        Filter filter;
        filter.setCountries(std::move(ids));
        return filter;
    }

    static Filter kinds(Filter::Ids ids)
    {
        Filter filter;
        filter.setKinds(std::move(ids));
        return filter;
    }

    Store m_store = storeWith(testDataset());
};

TEST_F(MeasureQueries, EmptyFilterListsEveryMeasureByAnnouncementThenId)
{
    EXPECT_EQ(ids({}), expected([](const Measure&) { return true; }));
    EXPECT_EQ(ids({}).size(), 21u);
}

TEST_F(MeasureQueries, CountryMatchesTheImposingCountryOrATarget)
{
    // Hong Kong is only ever a target.
    EXPECT_EQ(ids(countries({"HK"})),
              (std::vector<std::string>{"us-hong-kong-sanctions-2020",
                                        "us-outbound-investment-order-2023"}));
    // The EU imposes two and is the target of two; same-day measures go by id.
    EXPECT_EQ(
        ids(countries({"EU"})),
        (std::vector<std::string>{"us-steel-aluminum-tariffs-2018", "cn-eu-counter-sanctions-2021",
                                  "eu-xinjiang-sanctions-2021", "eu-ev-duties-2024"}));
    // China without targets still matches as the imposer.
    const auto china = ids(countries({"CN"}));
    EXPECT_TRUE(contains(china, "cn-gallium-germanium-controls-2023"));
    EXPECT_EQ(china, expected([](const Measure& x) {
                  return x.imposedBy == "CN" || contains(x.targets, "CN");
              }));
}

TEST_F(MeasureQueries, CountriesCombineWithOr)
{
    EXPECT_EQ(ids(countries({"JP", "MO"})),
              (std::vector<std::string>{"us-steel-aluminum-tariffs-2018",
                                        "us-outbound-investment-order-2023"}));
}

TEST_F(MeasureQueries, KindsMatchTheMeasureKind)
{
    EXPECT_EQ(ids(kinds({"export-control"})),
              (std::vector<std::string>{"us-advanced-computing-rules-2022",
                                        "cn-gallium-germanium-controls-2023",
                                        "us-export-controls-update-2023"}));
    EXPECT_EQ(ids(kinds({"ban", "entity-list"})), expected([](const Measure& x) {
                  return x.kind == "ban" || x.kind == "entity-list";
              }));
}

TEST_F(MeasureQueries, MeetingKindsInTheFacetDoNotRestrictMeasures)
{
    // The kinds facet is shared with meetings; only measure kinds apply here.
    EXPECT_EQ(ids(kinds({"call"})), ids({}));
    EXPECT_EQ(ids(kinds({"call", "investment-review"})),
              std::vector<std::string>{"us-outbound-investment-order-2023"});
}

TEST_F(MeasureQueries, TopicIncludesItsDescendants)
{
    Filter investment;
    investment.setTopics({"investment"});
    EXPECT_EQ(ids(investment), std::vector<std::string>{"us-outbound-investment-order-2023"});
    Filter trade;
    trade.setTopics({"trade"});
    const auto under = topicWithDescendants(testDataset(), "trade");
    const auto found = ids(trade);
    EXPECT_TRUE(contains(found, "us-outbound-investment-order-2023"));
    EXPECT_EQ(found, expected([&](const Measure& x) {
                  return std::ranges::any_of(x.topics,
                                             [&](const auto& t) { return under.contains(t); });
              }));
}

TEST_F(MeasureQueries, CountryAndKindCombineWithAnd)
{
    Filter filter = countries({"EU"});
    filter.setKinds({"tariff"});
    EXPECT_EQ(ids(filter),
              (std::vector<std::string>{"us-steel-aluminum-tariffs-2018", "eu-ev-duties-2024"}));
}

TEST_F(MeasureQueries, MonthPrecisionMeasureCoversItsMonth)
{
    // eu-ev-duties-2024 is known to the month: June 2024.
    EXPECT_EQ(ids(dateRange("2024-06-30", "2024-07-31")),
              std::vector<std::string>{"eu-ev-duties-2024"});
    EXPECT_TRUE(ids(dateRange("2024-05-15", "2024-05-31")).empty());
    EXPECT_EQ(ids(dateRange("2024-05-14", "2024-06-01")),
              (std::vector<std::string>{"us-ev-tariffs-2024", "eu-ev-duties-2024"}));
}

TEST_F(MeasureQueries, OfficialsMatchMeasuresRaisedAtTheirMeetings)
{
    Filter katherineTai;
    katherineTai.setOfficials({"katherine-tai"});
    EXPECT_EQ(ids(katherineTai), std::vector<std::string>{"us-section-301-tariffs-2018"});
}

TEST_F(MeasureQueries, MeasuresComeBackWholeWithTheirLinks)
{
    auto sorted = testDataset();
    sortDataset(sorted);
    const auto found = m_store.measures(countries({"MO"}));
    ASSERT_EQ(found.size(), 1u);
    const auto original =
        std::ranges::find(sorted.measures, "us-outbound-investment-order-2023", &Measure::id);
    ASSERT_NE(original, sorted.measures.end());
    EXPECT_TRUE(found.front() == *original);
    EXPECT_EQ(found.front().targets, (std::vector<std::string>{"CN", "HK", "MO"}));
}

TEST_F(MeasureQueries, TheMeetingsThatRaisedAMeasureAreTheOnesThatLinkIt)
{
    const std::string tariffs = "us-section-301-tariffs-2018";
    const auto raising = m_store.meetingsRaising(tariffs);
    // Ordered by date, as the test data's meetings are; compared independently.
    EXPECT_EQ(idsOf(raising), expectedIds(testDataset().meetings, [&](const Meeting& meeting) {
                  return std::ranges::find(meeting.measures, tariffs) != meeting.measures.end();
              }));
    EXPECT_EQ(raising.size(), 5u);
    EXPECT_FALSE(raising.front().sources.empty()); // in full
    EXPECT_TRUE(m_store.meetingsRaising("no-such-measure").empty());
}

} // namespace
} // namespace parley::test
