#pragma once

#include "db/index/MeetingIndex.h"
#include "db/model/Records.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace parley {

class Store;

// What came before and after a measure or a meeting, within some days.
// Lags are in days (Lag.h): 0 when the two dates may be the same day (one
// known only to the month stands for the whole month), exact when both are
// known to the day.

struct LaggedMeeting {
    const Meeting* meeting = nullptr;
    int lagDays = 0; // the meeting's start less the announcement: negative before
    bool exact = true;
};

struct LaggedMeasure {
    const Measure* measure = nullptr;
    int lagDays = 0; // the announcement less the meeting's start: negative before
    bool exact = true;
};

// The meetings in which MEASURE's imposing country and at least one of its
// target countries both take part, found in memory: positions of INDEX
// (ascending) whose start lies within DAYS of the announcement, give or take
// the imprecision of either. None for a measure without a target.
std::vector<std::size_t> meetingsAround(const MeetingIndex& index, const Measure& measure,
                                        int days);
// The same found through STORE, in full: a superset that followedBy() narrows.
std::vector<Meeting> meetingsAround(const Store& store, const Measure& measure, int days);

// Those of MEETINGS whose start lies within DAYS of MEASURE's announcement,
// by lag, then start date and id.
std::vector<LaggedMeeting> followedBy(const Measure& measure,
                                      std::span<const Meeting* const> meetings, int days);

// The measures of MEASURES announced within DAYS of MEETING's start whose
// imposing country or a target is one of COUNTRIES (the meeting's: its
// host's and its participants'), by lag, then date and id.
std::vector<LaggedMeasure> measuresAround(const Meeting& meeting,
                                          const std::vector<std::string>& countries,
                                          std::span<const Measure> measures, int days);

} // namespace parley
