#pragma once

#include "db/model/Filter.h"
#include "ui/model/Grouping.h"

#include <QString>

#include <optional>

namespace parley::ui {

struct ReferenceData;

// What the user set up while looking at one database: what the filter
// shows, the visible range, how lanes are grouped and the selected meeting.
// It belongs to that database, not to the window: Parley keeps one per file
// (in QSettings, under the file's path) and brings it back when the file is
// opened again, so nothing of one file leaks into another.
struct ViewState {
    Filter filter;
    std::optional<Period> range;
    Grouping grouping = Grouping::Country;
    QString selectedMeeting;

    // What was kept for the file, or a fresh state when nothing was.
    static ViewState remembered(const QString& databaseFile);
    void remember(const QString& databaseFile) const;

    bool operator==(const ViewState&) const = default;
};

// Whether any meeting of the data lies in the range: a range kept from an
// earlier session that shows none of it is not worth going back to.
bool showsAnyMeeting(const Period& range, const ReferenceData& data);

} // namespace parley::ui
