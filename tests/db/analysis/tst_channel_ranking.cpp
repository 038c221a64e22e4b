// The busiest and quietest pairs of countries, against counts made here from
// the parley/1 records: every pair of countries taking part in a meeting.
#include "db/analysis/ChannelRanking.h"
#include "db/analysis/Lag.h"
#include "tests/db/analysis/AnalysisTestData.h"

#include <numeric>

namespace parley::test {
namespace {

struct Tally {
    int meetings = 0;
    Date lastDay{boost::gregorian::min_date_time};
};

std::map<std::pair<std::string, std::string>, Tally> tally(const Analysed& t, const Filter& keep)
{
    std::map<std::pair<std::string, std::string>, Tally> pairs;
    for (const auto& meeting : t.data.meetings) {
        if (keep.from() && meeting.period().last() < *keep.from())
            continue;
        const auto countries = t.countriesOf(meeting);
        for (const auto& a : countries) {
            for (const auto& b : countries) {
                if (a < b) {
                    auto& entry = pairs[{a, b}];
                    ++entry.meetings;
                    entry.lastDay = std::max(entry.lastDay, meeting.period().last());
                }
            }
        }
    }
    return pairs;
}

std::vector<std::size_t> positionsFrom(const Analysed& t, const Filter& keep)
{
    std::vector<std::size_t> positions;
    for (std::size_t at = 0; at < t.held.meetings.size(); ++at) {
        if (!keep.from() || !(t.held.meetings[at].period().last() < *keep.from()))
            positions.push_back(at);
    }
    return positions;
}

TEST(ChannelRanking, EveryPairOfCountriesThatMetIsCounted)
{
    const auto& t = testData();
    for (const auto& keep : {Filter(), dateRange("2023-01-01", "2030-01-01")}) {
        const auto expected = tally(t, keep);
        const auto pairs = countryPairs(t.index, positionsFrom(t, keep));
        ASSERT_EQ(pairs.size(), expected.size());
        for (const auto& pair : pairs) {
            const auto& entry = expected.at({pair.a, pair.b});
            EXPECT_EQ(pair.meetings, entry.meetings) << pair.a << pair.b;
            EXPECT_EQ(pair.lastDay, dayNumber(entry.lastDay)) << pair.a << pair.b;
        }
    }
}

TEST(ChannelRanking, TheBusiestFirstAndTheLongestSilentFirst)
{
    const auto& t = testData();
    const auto all = countryPairs(t.index, positionsFrom(t, Filter()));
    const auto busiest = busiestPairs(all, 3);
    ASSERT_EQ(busiest.size(), 3U);
    EXPECT_EQ(std::pair(busiest[0].a, busiest[0].b),
              std::pair(std::string("CN"), std::string("US")));
    const auto expected = tally(t, Filter());
    EXPECT_EQ(busiest[0].meetings, expected.at({"CN", "US"}).meetings);
    for (const auto& [pair, entry] : expected)
        EXPECT_LE(entry.meetings, busiest[0].meetings);
    EXPECT_GE(busiest[1].meetings, busiest[2].meetings);

    const auto quiet = quietestPairs(all, 100, 3);
    ASSERT_FALSE(quiet.empty());
    std::size_t eligible = 0;
    for (const auto& [pair, entry] : expected) {
        // Nothing with three meetings or more has been silent longer.
        if (entry.meetings >= 3) {
            ++eligible;
            EXPECT_GE(dayNumber(entry.lastDay), quiet.front().lastDay);
        }
    }
    EXPECT_EQ(quiet.size(), eligible);
    EXPECT_TRUE(std::ranges::is_sorted(quiet, {}, &PairActivity::lastDay));
    EXPECT_TRUE(std::ranges::all_of(quiet, [](const auto& p) { return p.meetings >= 3; }));
    EXPECT_TRUE(busiestPairs({}, 5).empty());
}

} // namespace
} // namespace parley::test
