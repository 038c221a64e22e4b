#include "ui/timeline/TimeScale.h"

#include <algorithm>
#include <cmath>

namespace parley::ui {

namespace {

// Far enough inside the calendar's 1400–9999 that ticks a century beyond the
// view still have valid dates.
const double kFirstAllowed = TimeScale::dayNumber(Date(1600, 1, 1));
const double kLastAllowed = TimeScale::dayNumber(Date(9000, 1, 1));
const Date kEpoch(2000, 1, 1);

} // namespace

TimeScale::TimeScale(Date firstVisibleDay, double daysPerPixel)
    : m_daysPerPixel(daysPerPixel > 0 ? daysPerPixel : 1.0)
{
    setFirst(dayNumber(firstVisibleDay));
}

Date TimeScale::dateOf(double dayNumber)
{
    const double day = std::clamp(std::floor(dayNumber), kFirstAllowed, kLastAllowed);
    return kEpoch + boost::gregorian::days(static_cast<long>(day - TimeScale::dayNumber(kEpoch)));
}

Period TimeScale::visibleRange(double width) const
{
    const Date first = dateAt(0);
    const Date last = dateOf(std::ceil(dayAt(std::max(width, 1.0))) - 1);
    return Period(first, std::max(last, first) + boost::gregorian::days(1));
}

void TimeScale::fit(Period range, double width, double leftMargin, double rightMargin)
{
    width = std::max(width, 1.0);
    const double share = std::min(1.0, width / 2 / std::max(leftMargin + rightMargin, 1.0));
    leftMargin *= share;
    rightMargin *= share;
    const double inner = width - leftMargin - rightMargin;
    const double days = std::max(static_cast<double>(range.length().days()), kMinSpanDays);
    const double centre = dayNumber(range.begin()) + days / 2;
    setDaysPerPixel(days / inner, width);
    setFirst(centre - (leftMargin + inner / 2) * m_daysPerPixel);
}

void TimeScale::zoomAround(double x, double factor, double width)
{
    if (factor <= 0)
        return;
    const double day = dayAt(x);
    setDaysPerPixel(m_daysPerPixel / factor, std::max(width, 1.0));
    setFirst(day - x * m_daysPerPixel);
}

void TimeScale::panByPixels(double dx) { setFirst(m_first - dx * m_daysPerPixel); }

void TimeScale::stretch(double oldWidth, double newWidth)
{
    if (oldWidth > 0 && newWidth > 0)
        m_daysPerPixel *= oldWidth / newWidth;
}

void TimeScale::setFirst(double dayNumber)
{
    m_first = std::clamp(dayNumber, kFirstAllowed, kLastAllowed - kMaxSpanDays);
}

void TimeScale::setDaysPerPixel(double daysPerPixel, double width)
{
    m_daysPerPixel = std::clamp(daysPerPixel, kMinSpanDays / width, kMaxSpanDays / width);
}

} // namespace parley::ui
