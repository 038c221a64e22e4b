#pragma once

#include "db/analysis/Side.h"
#include "db/index/MeetingIndex.h"
#include "db/model/Filter.h"
#include "db/model/Records.h"

#include <cstddef>
#include <vector>

namespace parley {

class Store;

// The meetings of a channel: those in which both sides take part (a country
// as the host or the country of any participant, an official as a
// participant). Two ways to find them, which the tests hold to the same
// answer: in memory, as the window does, and through the store, as parley-db
// does.

// From INDEX: the positions of the channel's meetings, ascending (so by start
// date then id when the index was built from Store::allMeetingBriefs()). A
// side the index does not know has no meetings.
std::vector<std::size_t> channelMeetings(const MeetingIndex& index, const Side& a, const Side& b);

// From STORE: the channel's meetings within RANGE's dates (a meeting is in
// when its period overlaps them; the rest of RANGE is ignored), in full,
// ordered by start date then id.
std::vector<Meeting> channelMeetings(const Store& store, const Side& a, const Side& b,
                                     const Filter& range);

// The filter that matches the meetings SIDE takes part in, within RANGE's dates.
Filter sideFilter(const Side& side, const Filter& range = Filter());

} // namespace parley
