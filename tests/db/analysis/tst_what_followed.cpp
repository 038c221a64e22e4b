// What followed a measure and what was announced around a meeting, against
// the same worked out here from the parley/1 records: lags by calendar.
#include "db/analysis/WhatFollowed.h"
#include "tests/db/analysis/AnalysisTestData.h"

namespace parley::test {
namespace {

// The first and last day a record's date may be, as its precision says.
std::pair<Date, Date> possibleDays(Date date, Precision precision)
{
    if (precision == Precision::Month)
        return {date, date.end_of_month()};
    if (precision == Precision::Year)
        return {date, Date(date.year(), 12, 31)};
    return {date, date};
}

// Days from one uncertain date to another: the least in absolute value.
int lag(std::pair<Date, Date> from, std::pair<Date, Date> to)
{
    int best = daysBetween(from.first, to.first);
    for (Date x = from.first; x <= from.second; x += boost::gregorian::days(1)) {
        for (Date y = to.first; y <= to.second; y += boost::gregorian::days(1)) {
            const int d = daysBetween(x, y);
            if (std::abs(d) < std::abs(best))
                best = d;
        }
    }
    return best;
}

std::vector<std::pair<std::string, int>> expectedMeetings(const Analysed& t, const Measure& x,
                                                          int days)
{
    std::vector<std::tuple<int, Date, std::string>> found;
    for (const auto& meeting : t.data.meetings) {
        const auto countries = t.countriesOf(meeting);
        bool target = false;
        for (const auto& code : x.targets)
            target = target || countries.contains(code);
        const int l = lag(possibleDays(x.announced, x.precision),
                          possibleDays(meeting.start, meeting.precision));
        if (countries.contains(x.imposedBy) && target && l >= -days && l <= days)
            found.emplace_back(l, meeting.start, meeting.id);
    }
    std::ranges::sort(found);
    std::vector<std::pair<std::string, int>> result;
    result.reserve(found.size());
    for (const auto& [l, start, id] : found)
        result.emplace_back(id, l);
    return result;
}

std::vector<std::pair<std::string, int>> idsAndLags(const std::vector<LaggedMeeting>& lagged)
{
    std::vector<std::pair<std::string, int>> result;
    result.reserve(lagged.size());
    for (const auto& item : lagged)
        result.emplace_back(item.meeting->id, item.lagDays);
    return result;
}

TEST(WhatFollowed, EveryMeasureInMemoryAndThroughTheStore)
{
    const auto& t = testData();
    std::size_t found = 0;
    for (const auto& measure : t.data.measures) {
        for (const int days : {0, 30, 120, 400}) {
            const std::string name = measure.id + " ±" + std::to_string(days);
            const auto expected = expectedMeetings(t, measure, days);
            found += expected.size();

            const auto positions = meetingsAround(t.index, measure, days);
            std::vector<const Meeting*> held;
            held.reserve(positions.size());
            for (const auto position : positions)
                held.push_back(&t.held.meetings[position]);
            EXPECT_EQ(idsAndLags(followedBy(measure, held, days)), expected) << name;

            const auto stored = meetingsAround(t.store, measure, days);
            EXPECT_EQ(idsAndLags(followedBy(measure, pointersTo(stored), days)), expected) << name;
        }
    }
    EXPECT_GT(found, 50U);
}

TEST(WhatFollowed, TheMicronBanAndTheTalksAfterIt)
{
    const auto& t = testData();
    const Measure& ban = t.measure("cn-micron-ban-2023");
    const auto stored = meetingsAround(t.store, ban, 30);
    const auto lagged = followedBy(ban, pointersTo(stored), 30);
    ASSERT_FALSE(lagged.empty());
    // Announced on 21 May 2023; Raimondo met Wang Wentao on the 25th.
    const auto talks =
        std::ranges::find(lagged, std::string("raimondo-wang-wentao-washington-2023-05-25"),
                          [](const LaggedMeeting& l) { return l.meeting->id; });
    ASSERT_NE(talks, lagged.end());
    EXPECT_EQ(talks->lagDays, 4);
    EXPECT_TRUE(talks->exact);
    EXPECT_TRUE(std::ranges::is_sorted(lagged, {}, &LaggedMeeting::lagDays));
}

TEST(WhatFollowed, AMeasureWithoutTargetsHasNoMeetings)
{
    const auto& t = testData();
    const Measure& controls = t.measure("cn-gallium-germanium-controls-2023");
    EXPECT_TRUE(meetingsAround(t.index, controls, 365).empty());
    EXPECT_TRUE(meetingsAround(t.store, controls, 365).empty());
}

TEST(WhatFollowed, TheMeasuresAroundEveryMeeting)
{
    const auto& t = testData();
    std::size_t found = 0;
    for (const auto& meeting : t.data.meetings) {
        const auto countries = t.countriesOf(meeting);
        const std::vector<std::string> codes(countries.begin(), countries.end());
        for (const int days : {0, 30, 200}) {
            std::vector<std::tuple<int, Date, std::string>> expected;
            for (const auto& x : t.data.measures) {
                bool involved = countries.contains(x.imposedBy);
                for (const auto& target : x.targets)
                    involved = involved || countries.contains(target);
                const int l = lag(possibleDays(meeting.start, meeting.precision),
                                  possibleDays(x.announced, x.precision));
                if (involved && std::abs(l) <= days)
                    expected.emplace_back(l, x.announced, x.id);
            }
            std::ranges::sort(expected);
            found += expected.size();
            std::vector<std::tuple<int, Date, std::string>> actual;
            for (const auto& l : measuresAround(meeting, codes, t.data.measures, days))
                actual.emplace_back(l.lagDays, l.measure->announced, l.measure->id);
            EXPECT_EQ(actual, expected) << meeting.id << " ±" << days;
        }
    }
    EXPECT_GT(found, 50U);
}

TEST(WhatFollowed, ADateKnownToTheMonthIsNoExactLag)
{
    const auto& t = testData();
    // The EU's duties on Chinese electric cars are known to June 2024.
    const Measure& duties = t.measure("eu-ev-duties-2024");
    const Meeting inJune = plainMeeting("june", "2024-06-20", "2024-06-20", Precision::Day, "EU");
    const Meeting inJuly = plainMeeting("july", "2024-07-02", "2024-07-02", Precision::Day, "EU");
    const Meeting* meetings[] = {&inJune, &inJuly};
    const auto lagged = followedBy(duties, meetings, 30);
    ASSERT_EQ(lagged.size(), 2U);
    EXPECT_EQ(lagged[0].lagDays, 0);
    EXPECT_EQ(lagged[1].lagDays, 2);
    EXPECT_FALSE(lagged[0].exact);
}

} // namespace
} // namespace parley::test
