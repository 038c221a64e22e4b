#pragma once

#include "ui/timeline/TimeTicks.h"
#include "ui/timeline/TimelineHitTest.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>

#include <optional>
#include <string>
#include <vector>

class QPainter;

namespace parley::ui {

// What the view knows beyond geometry: the state that changes how items look.
struct TimelinePaintState {
    const TimelineSnapshot* snapshot = nullptr;
    const TimelineLayout* layout = nullptr;
    const TimelineHitTest* geometry = nullptr;
    const std::vector<Tick>* ticks = nullptr;
    int selectedMeeting = -1; // into the snapshot's meetings
    std::string highlightedOfficial;
    Date today;
    int hoveredItem = -1;                          // into the layout's items
    std::optional<std::pair<double, double>> band; // x range being dragged on the axis
    QString emptyText;
};

// Draws the timeline for one paint event from what the layout, the scale and the
// hit test computed, only within the exposed rectangle. Colours come from the
// palette so that a dark theme gives a dark timeline.
class TimelinePainter {
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    TimelinePainter(QPainter& painter, const QPalette& palette, const QFont& font,
                    const TimelinePaintState& state);

    void paint(const QRect& exposed);

private:
    // The lane's own background colour (every other lane is shaded).
    QColor laneBackground(int lane) const;
    void paintLaneBackgrounds(const QRectF& exposed, std::pair<int, int> lanes);
    void paintGrid(const QRectF& exposed);
    void paintItems(const QRectF& exposed, int lane);
    void paintItem(const PlacedItem& placed);
    void paintClusters(const QRectF& exposed, int lane);
    void paintToday(const QRectF& exposed);
    void paintHeaders(const QRectF& exposed, std::pair<int, int> lanes);
    void paintAxis();
    void paintBand();

    QColor itemColor(const TimelineLayout::Item& item) const;
    bool isDimmed(const TimelineLayout::Item& item) const;
    QColor todayColor() const;
    QString groupingTitle() const;

    QPainter& m_painter;
    const QPalette& m_palette;
    QFont m_font;
    const TimelinePaintState& m_state;
    const TimelineHitTest& m_geometry;
};

} // namespace parley::ui
