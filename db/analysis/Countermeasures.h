#pragma once

#include "db/model/Records.h"

#include <span>
#include <string>
#include <vector>

namespace parley {

// A measure of one country on another and the other's answer: a measure
// the other imposed on the first some days after it.
struct MeasurePair {
    const Measure* first = nullptr;
    const Measure* answer = nullptr;
    int lagDays = 0;   // from the first's announcement to the answer's (Lag.h)
    bool exact = true; // both known to the day
};

// The measures between countries A and B (imposed by either on the other)
// paired by time. Taking them by date (then id), each is the answer to the
// latest earlier one in the other direction that is not yet paired and was
// announced at most DAYS before it: a retaliation answers the most recent
// move. Each measure is in one pair at most. Ordered by the first measure's
// date, then id. Of two measures of the same day, the one whose id sorts
// first counts as first: the data does not say which came first that day.
std::vector<MeasurePair> pairedMeasures(std::span<const Measure> measures, const std::string& a,
                                        const std::string& b, int days);

// Whether MEASURE is imposed by BY on ON (among its targets).
bool imposes(const Measure& measure, const std::string& by, const std::string& on);

} // namespace parley
