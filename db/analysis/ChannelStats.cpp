#include "db/analysis/ChannelStats.h"

#include "db/analysis/Lag.h"

#include <algorithm>

namespace parley {

namespace {

std::optional<double> median(std::vector<int> values)
{
    if (values.empty())
        return std::nullopt;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::ranges::nth_element(values, middle);
    if (values.size() % 2 == 1)
        return *middle;
    // The other middle one is the largest of the lower half.
    const int below = *std::max_element(values.begin(), middle);
    return (below + *middle) / 2.0;
}

} // namespace

ChannelStats channelStats(std::span<const Meeting* const> meetings, Date today)
{
    ChannelStats stats;
    if (meetings.empty())
        return stats;
    for (int year = meetings.front()->start.year(); year <= meetings.back()->start.year(); ++year)
        stats.perYear[year] = 0;
    std::vector<int> intervals;
    intervals.reserve(meetings.size());
    for (std::size_t at = 0; at < meetings.size(); ++at) {
        const Meeting& meeting = *meetings[at];
        ++stats.perYear[meeting.start.year()];
        if (!stats.last || meeting.period().last() > stats.last->period().last())
            stats.last = &meeting;
        if (at > 0) {
            const Meeting& before = *meetings[at - 1];
            intervals.push_back(dayNumber(meeting.start) - dayNumber(before.start));
            stats.longestGaps.push_back({&before, &meeting, intervals.back()});
        }
    }
    stats.daysSinceLast = dayNumber(today) - dayNumber(stats.last->period().last());
    stats.medianIntervalDays = median(intervals);
    if (!intervals.empty())
        stats.longestGapDays = std::ranges::max(intervals);
    // Sorting keeps equal gaps in date order.
    std::ranges::stable_sort(stats.longestGaps, std::greater<>(), &ChannelStats::Gap::days);
    stats.longestGaps.resize(std::min(stats.longestGaps.size(), ChannelStats::kLongestGaps));
    return stats;
}

} // namespace parley
