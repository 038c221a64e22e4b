#pragma once

#include "ui/model/Grouping.h"
#include "ui/model/NewRecords.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/TimelineInteraction.h"
#include "ui/timeline/TimelineNavigator.h"
#include "ui/timeline/TimelineScene.h"
#include "ui/timeline/TimelineSelection.h"

#include <QWidget>

class QScrollBar;
class QTimer;

namespace parley::ui {

// The timeline: a time axis over lanes of meetings and measures, with a key
// to its colours under them. Geometry comes from TimelineScene; this class
// keeps the state and changes it; TimelineInteraction turns input into those
// changes; TimelinePainter draws.
class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // Keeps the visible range unless none was set yet; then fits everything.
    void setSnapshot(SnapshotPtr snapshot);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_scene.grouping(); }
    void setShowMeasures(bool show);
    bool showMeasures() const { return m_scene.showsMeasures(); }
    // The offices whose holders show as eras under the axis.
    void setEraOffices(std::vector<OfficeKey> offices)
    {
        m_scene.setEraOffices(std::move(offices));
        updateGeometries();
    }
    const std::vector<OfficeKey>& eraOffices() const { return m_scene.eraOffices(); }
    // The selection is one meeting or one measure: selecting either clears
    // the other; an empty id clears only its own kind. Neither emits an
    // activation signal; both bring what they select into view.
    void setSelectedMeeting(const QString& meetingId);
    QString selectedMeeting() const { return m_selection.meetingId(); }
    void setSelectedMeasure(const QString& measureId);
    QString selectedMeasure() const { return m_selection.measureId(); }
    // Draws this official's meetings normally and dims all others; empty for
    // none. Kept across regroupings and filters; cleared, with
    // highlightedOfficialChanged, when a snapshot of another database does
    // not know the official.
    void setHighlightedOfficial(const QString& officialId);
    QString highlightedOfficial() const { return m_highlightedOfficial; }
    // Marks these meetings, measures and officials (in lanes by official) as
    // new since the database was last seen; nullptr or empty for none.
    void setNewRecords(std::shared_ptr<const NewRecords> records);
    SnapshotPtr snapshot() const { return m_scene.snapshot(); }
    Period visibleRange() const;
    void setVisibleRange(Period range); // emits visibleRangeChanged
    void setToday(Date today);          // the system's date unless set
    Date today() const { return m_today; }
    // The days a bar of counts stands for at this zoom, for exports to count alike.
    double clusterBucketDays() const { return m_scene.geometry().bucketDays(); }

    // The day under a point of the widget.
    Date dateAt(QPoint pos) const;
    // Where the meeting (or measure) is drawn in its topmost lane; empty when
    // the layout does not show it.
    QRect meetingRect(const QString& meetingId) const;
    // The meeting or measure drawn at a point of the widget, if any.
    struct RecordAt {
        enum class Kind { None, Meeting, Measure };
        Kind kind = Kind::None;
        QString id;
    };
    RecordAt recordAt(QPoint pos) const;
    QRect measureRect(const QString& measureId) const;
    // Where the meetings' lane of this key (country code, official id or
    // topic id, as grouped) is drawn, header included; empty when there is none.
    QRect laneRect(const QString& key) const;
    // The selected meeting or measure in words (title, date, place) and where
    // it is drawn; empty for none.
    QString selectionText() const;
    QRect selectionRect() const;

    // Whether dragging the selected meeting moves it, by its end lengthens it
    // and, into another country's lane, changes its host (off: every drag pans).
    void setMeetingsMovable(bool movable) { m_meetingsMovable = movable; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // Zoom around the pointer when it is over the lanes, else around the
    // selection when it is in view, else around the middle; the selection
    // stays in view.
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
    void highlightedOfficialChanged(const QString& officialId);
    // The selected meeting was dragged to START–END and, when HOST is not
    // empty, into the lane of the country HOST; the view itself changes
    // nothing: whoever edits the database applies it.
    void meetingMoveRequested(const QString& meetingId, parley::Date start, parley::Date end,
                              const QString& host);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The view's input half, and where it goes for its selection: they zoom,
    // pan, scroll and select through the view's own operations below.
    friend class TimelineInteraction;
    friend class TimelineNavigator;

    // Where the meeting or measure of this index is drawn in its topmost lane.
    QRect markerRect(TimelineLayout::ItemKind kind, int index) const;
    void rebuildLayout();
    void updateGeometries();
    void setScale(const TimeScale& scale, bool forceSignal = false);
    void zoomAt(double x, double factor);
    void panBy(double dx);
    void scrollTo(double y);
    void updateScene();
    double laneX(QPointF pos) const { return pos.x() - m_scene.geometry().metrics().headerWidth; }

    TimelineScene m_scene;
    bool m_rangeSet = false;
    TimelineSelection m_selection;
    bool m_meetingsMovable = false;
    QString m_highlightedOfficial;
    std::shared_ptr<const NewRecords> m_newRecords;
    Date m_today;
    TimelineInteraction m_interaction{*this};
    TimelineNavigator m_navigator{*this};
    QScrollBar* m_scrollBar;
    QTimer* m_relayoutTimer;
};

} // namespace parley::ui
