#pragma once

#include "db/model/Dates.h"
#include "ui/model/PeriodMetaType.h"

namespace parley::ui {

// Maps days to horizontal pixels: x = 0 is the left edge of the first visible day
// and every pixel covers the same number of days. A plain value, cheap to copy, so
// geometry can be computed and tested without widgets. Day numbers are Julian day
// numbers (Date::day_number()), fractional inside a day.
class TimeScale {
public:
    // The zoom stays between one day and a century across the view.
    static constexpr double kMinSpanDays = 1.0;
    static constexpr double kMaxSpanDays = 100 * 365.25;

    TimeScale() = default;
    TimeScale(Date firstVisibleDay, double daysPerPixel);

    static double dayNumber(Date day) { return static_cast<double>(day.day_number()); }
    // The date holding the day number, kept within the dates the calendar supports.
    static Date dateOf(double dayNumber);

    double x(Date day) const { return x(dayNumber(day)); }
    double x(double dayNumber) const { return (dayNumber - m_first) / m_daysPerPixel; }
    double dayAt(double x) const { return m_first + x * m_daysPerPixel; }
    Date dateAt(double x) const { return dateOf(dayAt(x)); }
    double daysPerPixel() const { return m_daysPerPixel; }

    // Every day at least partly visible across width pixels (end exclusive).
    Period visibleRange(double width) const;

    // Shows the range between leftMargin and width - rightMargin pixels;
    // margins that would take more than half the width shrink alike.
    void fit(Period range, double width, double leftMargin = 0, double rightMargin = 0);
    void zoomAround(double x, double factor, double width);
    void panByPixels(double dx);
    // Keeps the visible days when the view changes width from oldWidth to newWidth.
    void stretch(double oldWidth, double newWidth);

    bool operator==(const TimeScale&) const = default;

private:
    void setFirst(double dayNumber);
    void setDaysPerPixel(double daysPerPixel, double width);

    double m_first = 2451545.0; // 1 January 2000
    double m_daysPerPixel = 1.0;
};

} // namespace parley::ui
