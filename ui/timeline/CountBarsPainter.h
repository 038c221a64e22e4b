#pragma once

#include "ui/timeline/TimelinePainter.h"

#include <QCoreApplication>
#include <QString>

#include <utility>

namespace parley::ui {

// Draws a lane too dense for its items one by one as bars of counts, one per
// bucket of days across the whole lane: heights grow with the logarithm of
// the count, so that a busy week does not flatten the rest; runs of adjacent
// bars carry their sum; the bar counting the selection takes the selection's
// colour. What the tallest bar stands for goes in the lane's header.
class CountBarsPainter {
    Q_DECLARE_TR_FUNCTIONS(CountBarsPainter)

public:
    CountBarsPainter(QPainter& painter, const QPalette& palette, const QFont& font,
                     const TimelinePaintState& state);

    // Returns the count of the tallest bar, 0 when the lane shows none.
    int paint(int lane);
    // The header's lines for a lane whose tallest bar counts MOST:
    // "bars of 10 weeks:" and "up to 212".
    static std::pair<QString, QString> scaleText(int most, double bucketDays);

private:
    // The day the bucket holding the selection in this lane starts, if it has one.
    std::optional<double> selectedBucket(int lane) const;
    void labelRun(const QRectF& run, int count);

    QPainter& m_painter;
    const QPalette& m_palette;
    QFont m_font;
    const TimelinePaintState& m_state;
    const TimelineHitTest& m_geometry;
};

} // namespace parley::ui
