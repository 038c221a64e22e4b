// A channel between two sides, found in memory and through the store, against
// the same facts worked out here from the parley/1 records with plain loops:
// which meetings, per year, the intervals, the days since the last one and
// which offices met.
#include "db/analysis/Channel.h"
#include "db/analysis/ChannelMeetings.h"
#include "tests/db/analysis/AnalysisTestData.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <numeric>

namespace parley::test {
namespace {

const Date kToday = day("2025-03-01");

bool takesPart(const Analysed& t, const Side& side, const Meeting& meeting)
{
    return side.isCountry() ? t.countriesOf(meeting).contains(side.id)
                            : contains(meeting.participants, side.id);
}

// The last day a meeting covers, by the calendar.
Date lastDayOf(const Meeting& meeting)
{
    if (meeting.precision == Precision::Year)
        return Date(meeting.end.year(), 12, 31);
    if (meeting.precision == Precision::Month)
        return meeting.end.end_of_month();
    return meeting.end;
}

std::string officeOn(const Official& official, Date when)
{
    std::vector<std::string> titles;
    for (const auto& p : official.positions) {
        if (!(when < p.start) && !(p.end && *p.end < when))
            titles.push_back(p.title);
    }
    if (titles.empty())
        return "(none)";
    return std::accumulate(
        std::next(titles.begin()), titles.end(), titles.front(),
        [](const std::string& all, const std::string& t) { return all + "; " + t; });
}

struct Expected {
    std::vector<std::string> ids;
    std::map<int, int> perYear;
    std::optional<double> median;
    std::optional<int> longest;
    std::optional<int> sinceLast;
    std::map<std::pair<std::string, std::string>, int> offices;
};

Expected expected(const Analysed& t, const Side& a, const Side& b)
{
    Expected e;
    std::vector<Meeting> in;
    for (const auto& meeting : t.data.meetings) {
        if (takesPart(t, a, meeting) && takesPart(t, b, meeting))
            in.push_back(meeting);
    }
    std::ranges::sort(in, [](const Meeting& x, const Meeting& y) {
        return x.start < y.start || (x.start == y.start && x.id < y.id);
    });
    if (in.empty())
        return e;
    std::vector<int> gaps;
    Date lastDay = lastDayOf(in.front());
    for (std::size_t i = 0; i < in.size(); ++i) {
        e.ids.push_back(in[i].id);
        if (i > 0)
            gaps.push_back(daysBetween(in[i - 1].start, in[i].start));
        lastDay = std::max(lastDay, lastDayOf(in[i]));
    }
    for (int year = in.front().start.year(); year <= in.back().start.year(); ++year)
        e.perYear[year] = static_cast<int>(
            std::ranges::count_if(in, [&](const Meeting& m) { return m.start.year() == year; }));
    std::ranges::sort(gaps);
    if (!gaps.empty()) {
        const std::size_t n = gaps.size();
        e.median = n % 2 ? gaps[n / 2] : (gaps[n / 2 - 1] + gaps[n / 2]) / 2.0;
        e.longest = gaps.back();
    }
    e.sinceLast = daysBetween(lastDay, kToday);
    for (const auto& meeting : in) {
        std::set<std::pair<std::string, std::string>> met;
        for (const auto& x : meeting.participants) {
            for (const auto& y : meeting.participants) {
                const auto& ox = t.officials.at(x);
                const auto& oy = t.officials.at(y);
                const bool xOnA = a.isCountry() ? ox.country == a.id : x == a.id;
                const bool yOnB = b.isCountry() ? oy.country == b.id : y == b.id;
                if (x != y && xOnA && yOnB)
                    met.insert({officeOn(ox, meeting.start), officeOn(oy, meeting.start)});
            }
        }
        for (const auto& pair : met)
            ++e.offices[pair];
    }
    return e;
}

std::map<std::pair<std::string, std::string>, int> officeCounts(const Channel& channel)
{
    std::map<std::pair<std::string, std::string>, int> counts;
    for (const auto& pair : channel.offices)
        counts[{pair.a.value_or("(none)"), pair.b.value_or("(none)")}] = pair.meetings;
    return counts;
}

void expectChannel(const Channel& channel, const Expected& e, const std::string& name)
{
    std::vector<std::string> ids;
    for (const auto* meeting : channel.meetings)
        ids.push_back(meeting->id);
    EXPECT_EQ(ids, e.ids) << name;
    EXPECT_EQ(channel.stats.perYear, e.perYear) << name;
    EXPECT_EQ(channel.stats.medianIntervalDays, e.median) << name;
    EXPECT_EQ(channel.stats.longestGapDays, e.longest) << name;
    EXPECT_EQ(channel.stats.daysSinceLast, e.sinceLast) << name;
    EXPECT_EQ(officeCounts(channel), e.offices) << name;
    EXPECT_TRUE(std::ranges::is_sorted(channel.offices, std::greater<>(), &OfficePair::meetings))
        << name;
    if (e.longest) {
        ASSERT_FALSE(channel.stats.longestGaps.empty()) << name;
        EXPECT_EQ(channel.stats.longestGaps.front().days, *e.longest) << name;
    }
}

std::vector<Side> sides()
{
    std::vector<Side> all;
    for (const char* code : {"US", "CN", "EU", "JP", "SG", "AU"})
        all.push_back(Side::country(code));
    for (const char* id : {"antony-blinken", "wang-yi", "jake-sullivan", "xi-jinping", "joe-biden",
                           "liu-he", "gina-raimondo", "wang-wentao", "donald-trump"})
        all.push_back(Side::official(id));
    return all;
}

TEST(Channel, EveryPairOfSidesInMemoryAndThroughTheStoreAsTheRecordsSay)
{
    const auto& t = testData();
    int withMeetings = 0;
    for (const auto& a : sides()) {
        for (const auto& b : sides()) {
            if (a == b)
                continue;
            const std::string name = a.id + " / " + b.id;
            const auto e = expected(t, a, b);
            withMeetings += e.ids.size() > 1;
            expectChannel(channelOf(t.index, t.heldRecord(), t.lookup(), a, b, kToday), e, name);

            const auto stored = channelMeetings(t.store, a, b, Filter());
            expectChannel(channelOf(a, b, pointersTo(stored), t.lookup(), kToday), e,
                          name + " (store)");
        }
    }
    EXPECT_GT(withMeetings, 40); // the test data is about these people
}

TEST(Channel, BlinkenAndWangYiAsTheRecordsTellIt)
{
    const auto& t = testData();
    const auto channel =
        channelOf(t.index, t.heldRecord(), t.lookup(), Side::official("antony-blinken"),
                  Side::official("wang-yi"), kToday);
    ASSERT_EQ(channel.meetings.size(), 10U);
    EXPECT_EQ(channel.meetings.front()->id, "anchorage-talks-2021-03-18");
    // 2, 13, 20, 96, 117, 120, 128, 163 and 476 days apart.
    EXPECT_EQ(channel.stats.medianIntervalDays, 117.0);
    EXPECT_EQ(channel.stats.longestGapDays, 476);
    EXPECT_EQ(channel.stats.longestGaps.front().after->id, "g20-foreign-ministers-bali-2022-07-07");
    EXPECT_EQ(channel.stats.perYear,
              (std::map<int, int>{{2021, 1}, {2022, 3}, {2023, 5}, {2024, 1}}));
    ASSERT_FALSE(channel.offices.empty());
    EXPECT_EQ(channel.offices.front(),
              (OfficePair{"Secretary of State", "Minister of Foreign Affairs", 4}));
}

TEST(Channel, AMeetingKnownToTheMonthEndsWithItsMonth)
{
    const auto& t = testData();
    const auto all =
        channelMeetings(t.store, Side::official("antony-blinken"), Side::official("wang-yi"),
                        dateRange("2021-01-01", "2023-07-31"));
    ASSERT_EQ(all.back().id, "blinken-wang-yi-jakarta-2023-07");
    const auto meetings = pointersTo(all);
    EXPECT_EQ(channelStats(meetings, day("2023-08-10")).daysSinceLast, 10);
    // Under way: the month has not ended.
    EXPECT_EQ(channelStats(meetings, day("2023-07-20")).daysSinceLast, -11);
}

TEST(Channel, FewMeetingsHaveNoIntervals)
{
    const Meeting once = plainMeeting("once", "2020-02-03", "2020-02-04", Precision::Day);
    const Meeting* one[] = {&once};
    const auto stats = channelStats(one, day("2020-02-14"));
    EXPECT_EQ(stats.perYear, (std::map<int, int>{{2020, 1}}));
    EXPECT_EQ(stats.medianIntervalDays, std::nullopt);
    EXPECT_EQ(stats.longestGapDays, std::nullopt);
    EXPECT_TRUE(stats.longestGaps.empty());
    EXPECT_EQ(stats.daysSinceLast, 10);
    const auto none = channelStats({}, day("2020-02-14"));
    EXPECT_TRUE(none.perYear.empty());
    EXPECT_EQ(none.daysSinceLast, std::nullopt);
}

TEST(Channel, AnEvenNumberOfIntervalsHasTheMeanOfTheMiddleTwo)
{
    const Meeting m[] = {plainMeeting("a", "2020-01-01", "2020-01-01", Precision::Day),
                         plainMeeting("b", "2020-01-11", "2020-01-11", Precision::Day),
                         plainMeeting("c", "2020-01-14", "2020-01-14", Precision::Day),
                         plainMeeting("d", "2022-01-14", "2022-01-14", Precision::Day),
                         plainMeeting("e", "2022-01-14", "2022-01-14", Precision::Day)};
    const Meeting* meetings[] = {&m[0], &m[1], &m[2], &m[3], &m[4]};
    const auto stats = channelStats(meetings, day("2022-01-14"));
    EXPECT_EQ(stats.medianIntervalDays, 6.5); // of 0, 3, 10 and 731
    EXPECT_EQ(stats.perYear, (std::map<int, int>{{2020, 3}, {2021, 0}, {2022, 2}}));
    EXPECT_EQ(stats.daysSinceLast, 0);
}

TEST(Channel, UnknownSidesHaveNoMeetings)
{
    const auto& t = testData();
    EXPECT_TRUE(channelMeetings(t.index, Side::country("XX"), Side::country("US")).empty());
    EXPECT_TRUE(channelMeetings(t.index, Side::official("nobody"), Side::country("US")).empty());
    EXPECT_TRUE(
        channelMeetings(t.store, Side::official("nobody"), Side::country("US"), Filter()).empty());
}

TEST(Side, UpperCaseIsACountryLowerCaseAnOfficial)
{
    EXPECT_EQ(parseSide("US"), Side::country("US"));
    EXPECT_EQ(parseSide("G7"), Side::country("G7"));
    EXPECT_EQ(parseSide("wang-yi"), Side::official("wang-yi"));
    EXPECT_EQ(parseSide("Wang-Yi"), std::nullopt);
    EXPECT_EQ(parseSide(""), std::nullopt);
    EXPECT_EQ(parseSide("wang yi"), std::nullopt);
}

} // namespace
} // namespace parley::test
