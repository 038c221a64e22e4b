#pragma once

#include "ui/timeline/TimelineHitTest.h"

#include <QFont>
#include <QPalette>

class QPainter;

namespace parley::ui {

// Draws the offices chosen as eras: a row per office at the foot of the axis,
// each holder's term a band named after them (overlaps hatched, vacancies
// left blank), and a faint line across the lanes where a term begins, behind
// the meetings, so that each meeting reads against who held the office then.
class ErasPainter {
public:
    ErasPainter(QPainter& painter, const QPalette& palette, const QFont& font,
                const TimelineHitTest& geometry);

    void paint();
    void paintTermLines(const QRectF& exposed);

private:
    // The band's x range in the lane area, open ends at its right edge.
    std::pair<double, double> xRange(const OfficeBands::Span& span) const;

    QPainter& m_painter;
    const QPalette& m_palette;
    QFont m_font;
    const TimelineHitTest& m_geometry;
};

} // namespace parley::ui
