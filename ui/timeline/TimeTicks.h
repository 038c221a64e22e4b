#pragma once

#include "ui/timeline/TimeScale.h"

#include <QString>

#include <functional>
#include <vector>

namespace parley::ui {

// The calendar unit between two ticks of the time axis, finest first.
enum class TickLevel {
    DaysNamed,
    Days,
    Weeks,
    Months,
    Quarters,
    Years,
    TwoYears,
    FiveYears,
    Decades,
    Centuries
};

// One tick of the axis. A minor tick labels its unit ("Mon 15", "May", "2023") in
// the axis's lower row; a major tick starts the enclosing unit ("May 2023" above
// days and weeks, "2023" above months and quarters) and is labelled in the upper
// row. Labels are drawn left-aligned just after x.
struct Tick {
    Date date;
    double x = 0;
    QString label;
    bool major = false;
};

using LabelWidth = std::function<double(const QString&)>;

// The finest level whose labels all fit between their ticks across width pixels.
TickLevel tickLevelFor(const TimeScale& scale, double width, const LabelWidth& labelWidth);

// The ticks of that level over the visible range, from the last one at or before
// x = 0, minor and major together in date order. No two labels of one row overlap.
std::vector<Tick> ticksFor(const TimeScale& scale, double width, const LabelWidth& labelWidth);

// The room a label needs on each side, so that neighbours never touch.
double tickLabelPadding(const LabelWidth& labelWidth);

// Where a tick's label is drawn: its left edge, in the ticks' x.
struct PlacedTickLabel {
    std::size_t tick = 0; // into the ticks
    double x = 0;
};

// The labels of TICKS as the axis draws them across width pixels, each whole:
// a unit that began left of the view keeps its label at the left edge until
// the next label of its row pushes it away, and a label that would run past
// either edge is left out. Labels of major ticks are measured by majorWidth.
std::vector<PlacedTickLabel> placeTickLabels(const std::vector<Tick>& ticks, double width,
                                             const LabelWidth& labelWidth,
                                             const LabelWidth& majorWidth);

} // namespace parley::ui
