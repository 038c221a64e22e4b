#pragma once

#include "ui/timeline/TimelineLayout.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QString>

namespace parley::ui {

// The timeline's sizes, all derived from the font so that they follow the user's
// font size and the screen's scale.
struct TimelineMetrics {
    double axisHeight = 0; // the time scale and, under it, the eras
    double erasHeight = 0; // the rows of office bands at the axis's foot
    double rowHeight = 0;
    double lanePadding = 0; // above and below a lane's rows
    double headerWidth = 0;
    double markerSize = 0; // a dot's diameter, a bar's thickness
    double gap = 0;        // between a marker and its label
    double bucketWidth = 0;

    // With a layout, the lane headers are wide enough for its names and
    // counts, those of the measures it hides included, so that showing or
    // hiding measures leaves the time axis where it is.
    static TimelineMetrics forFont(const QFontMetricsF& font,
                                   const TimelineLayout* layout = nullptr);
};

// A count as the interface writes numbers: "14,080" in English, with the
// separators of the interface's language.
inline QString countText(qint64 count) { return QLocale().toString(count); }

} // namespace parley::ui
