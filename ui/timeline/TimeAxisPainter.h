#pragma once

#include "ui/timeline/TimelinePainter.h"

#include <QCoreApplication>

namespace parley::ui {

// Draws the time axis over the lanes: the grouping's name over the lane
// headers, then two rows of ticks and labels (units, and the months or years
// that hold them) placed by placeTickLabels, and today's mark.
class TimeAxisPainter {
    Q_DECLARE_TR_FUNCTIONS(TimeAxisPainter)

public:
    TimeAxisPainter(QPainter& painter, const QPalette& palette, const QFont& font,
                    const TimelinePaintState& state);

    void paint();

private:
    QString groupingTitle() const;

    QPainter& m_painter;
    const QPalette& m_palette;
    QFont m_font;
    const TimelinePaintState& m_state;
    const TimelineHitTest& m_geometry;
};

} // namespace parley::ui
