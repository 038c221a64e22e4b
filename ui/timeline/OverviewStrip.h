#pragma once

#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/TimeScale.h"

#include <QWidget>

#include <vector>

namespace parley::ui {

// A thin strip under the timeline: how many meetings there are over the whole
// span of the snapshot, with the timeline's visible range as a window that can be
// dragged to pan and pulled by its edges to zoom.
class OverviewStrip : public QWidget {
    Q_OBJECT

public:
    explicit OverviewStrip(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setVisibleRange(Period range); // does not emit

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rangeRequested(parley::Period range);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    enum class Drag { None, Move, LeftEdge, RightEdge };

    TimeScale scale() const;
    QRectF windowRect() const;
    Drag dragAt(double x) const;
    void request(double fromDay, double toDay);
    void paintHistogram(QPainter& painter, const TimeScale& scale);

    std::vector<int> m_starts; // every meeting's first day, sorted
    double m_spanFrom = 0;     // the days the strip covers
    double m_spanTo = 0;
    double m_visibleFrom = 0; // the timeline's window
    double m_visibleTo = 0;
    Drag m_drag = Drag::None;
    double m_pressX = 0;
    double m_pressFrom = 0;
    double m_pressTo = 0;
};

} // namespace parley::ui
