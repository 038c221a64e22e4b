#pragma once

#include "db/index/MeetingIndex.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace parley {

// How much two countries met among some meetings: the pair's channel in brief.
struct PairActivity {
    std::string a; // the two codes, a < b
    std::string b;
    int meetings = 0;
    std::int32_t firstStart = 0; // day numbers (Lag.h): the first meeting's start
    std::int32_t lastDay = 0;    // the latest last day of any of their meetings

    bool operator==(const PairActivity&) const = default;
};

// Every pair of countries that met among the meetings at POSITIONS of INDEX:
// both the host's or a participant's country of the same meeting. Ordered by
// codes.
std::vector<PairActivity> countryPairs(const MeetingIndex& index,
                                       std::span<const std::size_t> positions);

// The LIMIT busiest pairs: most meetings first, then by codes.
std::vector<PairActivity> busiestPairs(std::vector<PairActivity> pairs, std::size_t limit);

// The LIMIT pairs silent longest: the earliest last day first, then the most
// meetings, among pairs that met at least MIN_MEETINGS times (one meeting
// long ago is no channel gone quiet).
std::vector<PairActivity> quietestPairs(std::vector<PairActivity> pairs, std::size_t limit,
                                        int minMeetings = 3);

} // namespace parley
