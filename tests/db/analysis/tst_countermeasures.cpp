// Measures and countermeasures paired by time, against pairs found here from
// the parley/1 records in another way: by going back from each answer day by
// day to the most recent move of the other side.
#include "db/analysis/Countermeasures.h"
#include "tests/db/analysis/AnalysisTestData.h"

namespace parley::test {
namespace {

using Pairs = std::vector<std::tuple<std::string, std::string, int>>;

Pairs expectedPairs(const Dataset& data, const std::string& a, const std::string& b, int days)
{
    const auto on = [](const Measure& x, const std::string& by, const std::string& target) {
        return x.imposedBy == by && contains(x.targets, target);
    };
    // The measures known to the day in the test data, by date, then id.
    std::vector<const Measure*> between;
    for (const auto& x : data.measures) {
        if (x.precision == Precision::Day && (on(x, a, b) || on(x, b, a)))
            between.push_back(&x);
    }
    std::ranges::sort(between, [](const Measure* x, const Measure* y) {
        return x->announced != y->announced ? x->announced < y->announced : x->id < y->id;
    });
    std::set<std::string> used;
    Pairs pairs;
    for (std::size_t i = 0; i < between.size(); ++i) {
        const Measure& answer = *between[i];
        // Back from the answer's day to DAYS before, the latest move first.
        for (int back = 0; back <= days && !used.contains(answer.id); ++back) {
            const Date when = answer.announced - boost::gregorian::days(back);
            for (std::size_t j = i; j-- > 0;) {
                const Measure& first = *between[j];
                if (first.announced == when && !used.contains(first.id) &&
                    first.imposedBy != answer.imposedBy) {
                    used.insert({first.id, answer.id});
                    pairs.emplace_back(first.id, answer.id, back);
                    break;
                }
            }
        }
    }
    std::ranges::sort(pairs, [&](const auto& x, const auto& y) {
        const auto dateOf = [&](const std::string& id) {
            return std::ranges::find(data.measures, id, &Measure::id)->announced;
        };
        return std::pair(dateOf(std::get<0>(x)), std::get<0>(x)) <
               std::pair(dateOf(std::get<0>(y)), std::get<0>(y));
    });
    return pairs;
}

Pairs actualPairs(const std::vector<MeasurePair>& pairs)
{
    Pairs result;
    for (const auto& pair : pairs)
        result.emplace_back(pair.first->id, pair.answer->id, pair.lagDays);
    return result;
}

TEST(Countermeasures, EveryPairOfCountriesAsTheRecordsSay)
{
    const auto& data = testDataset();
    std::size_t found = 0;
    for (const char* a : {"US", "CN", "EU", "JP", "HK"}) {
        for (const char* b : {"US", "CN", "EU", "JP", "HK"}) {
            if (std::string(a) == b)
                continue;
            for (const int days : {0, 3, 30, 90, 365}) {
                const auto expected = expectedPairs(data, a, b, days);
                found += expected.size();
                EXPECT_EQ(actualPairs(pairedMeasures(data.measures, a, b, days)), expected)
                    << a << "/" << b << " " << days;
            }
        }
    }
    EXPECT_GT(found, 20U);
}

TEST(Countermeasures, ChinaAnsweredTheHongKongSanctions)
{
    const auto pairs = pairedMeasures(testDataset().measures, "US", "CN", 30);
    const auto answer = std::ranges::find(pairs, std::string("cn-counter-sanctions-2020"),
                                          [](const MeasurePair& p) { return p.answer->id; });
    ASSERT_NE(answer, pairs.end());
    // The most recent US move three days before, not the TikTok orders of the day before.
    EXPECT_EQ(answer->first->id, "us-hong-kong-sanctions-2020");
    EXPECT_EQ(answer->lagDays, 3);
    EXPECT_TRUE(answer->exact);
}

TEST(Countermeasures, TheSameDayAndAMonthOfUncertainty)
{
    const auto& data = testDataset();
    const auto eu = pairedMeasures(data.measures, "EU", "CN", 30);
    ASSERT_FALSE(eu.empty());
    EXPECT_EQ(eu.front().lagDays, 0);
    EXPECT_EQ(
        std::set({eu.front().first->id, eu.front().answer->id}),
        std::set<std::string>({"cn-eu-counter-sanctions-2021", "eu-xinjiang-sanctions-2021"}));

    // A Chinese answer some day of July 2024 to the EU's duties of June 2024.
    Dataset changed = data;
    Measure answer = data.measures.front();
    answer.id = "cn-answer-2024-07";
    answer.imposedBy = "CN";
    answer.targets = {"EU"};
    answer.announced = day("2024-07-01");
    answer.precision = Precision::Month;
    changed.measures.push_back(answer);
    const auto pairs = pairedMeasures(changed.measures, "CN", "EU", 1);
    const auto found = std::ranges::find(pairs, std::string("cn-answer-2024-07"),
                                         [](const MeasurePair& p) { return p.answer->id; });
    ASSERT_NE(found, pairs.end());
    EXPECT_EQ(found->first->id, "eu-ev-duties-2024");
    EXPECT_EQ(found->lagDays, 1); // from the end of June to the start of July at least
    EXPECT_FALSE(found->exact);
}

} // namespace
} // namespace parley::test
