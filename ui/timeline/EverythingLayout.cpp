#include "ui/timeline/EverythingLayout.h"

#include <utility>

namespace parley::ui {

TimelineLayout EverythingLayout::next(TimelineLayout shown, const TimelineSnapshot& snapshot,
                                      Grouping grouping, bool showMeasures,
                                      const TimelineLayout::LabelDays& labelDays, double markerDays)
{
    const bool everything = snapshot.filter.isEmpty() && !labelDays;
    if (!everything) {
        if (!m_shownOf.expired()) {
            m_kept = std::move(shown);
            m_keptOf = m_shownOf;
        }
        m_shownOf.reset();
        return build(snapshot, grouping, showMeasures, labelDays, markerDays);
    }

    // After an edit, the layout shown follows the edit's splice.
    const auto before = std::exchange(m_shownOf, snapshot.reference).lock();
    const auto& patch = snapshot.reference->patch;
    if (before && patch && patch->from == before.get() &&
        before->allMeasures == snapshot.reference->allMeasures && shown.grouping() == grouping &&
        shown.showsMeasures() == showMeasures) {
        if (auto spliced = TimelineLayout::spliced(std::move(shown), snapshot, patch->meetings))
            return std::move(*spliced);
    }
    // Snapshots of every meeting of the same reference data have the same
    // rows: the kept layout fits when it groups and shows the same.
    std::optional<TimelineLayout> kept = std::exchange(m_kept, std::nullopt);
    if (kept && m_keptOf.lock() == snapshot.reference && kept->grouping() == grouping &&
        kept->showsMeasures() == showMeasures)
        return std::move(*kept);
    return build(snapshot, grouping, showMeasures, labelDays, markerDays);
}

TimelineLayout EverythingLayout::build(const TimelineSnapshot& snapshot, Grouping grouping,
                                       bool showMeasures,
                                       const TimelineLayout::LabelDays& labelDays,
                                       double markerDays)
{
    ++m_built;
    return TimelineLayout::build(snapshot, grouping, showMeasures, labelDays, markerDays);
}

} // namespace parley::ui
