#pragma once

#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/EverythingLayout.h"
#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimeTicks.h"
#include "ui/timeline/TimelineHitTest.h"
#include "ui/timeline/TimelineInteraction.h"
#include "ui/timeline/TimelineLayout.h"

#include <QWidget>

#include <vector>

class QScrollBar;
class QTimer;

namespace parley::ui {

// The timeline: a time axis over lanes of meetings and measures. Geometry comes
// from TimeScale, TimelineLayout and TimelineHitTest; this class keeps the state
// and changes it; TimelineInteraction turns input into those changes;
// TimelinePainter draws.
class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // Keeps the visible range unless none was set yet; then fits everything.
    void setSnapshot(SnapshotPtr snapshot);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setShowMeasures(bool show);
    bool showMeasures() const { return m_showMeasures; }
    // Empty for none. Does not emit meetingActivated.
    void setSelectedMeeting(const QString& meetingId);
    QString selectedMeeting() const { return m_selectedId; }
    // Draws this official's meetings normally and dims all others; empty for none.
    void setHighlightedOfficial(const QString& officialId);
    QString highlightedOfficial() const { return m_highlightedOfficial; }
    SnapshotPtr snapshot() const { return m_snapshot; }
    Period visibleRange() const;
    void setVisibleRange(Period range); // emits visibleRangeChanged
    void setToday(Date today);          // the system's date unless set

    // The day under a point of the widget.
    Date dateAt(QPoint pos) const;
    // Where the meeting is drawn in its topmost lane; empty when it is not shown.
    QRect meetingRect(const QString& meetingId) const;
    // The meeting or measure drawn at a point of the widget, if any.
    struct RecordAt {
        enum class Kind { None, Meeting, Measure };
        Kind kind = Kind::None;
        QString id;
    };
    RecordAt recordAt(QPoint pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void selectNextMeeting();     // emits meetingActivated
    void selectPreviousMeeting(); // emits meetingActivated

signals:
    void meetingActivated(const QString& meetingId);
    void measureActivated(const QString& measureId);
    void officialActivated(const QString& officialId);
    void visibleRangeChanged(parley::Period range);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The view's input half: it zooms, pans, scrolls and selects through the
    // view's own operations below.
    friend class TimelineInteraction;

    void rebuildLayout();
    void updateGeometries();
    void updateView();
    void setScale(const TimeScale& scale, bool forceSignal = false);
    void zoomAt(double x, double factor);
    void panBy(double dx);
    void scrollTo(double y);
    void selectRelative(int step);
    void reveal(int meetingIndex);
    int meetingIndex(const QString& meetingId) const;
    double laneX(QPointF pos) const { return pos.x() - m_hitTest.metrics().headerWidth; }

    SnapshotPtr m_snapshot;
    Grouping m_grouping = Grouping::Country;
    bool m_showMeasures = true;
    EverythingLayout m_layouts;
    TimelineLayout m_layout;
    TimelineHitTest m_hitTest;
    TimeScale m_scale;
    QSizeF m_areaSize; // the widget less its scroll bar
    double m_laneWidth = 1;
    double m_layoutDaysPerPixel = 0; // the zoom the labels were laid out for
    bool m_layoutLabelled = false;
    bool m_rangeSet = false;
    std::vector<Tick> m_ticks;
    double m_scrollY = 0;
    QString m_selectedId;
    int m_selectedIndex = -1;
    QString m_highlightedOfficial;
    Date m_today;
    TimelineInteraction m_interaction{*this};
    QScrollBar* m_scrollBar;
    QTimer* m_relayoutTimer;
};

} // namespace parley::ui
