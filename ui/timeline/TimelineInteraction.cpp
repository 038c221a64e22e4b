#include "ui/timeline/TimelineInteraction.h"

#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace parley::ui {

namespace {

using Hit = TimelineHitTest::Hit;
using ItemKind = TimelineLayout::ItemKind;

// One notch of a mouse wheel, in the units of QWheelEvent::angleDelta.
constexpr double kWheelNotch = 120;
// How much a double-click on counts zooms into them.
constexpr double kClusterZoom = 4;

} // namespace

void TimelineInteraction::wheel(QWheelEvent* event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const bool sideways = std::abs(angle.x()) > std::abs(angle.y());
    if (event->modifiers() & Qt::ControlModifier) {
        m_view.zoomAt(m_view.laneX(event->position()), std::pow(1.2, angle.y() / kWheelNotch));
    } else if (event->modifiers() & Qt::ShiftModifier || sideways) {
        // Some platforms turn Shift+wheel into a sideways wheel; either way it pans.
        const int delta = sideways ? angle.x() : angle.y();
        const int pixelDelta = sideways ? pixels.x() : pixels.y();
        m_view.panBy(pixelDelta != 0 ? pixelDelta
                                     : delta / kWheelNotch * m_view.m_scene.laneWidth() / 10);
    } else {
        const double rows = 3 * m_view.m_scene.geometry().metrics().rowHeight;
        m_view.scrollTo(m_view.m_scene.scrollY() -
                        (pixels.y() != 0 ? pixels.y() : angle.y() / kWheelNotch * rows));
    }
    event->accept();
}

bool TimelineInteraction::special(QEvent* event)
{
    if (event->type() == QEvent::NativeGesture)
        return gesture(static_cast<QNativeGestureEvent*>(event));
    if (event->type() == QEvent::ShortcutOverride && m_meetingDrag &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return false;
}

bool TimelineInteraction::gesture(const QNativeGestureEvent* event)
{
    if (event->gestureType() != Qt::ZoomNativeGesture)
        return false;
    m_view.zoomAt(m_view.laneX(event->position()), 1 + event->value());
    return true;
}

void TimelineInteraction::press(QMouseEvent* event)
{
    m_pressPos = m_lastPos = event->position();
    const auto& hitTest = m_view.m_scene.geometry();
    const Hit hit = hitTest.hitAt(m_pressPos);
    m_drag = hit.kind == Hit::Kind::Axis && m_pressPos.x() >= hitTest.metrics().headerWidth
                 ? Drag::Band
                 : Drag::Pending;
    // The selected meeting moves; any other drag pans, as before.
    pressMeeting(hit);
}

const TimelineLayout::Item* TimelineInteraction::movableAt(const Hit& hit) const
{
    if (hit.kind != Hit::Kind::Item || !m_view.m_meetingsMovable)
        return nullptr;
    const auto& item = m_view.m_scene.layout().items()[static_cast<std::size_t>(hit.item)];
    if (item.kind != ItemKind::Meeting ||
        m_view.snapshot()->meetings[static_cast<std::size_t>(item.index)].id !=
            m_view.selectedMeeting().toStdString())
        return nullptr;
    return &item;
}

MeetingDrag::Part TimelineInteraction::partAt(const TimelineLayout::Item& item, QPointF pos) const
{
    return MeetingDrag::partAt(item, m_view.m_scene.geometry().markerRect(item), pos);
}

void TimelineInteraction::pressMeeting(const Hit& hit)
{
    if (const auto* item = movableAt(hit)) {
        m_meetingDrag.emplace(m_view.m_scene, hit.item, partAt(*item, m_pressPos), m_pressPos);
        m_drag = Drag::PendingMove;
    }
}

void TimelineInteraction::showMove(QPointF pos)
{
    m_meetingDrag->follow(pos);
    QToolTip::showText(m_view.mapToGlobal(pos.toPoint()), m_meetingDrag->describe(), &m_view);
    m_view.update();
}

void TimelineInteraction::finishMove()
{
    const MeetingDrag drag = *m_meetingDrag;
    cancelMove();
    if (drag.changesAnything())
        emit m_view.meetingMoveRequested(m_view.selectedMeeting(), drag.start(), drag.end(),
                                         QString::fromStdString(drag.host()));
}

void TimelineInteraction::cancelMove()
{
    m_meetingDrag.reset();
    QToolTip::hideText();
    m_view.update();
}

void TimelineInteraction::forgetItems()
{
    m_hoveredItem = -1;
    if (m_meetingDrag) {
        m_drag = Drag::None;
        cancelMove();
    }
}

void TimelineInteraction::move(QMouseEvent* event)
{
    const QPointF pos = event->position();
    m_pointer = pos;
    switch (m_drag) {
    case Drag::None:
        hover(pos);
        return;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = Drag::Pan;
        m_view.setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan:
        m_view.panBy(pos.x() - m_lastPos.x());
        m_view.scrollTo(m_view.m_scene.scrollY() - (pos.y() - m_lastPos.y()));
        break;
    case Drag::Band:
        m_view.update();
        break;
    case Drag::PendingMove:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = Drag::Move;
        // Across lanes too where a lane is a host.
        m_view.setCursor(m_meetingDrag->part() == MeetingDrag::Part::Body &&
                                 m_view.grouping() == Grouping::Country
                             ? Qt::SizeAllCursor
                             : Qt::SizeHorCursor);
        [[fallthrough]];
    case Drag::Move:
        showMove(pos);
        break;
    }
    m_lastPos = pos;
}

void TimelineInteraction::hover(QPointF pos)
{
    const Hit hit = m_view.m_scene.geometry().hitAt(pos);
    const int hovered = hit.kind == Hit::Kind::Item ? hit.item : -1;
    const auto& lanes = m_view.m_scene.layout().lanes();
    const bool clickable =
        hovered >= 0 || hit.kind == Hit::Kind::Cluster ||
        (hit.kind == Hit::Kind::LaneHeader && m_view.grouping() == Grouping::Official &&
         lanes[static_cast<std::size_t>(hit.lane)].kind == ItemKind::Meeting);
    const auto* movable = movableAt(hit);
    if (movable && partAt(*movable, pos) == MeetingDrag::Part::End)
        m_view.setCursor(Qt::SizeHorCursor); // its end, to drag
    else
        m_view.setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (hovered != m_hoveredItem) {
        m_hoveredItem = hovered;
        m_view.update();
    }
}

void TimelineInteraction::release(QMouseEvent* event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    m_view.setCursor(Qt::ArrowCursor);
    if (drag == Drag::Pending || drag == Drag::PendingMove) {
        m_meetingDrag.reset();
        click(event->position());
    } else if (drag == Drag::Move) {
        finishMove();
    } else if (drag == Drag::Band) {
        const double from = m_view.laneX(QPointF(std::min(m_pressPos.x(), m_lastPos.x()), 0));
        const double to = m_view.laneX(QPointF(std::max(m_pressPos.x(), m_lastPos.x()), 0));
        if (to - from >= QApplication::startDragDistance())
            m_view.setVisibleRange(
                Period(m_view.m_scene.scale().dateAt(from),
                       m_view.m_scene.scale().dateAt(to) + boost::gregorian::days(1)));
        m_view.update();
    }
}

void TimelineInteraction::click(QPointF pos)
{
    const Hit hit = m_view.m_scene.geometry().hitAt(pos);
    const auto& layout = m_view.m_scene.layout();
    switch (hit.kind) {
    case Hit::Kind::Item: {
        const auto& item = layout.items()[static_cast<std::size_t>(hit.item)];
        m_view.m_navigator.activate(item.kind, item.index);
        return;
    }
    case Hit::Kind::Cluster: {
        // Counts say what is there; the first of them is a start for the keys.
        const auto items = m_view.m_scene.geometry().itemsIn(hit.lane, hit.cluster);
        if (!items.empty()) {
            const auto& item = layout.items()[static_cast<std::size_t>(items.front())];
            m_view.m_navigator.activate(item.kind, item.index);
        }
        return;
    }
    case Hit::Kind::LaneHeader: {
        const auto& lane = layout.lanes()[static_cast<std::size_t>(hit.lane)];
        if (m_view.grouping() == Grouping::Official && lane.kind == ItemKind::Meeting &&
            !lane.key.empty())
            emit m_view.officialActivated(QString::fromStdString(lane.key));
        return;
    }
    default:
        return;
    }
}

bool TimelineInteraction::doubleClick(const QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_view.m_scene.geometry().hitAt(pos).kind != Hit::Kind::Cluster)
        return false;
    m_view.zoomAt(m_view.laneX(pos), kClusterZoom);
    return true;
}

