#pragma once

#include "db/model/Records.h"

#include <cstdint>

namespace parley {

// Distances in days between dates known to the day, the month or the year.
// A date known only to the month stands for the whole month, so its distance
// to a day inside that month is 0, never a guess of the 1st.

// Days from FROM to TO: 0 when they share a day; otherwise the days from
// FROM's last day to TO's first (TO later, positive) or from FROM's first day
// to TO's last (TO earlier, negative).
int lagDays(Period from, Period to);

// The period a meeting's start stands for: the start day, or its whole month
// or year when the meeting is known only to the month or the year.
inline Period startPeriod(const Meeting& meeting)
{
    return periodOf(meeting.start, meeting.start, meeting.precision);
}

// Whether a lag between these records is exact: both known to the day.
inline bool exactLag(const Meeting& meeting, const Measure& measure)
{
    return meeting.precision == Precision::Day && measure.precision == Precision::Day;
}

} // namespace parley
