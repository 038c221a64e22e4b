// TimelineView's answers about what is drawn where: the day, record or lane
// at a point, and where a record, a lane or the selection is drawn. The
// context menus, accessibility and the tests ask them; they change nothing.
#include "ui/timeline/TimelineView.h"

#include "ui/timeline/TimelineToolTips.h"

namespace parley::ui {

namespace {

using ItemKind = TimelineLayout::ItemKind;

} // namespace

Date TimelineView::dateAt(QPoint pos) const { return m_scene.scale().dateAt(laneX(pos)); }

QRect TimelineView::meetingRect(const QString& meetingId) const
{
    return markerRect(ItemKind::Meeting, meetingIndexOf(*snapshot(), meetingId));
}

TimelineView::RecordAt TimelineView::recordAt(QPoint pos) const
{
    const auto hit = m_scene.geometry().hitAt(pos);
    if (hit.kind != TimelineHitTest::Hit::Kind::Item)
        return {};
    const auto& item = m_scene.layout().items()[static_cast<std::size_t>(hit.item)];
    const auto index = static_cast<std::size_t>(item.index);
    if (item.kind == ItemKind::Measure)
        return {RecordAt::Kind::Measure, QString::fromStdString(snapshot()->measures[index].id)};
    return {RecordAt::Kind::Meeting, QString::fromStdString(snapshot()->meetings[index].id)};
}

QRect TimelineView::laneRect(const QString& key) const
{
    const int lane = m_scene.layout().meetingLaneOf(key.toStdString());
    return lane < 0 ? QRect() : m_scene.geometry().laneRect(lane).toAlignedRect();
}

QRect TimelineView::measureRect(const QString& measureId) const
{
    return markerRect(ItemKind::Measure, measureIndexOf(*snapshot(), measureId));
}

QRect TimelineView::markerRect(TimelineLayout::ItemKind kind, int index) const
{
    const auto marker = m_navigator.markerOf(kind, index);
    return marker ? marker->toAlignedRect() : QRect();
}

QString TimelineView::selectionText() const
{
    const auto selected = m_selection.item();
    return selected ? TimelineToolTips::itemText(*snapshot(), selected->first, selected->second)
                    : QString();
}

QRect TimelineView::selectionRect() const
{
    const auto selected = m_selection.item();
    const auto marker =
        selected ? m_navigator.markerOf(selected->first, selected->second) : std::nullopt;
    return marker ? marker->intersected(m_scene.geometry().laneArea()).toAlignedRect() : QRect();
}

} // namespace parley::ui