bool TimelineInteraction::key(const QKeyEvent* event)
{
    const bool taken = keyAction(event);
    m_focusByKeys = m_focusByKeys || taken;
    return taken;
}

bool TimelineInteraction::keyAction(const QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_meetingDrag) {
        // The move is dropped; the button's release is then a plain release.
        m_drag = Drag::None;
        cancelMove();
        m_view.setCursor(Qt::ArrowCursor);
        return true;
    }
    const double rows = 2 * m_view.m_scene.geometry().metrics().rowHeight;
    const double page = m_view.m_scene.geometry().laneArea().height();
    const double scrollY = m_view.m_scene.scrollY();
    const double laneWidth = m_view.m_scene.laneWidth();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_view.zoomIn();
        return true;
    case Qt::Key_Minus:
        m_view.zoomOut();
        return true;
    case Qt::Key_0:
        if (!(event->modifiers() & Qt::ControlModifier))
            return false;
        m_view.fitAll();
        return true;
    case Qt::Key_Up:
        m_view.scrollTo(scrollY - rows);
        return true;
    case Qt::Key_Down:
        m_view.scrollTo(scrollY + rows);
        return true;
    case Qt::Key_PageUp:
        m_view.scrollTo(scrollY - page);
        return true;
    case Qt::Key_PageDown:
        m_view.scrollTo(scrollY + page);
        return true;
    case Qt::Key_Left:
        if (!m_view.m_navigator.step(-1))
            m_view.panBy(laneWidth / 8);
        return true;
    case Qt::Key_Right:
        if (!m_view.m_navigator.step(1))
            m_view.panBy(-laneWidth / 8);
        return true;
    default:
        return false;
    }
}

void TimelineInteraction::focusIn(Qt::FocusReason reason)
{
    // Coming back to the window keeps how the focus came before.
    if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
        m_focusByKeys = reason != Qt::MouseFocusReason;
}

void TimelineInteraction::leave()
{
    m_pointer.reset();
    if (m_hoveredItem >= 0) {
        m_hoveredItem = -1;
        m_view.update();
    }
}

std::optional<TimelineLayout::Item> TimelineInteraction::ghost() const
{
    if (m_drag != Drag::Move || !m_meetingDrag)
        return std::nullopt;
    return m_meetingDrag->ghost();
}

std::optional<std::pair<double, double>> TimelineInteraction::band() const
{
    if (m_drag != Drag::Band)
        return std::nullopt;
    return std::pair(m_pressPos.x(), m_lastPos.x());
}

} // namespace parley::ui
