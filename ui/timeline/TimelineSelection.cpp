#include "ui/timeline/TimelineSelection.h"

#include <algorithm>

namespace parley::ui {

int measureIndexOf(const TimelineSnapshot& snapshot, const QString& id)
{
    if (id.isEmpty())
        return -1;
    const auto found = std::ranges::find(snapshot.measures, id.toStdString(), &Measure::id);
    return found == snapshot.measures.end() ? -1
                                            : static_cast<int>(found - snapshot.measures.begin());
}

int meetingIndexOf(const TimelineSnapshot& snapshot, const QString& id)
{
    return id.isEmpty() ? -1 : snapshot.meetings.rowOf(id.toStdString());
}

void TimelineSelection::setMeeting(const QString& id, const TimelineSnapshot& snapshot)
{
    if (!id.isEmpty())
        m_measureId.clear();
    m_meetingId = id;
    find(snapshot);
}

void TimelineSelection::setMeasure(const QString& id, const TimelineSnapshot& snapshot)
{
    if (!id.isEmpty())
        m_meetingId.clear();
    m_measureId = id;
    find(snapshot);
}

void TimelineSelection::find(const TimelineSnapshot& snapshot)
{
    m_meetingIndex = meetingIndexOf(snapshot, m_meetingId);
    m_measureIndex = m_measuresShown ? measureIndexOf(snapshot, m_measureId) : -1;
}

void TimelineSelection::showMeasures(bool shown, const TimelineSnapshot& snapshot)
{
    m_measuresShown = shown;
    find(snapshot);
}

std::optional<std::pair<TimelineSelection::ItemKind, int>> TimelineSelection::item() const
{
    if (m_meetingIndex >= 0)
        return std::pair(ItemKind::Meeting, m_meetingIndex);
    if (m_measureIndex >= 0)
        return std::pair(ItemKind::Measure, m_measureIndex);
    return std::nullopt;
}

int TimelineSelection::meetingAfter(const TimelineSnapshot& snapshot, int step, Date from) const
{
    const auto& meetings = snapshot.meetings;
    const int count = static_cast<int>(meetings.size());
    int index = -1;
    if (m_meetingIndex >= 0) {
        index = m_meetingIndex + step;
    } else {
        // From a measure, the meetings of its day and later come after it.
        if (m_measureIndex >= 0)
            from = snapshot.measures[static_cast<std::size_t>(m_measureIndex)].announced;
        const auto later = std::ranges::lower_bound(meetings, from, {}, &Meeting::start);
        const int first = static_cast<int>(later - meetings.begin());
        index = m_measureIndex >= 0 ? (step > 0 ? first + step - 1 : first + step)
                                    : std::min(first, count - 1);
    }
    return index >= 0 && index < count ? index : -1;
}

int TimelineSelection::measureAfter(const TimelineSnapshot& snapshot, int step) const
{
    const int index = m_measureIndex + step;
    return m_measureIndex >= 0 && index >= 0 && index < static_cast<int>(snapshot.measures.size())
               ? index
               : -1;
}

} // namespace parley::ui
