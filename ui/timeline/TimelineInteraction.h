#pragma once

#include <QPointF>
#include <Qt>

#include <optional>
#include <utility>

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
// axis).
// TimelineView forwards its input events here and paints what this reports.
class TimelineInteraction {
public:
    explicit TimelineInteraction(TimelineView& view)
        : m_view(view)
    {
    }

    void wheel(QWheelEvent* event);
    // Returns whether the gesture was a zoom and was taken.
    bool gesture(const QNativeGestureEvent* event);
    void press(QMouseEvent* event);
    void move(QMouseEvent* event);
    void release(QMouseEvent* event);
    // Returns whether the double-click was taken: on counts, it zooms in.
    bool doubleClick(const QMouseEvent* event);
    // Returns whether the key was taken.
    bool key(const QKeyEvent* event);
    void leave();
    void focusIn(Qt::FocusReason reason);
    // Forgets the hovered item, whose index a new layout no longer names.
    void forgetHover() { m_hoveredItem = -1; }

    // The layout item under the pointer, or -1.
    int hoveredItem() const { return m_hoveredItem; }
    // Where the pointer is while it is over the view.
    std::optional<QPointF> pointer() const { return m_pointer; }
    // Whether the view's focus should show: it came by keyboard, or keys
    // were used since; a click alone does not ring the view.
    bool showsFocus() const { return m_focusByKeys; }
    // The x range of a drag along the time axis, while one is going on.
    std::optional<std::pair<double, double>> band() const;

private:
    enum class Drag { None, Pending, Pan, Band };

    void hover(QPointF pos);
    void click(QPointF pos);
    bool keyAction(const QKeyEvent* event);

    TimelineView& m_view;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    std::optional<QPointF> m_pointer;
    int m_hoveredItem = -1;
    bool m_focusByKeys = false;
};

} // namespace parley::ui
