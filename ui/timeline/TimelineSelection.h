#pragma once

#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/TimelineLayout.h"

#include <QString>

#include <optional>
#include <utility>

namespace parley::ui {

// The index of the meeting or measure with this id in the snapshot, or -1.
int meetingIndexOf(const TimelineSnapshot& snapshot, const QString& id);
int measureIndexOf(const TimelineSnapshot& snapshot, const QString& id);

// What the timeline has selected: one meeting, one measure or nothing. Ids
// are kept while a filter hides what they name, so that the selection comes
// back with it; indices are into the snapshot shown, -1 while hidden.
class TimelineSelection {
public:
    using ItemKind = TimelineLayout::ItemKind;

    // A non-empty id replaces a selection of the other kind; an empty one
    // clears only its own kind.
    void setMeeting(const QString& id, const TimelineSnapshot& snapshot);
    void setMeasure(const QString& id, const TimelineSnapshot& snapshot);
    // Finds the selected ids in a new snapshot.
    void find(const TimelineSnapshot& snapshot);
    // While measures are hidden, a selected measure keeps its id only.
    void showMeasures(bool shown, const TimelineSnapshot& snapshot);

    const QString& meetingId() const { return m_meetingId; }
    const QString& measureId() const { return m_measureId; }
    int meetingIndex() const { return m_meetingIndex; }
    int measureIndex() const { return m_measureIndex; }
    // The kind and index of the selected item while the snapshot shows it.
    std::optional<std::pair<ItemKind, int>> item() const;

    // The meeting STEP places from the selected one in date order, or from
    // the selected measure's day, or else from FROM; -1 past either end.
    int meetingAfter(const TimelineSnapshot& snapshot, int step, Date from) const;
    // The measure STEP places from the selected one, or -1.
    int measureAfter(const TimelineSnapshot& snapshot, int step) const;

private:
    QString m_meetingId;
    QString m_measureId;
    int m_meetingIndex = -1;
    int m_measureIndex = -1;
    bool m_measuresShown = true;
};

} // namespace parley::ui
