#pragma once

#include "db/model/Records.h"

#include <map>
#include <optional>
#include <span>
#include <vector>

namespace parley {

// How often two sides met, from the meetings of their channel.
struct ChannelStats {
    // The silence between two consecutive meetings, start date to start date.
    struct Gap {
        const Meeting* before = nullptr;
        const Meeting* after = nullptr;
        int days = 0;
    };

    // Meetings per year of their start, for every year from the first
    // meeting's to the last one's (0 for a year without any).
    std::map<int, int> perYear;
    // Of the days between consecutive meetings' start dates; of an even
    // number of intervals, the mean of the middle two. nullopt for fewer than
    // two meetings, as is longestGapDays.
    std::optional<double> medianIntervalDays;
    std::optional<int> longestGapDays;
    // The longest intervals, longest first (of equal ones the earliest),
    // at most kLongestGaps.
    std::vector<Gap> longestGaps;
    // The latest-ending meeting, and the days from its last day (a meeting
    // known to the month lasts the whole month) to today: negative when it
    // ends after today. nullopt (and null) without meetings.
    const Meeting* last = nullptr;
    std::optional<int> daysSinceLast;

    static constexpr std::size_t kLongestGaps = 3;
};

// MEETINGS ordered by start date then id, as the channel's queries give them.
ChannelStats channelStats(std::span<const Meeting* const> meetings, Date today);

} // namespace parley
