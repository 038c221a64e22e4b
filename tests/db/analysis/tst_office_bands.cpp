// Who held an office over time, against a day-by-day count of holders made
// here from the officials' positions in the parley/1 records.
#include "db/analysis/OfficeBands.h"
#include "tests/db/analysis/AnalysisTestData.h"

namespace parley::test {
namespace {

using Span = OfficeBands::Span;

// Walks every day from the first start to the last end (or a year past the
// last start when some holder is still in office) counting holders, and
// writes down the runs with none and with two or more.
std::pair<std::vector<Span>, std::vector<Span>> walkDays(const std::vector<Position>& held)
{
    Date first = held.front().start;
    Date last = first;
    bool open = false;
    for (const auto& p : held) {
        first = std::min(first, p.start);
        last = std::max(last, p.end.value_or(p.start));
        open = open || !p.end;
    }
    const Date walkTo = open ? last + boost::gregorian::days(366) : last;
    std::vector<Span> vacant, shared;
    int before = 1;
    for (Date d = first; d <= walkTo; d += boost::gregorian::days(1)) {
        const auto holders =
            std::ranges::count_if(held, [&](const Position& p) { return p.heldOn(d); });
        if (holders == 0 && before != 0)
            vacant.push_back({d, d});
        if (holders == 0)
            vacant.back().end = d;
        if (holders >= 2 && before < 2)
            shared.push_back({d, d});
        if (holders >= 2)
            shared.back().end = d;
        before = static_cast<int>(holders);
    }
    // Vacant at the end of the walk is after the last end: not in the record.
    if (before == 0)
        vacant.pop_back();
    // Still shared at the end of the walk: two holders still in office.
    if (before >= 2 && open)
        shared.back().end = std::nullopt;
    return {vacant, shared};
}

TEST(OfficeBands, EveryOfficeOfEveryCountryDayByDay)
{
    const auto& data = testDataset();
    int offices = 0, vacancies = 0, overlaps = 0;
    for (const auto& country : data.countries) {
        for (const auto& title : officeTitles(data.officials, country.code)) {
            std::vector<Position> held;
            std::vector<std::string> holders;
            for (const auto& official : data.officials) {
                for (const auto& position : official.positions) {
                    if (official.country == country.code && position.title == title) {
                        held.push_back(position);
                        holders.push_back(official.id);
                    }
                }
            }
            ASSERT_FALSE(held.empty()) << title;
            const auto bands = officeBands(data.officials, country.code, title);
            ASSERT_EQ(bands.bands.size(), held.size()) << title;
            for (std::size_t i = 0; i < held.size(); ++i)
                EXPECT_TRUE(std::ranges::any_of(bands.bands, [&](const auto& band) {
                    return band.official == holders[i] && band.start == held[i].start &&
                           band.end == held[i].end;
                })) << title;
            EXPECT_TRUE(std::ranges::is_sorted(bands.bands, {}, &OfficeBands::Band::start));
            const auto [vacant, shared] = walkDays(held);
            EXPECT_EQ(bands.vacancies, vacant) << country.code << " " << title;
            EXPECT_EQ(bands.overlaps, shared) << country.code << " " << title;
            ++offices;
            vacancies += static_cast<int>(vacant.size());
            overlaps += static_cast<int>(shared.size());
        }
    }
    EXPECT_GT(offices, 25);
    EXPECT_GT(vacancies, 2);
    EXPECT_GT(overlaps, 2);
}

TEST(OfficeBands, SecretariesOfStateWithTheWeeksBetween)
{
    const auto office = officeBands(testDataset().officials, "US", "Secretary of State");
    ASSERT_EQ(office.bands.size(), 3U);
    EXPECT_EQ(office.bands[0].official, "rex-tillerson");
    EXPECT_EQ(office.bands[1].official, "mike-pompeo");
    EXPECT_EQ(office.bands[2].official, "antony-blinken");
    EXPECT_EQ(office.vacancies, (std::vector<Span>{{day("2018-04-01"), day("2018-04-25")},
                                                   {day("2021-01-21"), day("2021-01-25")}}));
    EXPECT_TRUE(office.overlaps.empty());
}

TEST(OfficeBands, ChinasForeignMinistersHandOverOnTheSameDay)
{
    const auto office = officeBands(testDataset().officials, "CN", "Minister of Foreign Affairs");
    ASSERT_EQ(office.bands.size(), 3U);
    EXPECT_EQ(office.bands[1].official, "qin-gang");
    EXPECT_EQ(office.overlaps, (std::vector<Span>{{day("2022-12-30"), day("2022-12-30")},
                                                  {day("2023-07-25"), day("2023-07-25")}}));
    EXPECT_TRUE(office.vacancies.empty());
    EXPECT_TRUE(officeBands(testDataset().officials, "CN", "Secretary of State").bands.empty());
}

TEST(OfficeBands, TwoHoldersStillInOfficeOverlapWithoutEnd)
{
    Official a{"a", "A", "XX", {}, {}, {{"Co-Chair", "Body", day("2020-01-01"), std::nullopt}}};
    Official b{"b", "B", "XX", {}, {}, {{"Co-Chair", "Body", day("2021-01-01"), std::nullopt}}};
    const std::vector<Official> officials{a, b};
    const auto office = officeBands(officials, "XX", "Co-Chair");
    EXPECT_EQ(office.overlaps, (std::vector<Span>{{day("2021-01-01"), std::nullopt}}));
    EXPECT_TRUE(office.vacancies.empty());
}

} // namespace
} // namespace parley::test
