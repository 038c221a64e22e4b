#pragma once

#include "ui/timeline/MeetingDrag.h"
#include "ui/timeline/TimelineHitTest.h"

#include <QPointF>
#include <Qt>

#include <optional>
#include <utility>

class QEvent;
class QKeyEvent;
class QMouseEvent;
class QNativeGestureEvent;
class QWheelEvent;

namespace parley::ui {

class TimelineView;

// What the wheel, the mouse, gestures and keys do to the timeline: zoom
// around the pointer, pan, scroll lanes, select (a click on counts selects
// the first item they count, a double-click zooms into them), and the drags
// between a press and its release (panning, or choosing a range on the time
// axis, or, when meetings are movable, a MeetingDrag of the selected meeting
// to other dates, length or host: the view then asks for the change with
// meetingMoveRequested).
// TimelineView forwards its input events here and paints what this reports.
class TimelineInteraction {
public:
    explicit TimelineInteraction(TimelineView& view)
        : m_view(view)
    {
    }

    void wheel(QWheelEvent* event);
    // Returns whether the event was taken: a zoom gesture, or Escape while a
    // meeting is being moved (before the window's own Escape shortcut).
    bool special(QEvent* event);
    void press(QMouseEvent* event);
    void move(QMouseEvent* event);
    void release(QMouseEvent* event);
    // Returns whether the double-click was taken: on counts, it zooms in.
    bool doubleClick(const QMouseEvent* event);
    // Returns whether the key was taken.
    bool key(const QKeyEvent* event);
    void leave();
    void focusIn(Qt::FocusReason reason);
    // Forgets the hovered item and drops a meeting's drag: a new layout's
    // item indices name other items.
    void forgetItems();

    // The layout item under the pointer, or -1.
    int hoveredItem() const { return m_hoveredItem; }
    // Where the pointer is while it is over the view.
    std::optional<QPointF> pointer() const { return m_pointer; }
    // Whether the view's focus should show: it came by keyboard, or keys
    // were used since; a click alone does not ring the view.
    bool showsFocus() const { return m_focusByKeys; }
    // The x range of a drag along the time axis, while one is going on.
    std::optional<std::pair<double, double>> band() const;
    // Where the meeting being dragged would land, while it is dragged.
    std::optional<TimelineLayout::Item> ghost() const;

private:
    enum class Drag { None, Pending, Pan, Band, PendingMove, Move };

    bool gesture(const QNativeGestureEvent* event);
    // The selected meeting's item when the hit is on it and meetings are
    // movable; else nullptr.
    const TimelineLayout::Item* movableAt(const TimelineHitTest::Hit& hit) const;
    MeetingDrag::Part partAt(const TimelineLayout::Item& item, QPointF pos) const;
    // A press on a movable meeting starts its drag.
    void pressMeeting(const TimelineHitTest::Hit& hit);
    void showMove(QPointF pos);
    void finishMove();
    void cancelMove();
    void hover(QPointF pos);
    void click(QPointF pos);
    bool keyAction(const QKeyEvent* event);

    TimelineView& m_view;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    std::optional<QPointF> m_pointer;
    int m_hoveredItem = -1;
    std::optional<MeetingDrag> m_meetingDrag;
    bool m_focusByKeys = false;
};

} // namespace parley::ui
