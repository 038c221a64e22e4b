// Store::engagements: one official's meetings in date order, the offices held
// on each meeting's start date (changing between meetings, several at once),
// the other participants, and the date range.
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

const std::string kForeignMinister = "Minister of Foreign Affairs";
const std::string kCommissionDirector =
    "Director of the Office of the Central Foreign Affairs Commission";

std::vector<std::string> titlesOf(const std::vector<Position>& positions)
{
    std::vector<std::string> titles;
    titles.reserve(positions.size());
    for (const auto& position : positions)
        titles.push_back(position.title);
    return titles;
}

class Engagements : public ::testing::Test {
protected:
    const Engagement& find(const std::vector<Engagement>& engagements, const std::string& meeting)
    {
        const auto it = std::ranges::find(engagements, meeting, &Engagement::meeting);
        if (it == engagements.end())
            throw std::runtime_error("no engagement at " + meeting);
        return *it;
    }

    Store m_store = storeWith(testDataset());
};

TEST_F(Engagements, ListTheOfficialsMeetingsInDateOrder)
{
    const auto engagements = m_store.engagements("wang-yi", {});
    EXPECT_EQ(idsOf(engagements), expectedIds(testDataset().meetings, [](const Meeting& m) {
                  return contains(m.participants, "wang-yi");
              }));
    EXPECT_EQ(idsOf(engagements).front(), "trump-xi-buenos-aires-dinner-2018-12-01");
    EXPECT_TRUE(std::ranges::is_sorted(engagements, {}, &Engagement::start));
}

TEST_F(Engagements, WithListsTheOthersButNotTheOfficial)
{
    const auto engagements = m_store.engagements("wang-yi", {});
    const auto& anchorage = find(engagements, "anchorage-talks-2021-03-18");
    EXPECT_EQ(anchorage.title, "US–China talks in Anchorage");
    EXPECT_EQ(toIso(anchorage.start), "2021-03-18");
    EXPECT_EQ(toIso(anchorage.end), "2021-03-19");
    EXPECT_EQ(anchorage.with,
              (std::vector<std::string>{"antony-blinken", "jake-sullivan", "yang-jiechi"}));
    for (const auto& engagement : engagements)
        EXPECT_FALSE(contains(engagement.with, "wang-yi")) << engagement.meeting;
}

TEST_F(Engagements, PositionIsTheOneHeldOnTheMeetingsStartDate)
{
    const auto engagements = m_store.engagements("wang-yi", {});
    const auto& anchorage = find(engagements, "anchorage-talks-2021-03-18");
    ASSERT_EQ(anchorage.positions.size(), 1u);
    EXPECT_EQ(anchorage.positions.front().title, kForeignMinister);
    EXPECT_EQ(toIso(anchorage.positions.front().start), "2013-03-16");
    EXPECT_EQ(anchorage.positions.front().organization,
              "Ministry of Foreign Affairs of the People's Republic of China");
}

TEST_F(Engagements, OfficeChangesBetweenTwoMeetings)
{
    const auto engagements = m_store.engagements("wang-yi", {});
    // Foreign minister at Bali in November 2022, commission director at Munich in February 2023.
    EXPECT_EQ(titlesOf(find(engagements, "biden-xi-bali-2022-11-14").positions),
              std::vector<std::string>{kForeignMinister});
    EXPECT_EQ(titlesOf(find(engagements, "blinken-wang-yi-munich-2023-02-18").positions),
              std::vector<std::string>{kCommissionDirector});
    EXPECT_EQ(titlesOf(find(engagements, "sullivan-wang-yi-vienna-2023-05-10").positions),
              std::vector<std::string>{kCommissionDirector});
}

TEST_F(Engagements, TwoOfficesHeldAtOnce)
{
    const auto wangYi = m_store.engagements("wang-yi", {});
    EXPECT_EQ(titlesOf(find(wangYi, "sullivan-wang-yi-malta-2023-09-16").positions),
              (std::vector<std::string>{kCommissionDirector, kForeignMinister}));

    for (const auto& engagement : m_store.engagements("xi-jinping", {})) {
        EXPECT_EQ(titlesOf(engagement.positions),
                  (std::vector<std::string>{"General Secretary of the Chinese Communist Party",
                                            "President of the People's Republic of China"}))
            << engagement.meeting;
    }
}

TEST_F(Engagements, MonthPrecisionMeetingKeepsItsPrecision)
{
    const auto engagements = m_store.engagements("wang-yi", {});
    const auto& jakarta = find(engagements, "blinken-wang-yi-jakarta-2023-07");
    EXPECT_EQ(jakarta.precision, Precision::Month);
    EXPECT_EQ(toIso(jakarta.start), "2023-07-01");
    EXPECT_EQ(toIso(periodOf(jakarta.start, jakarta.end, jakarta.precision).last()), "2023-07-31");
    // Offices as held on the 1st: the ministry came back on 25 July.
    EXPECT_EQ(titlesOf(jakarta.positions), std::vector<std::string>{kCommissionDirector});
}

TEST_F(Engagements, DateRangeOverlapsLikeMeetings)
{
    EXPECT_EQ(idsOf(m_store.engagements("wang-yi", dateRange("2023-07-31", "2023-09-15"))),
              std::vector<std::string>{"blinken-wang-yi-jakarta-2023-07"});
    EXPECT_EQ(idsOf(m_store.engagements("wang-yi", dateRange("2023-09-17", "2023-10-26"))),
              (std::vector<std::string>{"sullivan-wang-yi-malta-2023-09-16",
                                        "wang-yi-washington-2023-10-26"}));
    EXPECT_TRUE(m_store.engagements("wang-yi", dateRange("2019-01-01", "2020-12-31")).empty());
}

TEST_F(Engagements, OtherFacetsOfTheFilterAreIgnored)
{
    Filter filter = dateRange("2023-01-01", "2023-12-31");
    filter.setCountries({"MT"});
    filter.setOfficials({"joe-biden"});
    EXPECT_EQ(idsOf(m_store.engagements("wang-yi", filter)),
              idsOf(m_store.engagements("wang-yi", dateRange("2023-01-01", "2023-12-31"))));
}

TEST_F(Engagements, OfficialWithoutMeetingsHasNone)
{
    EXPECT_TRUE(m_store.engagements("shinzo-abe", {}).empty());
}

TEST_F(Engagements, UnknownOfficialIsADataErrorNamingTheId)
{
    try {
        m_store.engagements("nobody", {});
        FAIL() << "an unknown official was accepted";
    } catch (const DataError& error) {
        EXPECT_NE(std::string(error.what()).find("\"nobody\""), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace parley::test
