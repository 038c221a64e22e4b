#include "db/analysis/WhatFollowed.h"

#include "db/analysis/Lag.h"
#include "db/store/Store.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace parley {

namespace {

// The first and last start dates a meeting within DAYS of MEASURE can have,
// wide enough for a start known only to the year.
Period startDates(const Measure& measure, int days)
{
    const Period announced = measure.period();
    constexpr int kLongestPeriod = 366;
    return {announced.begin() - boost::gregorian::days(days + kLongestPeriod),
            announced.last() + boost::gregorian::days(days + 1)};
}

std::vector<std::uint32_t> positionsOf(const std::vector<std::string>& sorted,
                                       const std::vector<std::string>& ids)
{
    std::vector<std::uint32_t> positions;
    for (const auto& id : ids) {
        const auto found = std::ranges::lower_bound(sorted, id);
        if (found != sorted.end() && *found == id)
            positions.push_back(static_cast<std::uint32_t>(found - sorted.begin()));
    }
    return positions;
}

bool within(int lag, int days) { return lag >= -days && lag <= days; }

} // namespace

std::vector<std::size_t> meetingsAround(const MeetingIndex& index, const Measure& measure, int days)
{
    std::vector<std::size_t> found;
    const auto imposer = positionsOf(index.countryCodes(), {measure.imposedBy});
    const auto targets = positionsOf(index.countryCodes(), measure.targets);
    if (imposer.empty() || targets.empty())
        return found;
    const Period starts = startDates(measure, days);
    const auto first = dayNumber(starts.begin());
    const auto last = dayNumber(starts.last());
    for (std::size_t meeting = 0; meeting < index.size(); ++meeting) {
        const auto start = index.firstDay(meeting);
        if (start < first || start > last)
            continue;
        const auto countries = index.countriesOf(meeting);
        if (std::ranges::binary_search(countries, imposer.front()) &&
            std::ranges::any_of(targets, [&](std::uint32_t target) {
                return std::ranges::binary_search(countries, target);
            }))
            found.push_back(meeting);
    }
    return found;
}

std::vector<Meeting> meetingsAround(const Store& store, const Measure& measure, int days)
{
    if (measure.targets.empty())
        return {};
    const Period starts = startDates(measure, days);
    // A meeting overlaps this range when it starts in it, and maybe otherwise.
    Filter range;
    range.setFrom(starts.begin());
    range.setTo(starts.last());
    Filter byImposer = range;
    byImposer.setCountries({measure.imposedBy});
    Filter byTarget = range;
    byTarget.setCountries({measure.targets.begin(), measure.targets.end()});
    const auto ofImposer = store.meetingKeys(byImposer);
    const auto ofTarget = store.meetingKeys(byTarget);
    std::vector<std::int64_t> both;
    std::ranges::set_intersection(ofImposer, ofTarget, std::back_inserter(both));
    return store.meetingsWithKeys(std::move(both));
}

std::vector<LaggedMeeting> followedBy(const Measure& measure,
                                      std::span<const Meeting* const> meetings, int days)
{
    std::vector<LaggedMeeting> lagged;
    for (const Meeting* meeting : meetings) {
        const int lag = lagDays(measure.period(), startPeriod(*meeting));
        if (within(lag, days))
            lagged.push_back({meeting, lag, exactLag(*meeting, measure)});
    }
    std::ranges::sort(lagged, [](const LaggedMeeting& x, const LaggedMeeting& y) {
        return std::tie(x.lagDays, x.meeting->start, x.meeting->id) <
               std::tie(y.lagDays, y.meeting->start, y.meeting->id);
    });
    return lagged;
}

std::vector<LaggedMeasure> measuresAround(const Meeting& meeting,
                                          const std::vector<std::string>& countries,
                                          std::span<const Measure> measures, int days)
{
    const auto involved = [&](const std::string& code) {
        return std::ranges::find(countries, code) != countries.end();
    };
    std::vector<LaggedMeasure> lagged;
    for (const Measure& measure : measures) {
        if (!involved(measure.imposedBy) && std::ranges::none_of(measure.targets, involved))
            continue;
        const int lag = lagDays(startPeriod(meeting), measure.period());
        if (within(lag, days))
            lagged.push_back({&measure, lag, exactLag(meeting, measure)});
    }
    std::ranges::sort(lagged, [](const LaggedMeasure& x, const LaggedMeasure& y) {
        return std::tie(x.lagDays, x.measure->announced, x.measure->id) <
               std::tie(y.lagDays, y.measure->announced, y.measure->id);
    });
    return lagged;
}

} // namespace parley
