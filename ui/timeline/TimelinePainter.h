#pragma once

#include "ui/model/NewRecords.h"
#include "ui/timeline/TimelineScene.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class QPainter;

namespace parley::ui {

// What the view knows beyond geometry: the state that changes how items look.
struct TimelinePaintState {
    const TimelineScene* scene = nullptr;
    int selectedMeeting = -1; // into the snapshot's meetings
    int selectedMeasure = -1; // into the snapshot's measures
    std::string highlightedOfficial;
    Date today;
    int hoveredItem = -1;                          // into the layout's items
    std::optional<std::pair<double, double>> band; // x range being dragged on the axis
    std::optional<TimelineLayout::Item> ghost;     // where a dragged meeting would land
    const NewRecords* newRecords = nullptr;        // marked as new since last seen
    QString emptyText;

    bool isNew(const TimelineLayout::Item& item) const;
    bool isSelected(const TimelineLayout::Item& item) const
    {
        return item.index ==
               (item.kind == TimelineLayout::ItemKind::Meeting ? selectedMeeting : selectedMeasure);
    }
};

// Draws the timeline for one paint event from what the scene computed, only
// within the exposed rectangle. Colours come from the palette so that a dark
// theme gives a dark timeline.
class TimelinePainter {
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    TimelinePainter(QPainter& painter, const QPalette& palette, const QFont& font,
                    const TimelinePaintState& state);

    void paint(const QRect& exposed);

    // The lane's own background colour (every other lane is shaded).
    static QColor laneBackground(int lane, const QPalette& palette);
    static QColor todayColor(const QPalette& palette);

private:
    void paintLaneBackgrounds(const QRectF& exposed, std::pair<int, int> lanes);
    void paintGrid(const QRectF& exposed);
    // The colours a marker is filled and outlined with.
    struct MarkerInk {
        QColor fill;
        QColor outline;
    };
    void paintItems(const QRectF& exposed, int lane);
    void paintItem(const PlacedItem& placed, const MarkerInk& ink);
    MarkerInk inkOf(const TimelineLayout::Item& item) const;
    // Per item of PLACED, the ink it is drawn with, standing for the markers
    // of the same shape under it; none when a later one stands for it.
    std::vector<std::optional<MarkerInk>> stackedInks(const std::vector<PlacedItem>& placed) const;
    // Drawn as its marker and nothing else, so that one drawing may stand for
    // it and the markers of the same shape in the same place.
    bool isPlain(const PlacedItem& placed) const;
    void paintToday(const QRectF& exposed);
    void paintHeaders(const QRectF& exposed, std::pair<int, int> lanes);
    // A dot in the colour of what is new since last seen.
    void paintNewMark(QPointF centre, double radius);
    void paintGhost();
    void paintBand();

    QColor itemColor(const TimelineLayout::Item& item) const;
    bool isDimmed(const TimelineLayout::Item& item) const;

    QPainter& m_painter;
    const QPalette& m_palette;
    QFont m_font;
    const TimelinePaintState& m_state;
    const TimelineScene& m_scene;
    const TimelineHitTest& m_geometry;
    std::vector<std::pair<int, int>> m_tallestBars; // by lane, of those drawn as counts
};

} // namespace parley::ui
