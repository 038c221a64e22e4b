#pragma once

#include "db/model/Records.h"
#include "ui/model/TimelineSnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

namespace parley {
class Store;
}

namespace parley::ui {

// The sources behind the meetings and measures a figure shows, for exports
// that cite: numbered from 1 in the order the records, taken by date, first
// cite them, with each record's numbers ("[1, 3]") to put on the figure.
struct FigureSources {
    Q_DECLARE_TR_FUNCTIONS(FigureSources)

public:
    // Above this many meetings in view a figure is counts, not titles, and
    // their sources are not listed one by one.
    static constexpr std::size_t kMostCited = 1000;

    std::vector<Source> sources; // sources[0] is [1]
    std::unordered_map<std::string, QString> meetingNotes;
    std::unordered_map<std::string, QString> measureNotes;
    std::size_t uncitedMeetings = 0; // in view, past kMostCited

    // The sources of the snapshot's meetings (and, when MEASURES, measures)
    // that RANGE shows, read from STORE (the snapshot's records are brief).
    static FigureSources of(const Store& store, const TimelineSnapshot& snapshot, Period range,
                            bool measures);

    // The note of a meeting or measure, or empty.
    QString meetingNote(const std::string& id) const;
    QString measureNote(const std::string& id) const;
    // Each source as a line of the list: "[2] The White House, “Readout…”, 14 November 2022, URL".
    QStringList lines() const;
};

// A source as people cite it: publisher, “title”, date and, when known, URL.
QString sourceText(const Source& source);

} // namespace parley::ui
