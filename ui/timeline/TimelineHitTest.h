#pragma once

#include "ui/model/FigureSources.h"
#include "ui/timeline/OfficeEras.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimelineLayout.h"
#include "ui/timeline/TimelineMetrics.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace parley::ui {

// An item where it is drawn: its marker and, where there is room, its title.
struct PlacedItem {
    int item = -1; // into TimelineLayout::items()
    QRectF marker;
    QRectF labelRect;
    QString label; // elided to its room; empty when none fits
};

// Items too dense to draw one by one, counted per bucket of a few pixels. Buckets
// sit on a grid of days, so panning moves clusters without reshuffling them.
struct ClusterBucket {
    double fromDay = 0;
    double toDay = 0;
    int count = 0;
    QRectF rect; // the bucket's column across the lane
};

// Where everything of the timeline is on screen and what is under a point: the
// axis on top, lanes below it scrolled by scrollY, lane headers on the left and
// time mapped by the scale right of them. Painting and mouse handling share it so
// that what is hit is what was drawn.
class TimelineHitTest {
public:
    struct Hit {
        enum class Kind { Nothing, Axis, LaneHeader, Item, Cluster };
        Kind kind = Kind::Nothing;
        int lane = -1;
        int item = -1; // for Item
        ClusterBucket cluster;
    };

    TimelineHitTest() = default;
    TimelineHitTest(const TimelineSnapshot* snapshot, const TimelineLayout* layout,
                    const QFontMetricsF& font, const TimelineMetrics& metrics);

    void setView(const TimeScale& scale, QSizeF size, double scrollY);
    // Counts dense lanes in buckets of this many days rather than of the
    // metrics' bucket width at the zoom; 0 goes back to those.
    void setBucketDays(double days) { m_bucketDays = days; }
    // Puts each record's source numbers before its title, for a figure that
    // cites; nullptr for none.
    void setNotes(const FigureSources* notes)
    {
        m_notes = notes;
        m_titleWidths.clear();
    }
    // Lanes drawn as counts at this view take at most ROWS rows (0: as many
    // as their items need), as on paper, where rows of hidden items would
    // only stretch the bars.
    void setCountRows(int rows);
    double bucketDays() const
    {
        return m_bucketDays > 0 ? m_bucketDays : m_metrics.bucketWidth * m_scale.daysPerPixel();
    }

    const TimelineSnapshot& snapshot() const { return *m_snapshot; }
    const TimelineLayout& layout() const { return *m_layout; }
    const TimelineMetrics& metrics() const { return m_metrics; }
    const TimeScale& scale() const { return m_scale; }
    // The time scale; under it, down to the lanes, the rows of the eras.
    QRectF axisRect() const;
    QRectF erasRect() const;
    // Who held the offices drawn as eras: one row each in erasRect().
    void setEras(const std::vector<OfficeEra>* eras) { m_eras = eras; }
    const std::vector<OfficeEra>& eras() const;
    QRectF laneArea() const;
    double laneWidth() const { return laneArea().width(); }
    double contentHeight() const { return m_laneTops.empty() ? 0 : m_laneTops.back(); }
    double maxScroll() const;
    double xOf(double dayNumber) const { return m_metrics.headerWidth + m_scale.x(dayNumber); }
    double dayAt(double x) const { return m_scale.dayAt(x - m_metrics.headerWidth); }

    QRectF laneRect(int lane) const; // across the whole width, header included
    // The line a lane of an official with offices keeps at its foot, under
    // its rows, for the offices' titles; empty for other lanes.
    QRectF officesLine(int lane) const;
    // The lanes [first, last) that reach into the band of y from top to bottom.
    std::pair<int, int> lanesBetween(double top, double bottom) const;
    QRectF markerRect(const TimelineLayout::Item& item) const;

    // Calls visit for every item of a lane that shows between the x of fromX and toX.
    void placeItems(int lane, double fromX, double toX,
                    const std::function<void(const PlacedItem&)>& visit) const;
    // True when the lane has too many items in view to draw them one by one.
    bool isClustered(int lane) const;
    std::vector<ClusterBucket> clusters(int lane, double fromX, double toX) const;
    // The items a bucket of the lane counts, in date order.
    std::vector<int> itemsIn(int lane, const ClusterBucket& bucket) const;

    // True when a marker of the meeting (or measure) is in the lane area.
    bool showsItem(TimelineLayout::ItemKind kind, int index) const;
    Hit hitAt(QPointF pos) const;

    QString title(const TimelineLayout::Item& item) const;

private:
    // The title's width in the font, measured once per item: shaping text is
    // the dearest part of placing labels, and a pan or zoom places them again.
    double titleWidth(const TimelineLayout::Item& item) const;
    ClusterBucket bucket(int lane, double firstDay, int count) const;
    // Whether the lane is an official's who held offices (see officesLine).
    bool holdsOffices(int lane) const;

    const TimelineSnapshot* m_snapshot = nullptr;
    const TimelineLayout* m_layout = nullptr;
    const std::vector<OfficeEra>* m_eras = nullptr;
    const FigureSources* m_notes = nullptr;
    QFontMetricsF m_font{QFont()};
    TimelineMetrics m_metrics;
    std::vector<double> m_laneTops; // from the top of the first lane; one more than lanes
    TimeScale m_scale;
    QSizeF m_size;
    double m_scrollY = 0;
    double m_bucketDays = 0;
    mutable std::unordered_map<std::int64_t, double> m_titleWidths; // by kind and index
};

} // namespace parley::ui
