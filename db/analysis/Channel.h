#pragma once

#include "db/analysis/ChannelStats.h"
#include "db/analysis/OfficePairs.h"
#include "db/analysis/Side.h"
#include "db/index/MeetingIndex.h"

#include <functional>
#include <vector>

namespace parley {

// Everything Parley tells about how two sides talk: every meeting between
// them, how often and how regularly, and which offices met.
struct Channel {
    Side a;
    Side b;
    std::vector<const Meeting*> meetings; // by start date then id
    ChannelStats stats;
    std::vector<OfficePair> offices;
};

// The channel of MEETINGS, ordered by start date then id, which the caller
// keeps alive; TODAY is the day days-since-last counts to.
Channel channelOf(Side a, Side b, std::vector<const Meeting*> meetings,
                  const OfficialLookup& officials, Date today);

// The channel found in memory: INDEX was built from the records RECORD_AT
// gives by position, which the caller keeps alive. Only the channel's own
// records are asked for.
Channel channelOf(const MeetingIndex& index,
                  const std::function<const Meeting&(std::size_t position)>& recordAt,
                  const OfficialLookup& officials, Side a, Side b, Date today);

} // namespace parley
