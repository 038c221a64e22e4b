#pragma once

#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/EverythingLayout.h"
#include "ui/timeline/OfficeEras.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimeTicks.h"
#include "ui/timeline/TimelineHitTest.h"
#include "ui/timeline/TimelineLayout.h"

#include <QFont>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley::ui {

// The timeline at one size, zoom and scroll position: a snapshot laid out in
// lanes, and where its axis, lanes and items are. The view keeps one for the
// screen and exports make their own for an image or a page, so that both lay
// out, count and draw alike. It holds pointers into itself: not copyable.
class TimelineScene {
public:
    TimelineScene();
    TimelineScene(const TimelineScene&) = delete;
    TimelineScene& operator=(const TimelineScene&) = delete;

    // Each of these lays out again.
    void setFont(const QFont& font);
    void setSnapshot(SnapshotPtr snapshot);
    void setGrouping(Grouping grouping);
    void setShowMeasures(bool show);
    // The offices whose holders show as eras under the axis; none by default.
    void setEraOffices(std::vector<OfficeKey> offices);
    // Lays out again for the zoom in view.
    void relayout();
    // True when titles take room in the layout and the zoom has moved far
    // from the one it was laid out for.
    bool layoutIsStale() const;

    // The axis and the lanes with their headers; the scale keeps its days
    // when the room for lanes changes width.
    void setSize(QSizeF size);
    void setScale(const TimeScale& scale);
    void setScrollY(double y); // kept within the lanes
    // Counts dense lanes in buckets of this many days (0: of the metrics'
    // bucket width), so that an export counts as the window does.
    void setBucketDays(double days);
    // Lanes drawn as counts take at most this many rows (0: no limit).
    void setCountRows(int rows);
    // Numbers the titles by the sources they cite (an export's); null for none.
    void setFigureSources(std::shared_ptr<const FigureSources> sources);

    const QFont& font() const { return m_font; }
    const SnapshotPtr& snapshot() const { return m_snapshot; }
    Grouping grouping() const { return m_grouping; }
    bool showsMeasures() const { return m_showMeasures; }
    const std::vector<OfficeKey>& eraOffices() const { return m_eraOffices; }
    const TimelineLayout& layout() const { return m_layout; }
    const TimelineHitTest& geometry() const { return m_geometry; }
    const TimeScale& scale() const { return m_scale; }
    const std::vector<Tick>& ticks() const { return m_ticks; }
    QSizeF size() const { return m_size; }
    double laneWidth() const { return m_laneWidth; }
    double scrollY() const { return m_scrollY; }

    // The scale that shows every item, the first a little off the left edge
    // and the last with room for its title; `otherwise` when there is none.
    TimeScale fitAll(Period otherwise) const;

private:
    void updateGeometry();
    void updateView();
    // How far right of the last item its title reaches, in pixels.
    double lastTitleRoom() const;

    QFont m_font;
    SnapshotPtr m_snapshot;
    Grouping m_grouping = Grouping::Country;
    bool m_showMeasures = true;
    std::vector<OfficeKey> m_eraOffices;
    std::vector<OfficeEra> m_eras; // of the snapshot's officials
    // The officials m_eras were found among: an edit of meetings keeps them.
    std::shared_ptr<const std::unordered_map<std::string, Official>> m_erasOf;
    EverythingLayout m_layouts;
    TimelineLayout m_layout;
    TimelineMetrics m_metrics; // of the layout's lanes in the font
    TimelineHitTest m_geometry;
    TimeScale m_scale;
    QSizeF m_size;
    double m_laneWidth = 1;
    double m_scrollY = 0;
    double m_bucketDays = 0;
    std::shared_ptr<const FigureSources> m_figureSources;
    int m_countRows = 0;
    double m_layoutDaysPerPixel = 0; // the zoom the titles were laid out for
    bool m_layoutLabelled = false;
    std::vector<Tick> m_ticks;
};

} // namespace parley::ui
