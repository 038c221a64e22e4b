#pragma once

#include "db/analysis/ChannelStats.h"
#include "db/analysis/OfficePairs.h"
#include "db/analysis/Side.h"
#include "db/index/MeetingIndex.h"

#include <span>
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

// The channel found in memory: INDEX was built from RECORDS (each position's
// record), which the caller keeps alive.
Channel channelOf(const MeetingIndex& index, std::span<const Meeting* const> records,
                  const OfficialLookup& officials, Side a, Side b, Date today);

} // namespace parley
