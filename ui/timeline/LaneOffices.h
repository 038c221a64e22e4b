#pragma once

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

class QPainter;

namespace parley::ui {

class TimelineScene;

// One office of the official a lane is about, where it is drawn behind the
// lane: over the days the position was held, the lane's whole height.
struct LaneOffice {
    QRectF band; // clipped to the lane area; open ends reach its right edge
    QString title;
};

// The offices of the official whose lane this is, from their positions as
// the records give them, in the records' order; none when the lanes are not
// officials or the official has no positions in view.
std::vector<LaneOffice> laneOffices(const TimelineScene& scene, int lane);

// Draws the lanes' own offices when lanes are officials: a faint band per
// position behind the meetings, so that each meeting reads against the office
// its official held then; two offices held at once overlap and read darker,
// gaps stay blank. The titles run along the line the lane keeps at its foot
// (TimelineHitTest::officesLine), each from its band's start or after the
// title before it.
class LaneOfficesPainter {
public:
    LaneOfficesPainter(QPainter& painter, const QPalette& palette, const QFont& font,
                       const TimelineScene& scene);

    void paint(const QRectF& exposed, std::pair<int, int> lanes);

private:
    QPainter& m_painter;
    const QPalette& m_palette;
    QFont m_font;
    const TimelineScene& m_scene;
};

} // namespace parley::ui
