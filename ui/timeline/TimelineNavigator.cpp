#include "ui/timeline/TimelineNavigator.h"

#include "ui/timeline/TimelineAccessible.h"
#include "ui/timeline/TimelineView.h"

#include <algorithm>

namespace parley::ui {

namespace {

// A selection kept in view by a zoom stays this many ems off the edges.
constexpr double kKeepInViewEms = 2;

} // namespace

std::optional<QRectF> TimelineNavigator::markerOf(ItemKind kind, int index) const
{
    const auto& layout = m_view.m_scene.layout();
    const int item = layout.firstItemOf(kind, index);
    if (item < 0)
        return std::nullopt;
    return m_view.m_scene.geometry().markerRect(layout.items()[static_cast<std::size_t>(item)]);
}

void TimelineNavigator::reveal(ItemKind kind, int index)
{
    const auto& scene = m_view.m_scene;
    const int itemIndex = scene.layout().firstItemOf(kind, index);
    if (itemIndex < 0)
        return;
    const auto& item = scene.layout().items()[static_cast<std::size_t>(itemIndex)];
    const TimeScale& scale = scene.scale();
    const double width = scene.laneWidth();
    if (item.start < scale.dayAt(0) || item.end > scale.dayAt(width)) {
        TimeScale moved = scale;
        moved.panByPixels(width / 2 - scale.x((item.start + item.end) / 2.0));
        m_view.setScale(moved);
    }
    // Scroll only when no lane showing the item is in view.
    const auto& geometry = scene.geometry();
    if (geometry.showsItem(kind, index))
        return;
    const QRectF area = geometry.laneArea();
    const QRectF lane = geometry.laneRect(item.lane);
    m_view.scrollTo(scene.scrollY() + lane.top() - area.top() -
                    (area.height() - lane.height()) / 2);
}

void TimelineNavigator::zoomByKey(double factor)
{
    const auto selected = m_view.m_selection.item();
    const auto marker = selected ? markerOf(selected->first, selected->second) : std::nullopt;
    const double width = m_view.m_scene.laneWidth();
    const double selectedX = marker ? m_view.laneX(marker->center()) : -1;
    const bool selectionInView = marker && selectedX >= 0 && selectedX <= width;
    const auto pointer = m_view.m_interaction.pointer();
    double anchor = width / 2;
    if (pointer && m_view.m_scene.geometry().laneArea().contains(*pointer))
        anchor = m_view.laneX(*pointer);
    else if (selectionInView)
        anchor = selectedX;
    m_view.zoomAt(anchor, factor);
    if (selectionInView)
        keepInView(selected->first, selected->second);
}

void TimelineNavigator::keepInView(ItemKind kind, int index)
{
    const auto marker = markerOf(kind, index);
    if (!marker)
        return;
    const double width = m_view.m_scene.laneWidth();
    const double margin = std::min(kKeepInViewEms * m_view.fontMetrics().height(), width / 4);
    const double x = m_view.laneX(marker->center());
    if (x < margin)
        m_view.panBy(margin - x);
    else if (x > width - margin)
        m_view.panBy(width - margin - x);
}

bool TimelineNavigator::step(int step)
{
    const auto selected = m_view.m_selection.item();
    if (!selected)
        return false;
    if (selected->first == ItemKind::Meeting) {
        stepMeetings(step);
        return true;
    }
    if (const int next = m_view.m_selection.measureAfter(*m_view.snapshot(), step); next >= 0) {
        activate(ItemKind::Measure, next);
        TimelineAccessible::announceSelection(&m_view);
    }
    return true;
}

void TimelineNavigator::stepMeetings(int step)
{
    const int index =
        m_view.m_selection.meetingAfter(*m_view.snapshot(), step, m_view.visibleRange().begin());
    if (index < 0)
        return;
    activate(ItemKind::Meeting, index);
    TimelineAccessible::announceSelection(&m_view);
}

void TimelineNavigator::activate(ItemKind kind, int index)
{
    const auto at = static_cast<std::size_t>(index);
    if (kind == ItemKind::Measure) {
        const QString id = QString::fromStdString(m_view.snapshot()->measures[at].id);
        m_view.setSelectedMeasure(id);
        emit m_view.measureActivated(id);
        return;
    }
    const QString id = QString::fromStdString(m_view.snapshot()->meetings[at].id);
    m_view.setSelectedMeeting(id);
    emit m_view.meetingActivated(id);
}

} // namespace parley::ui
