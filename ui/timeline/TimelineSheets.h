#pragma once

#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/TimelineScene.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QSizeF>
#include <QString>

#include <utility>
#include <vector>

class QPainter;

namespace parley::ui {

// What an export shows: the window's timeline as it stands.
struct ExportedView {
    SnapshotPtr snapshot;
    Grouping grouping = Grouping::Country;
    bool showMeasures = true;
    std::vector<OfficeKey> eraOffices;
    Period range{Date(2000, 1, 1), Date(2001, 1, 1)};
    QString selectedMeeting;
    QString selectedMeasure;
    QString highlightedOfficial;
    Date today;
    double bucketDays = 0; // of the window's bars of counts
    QFont font;            // the window's, in pixels, so that it draws alike on any device
};

// Splits lanes of these heights into runs that each fit in `room`, in order;
// a lane taller than the room has a run of its own.
std::vector<std::pair<int, int>> lanesPerSheet(const std::vector<double>& laneHeights, double room);

// The view laid out on sheets of one size, in pixels of 96 per inch: the
// pages of a PDF or of paper, or one image. Each sheet has a title, the time
// axis, the lanes that fit with their names, a key to the colours and, on
// pages, the lanes it holds and its number "n / N". Text keeps the window's
// size, so the lanes go over as many pages as they need; an image holds the
// lanes that fit, the busiest first, and says how many more there are.
class TimelineSheets {
    Q_DECLARE_TR_FUNCTIONS(TimelineSheets)

public:
    enum class Kind { Image, Pages };

    TimelineSheets(const ExportedView& view, QSizeF sheet, Kind kind, const QPalette& palette);

    int count() const { return static_cast<int>(m_sheets.size()); }
    // Draws sheet INDEX with the painter's origin at its top left.
    void paint(QPainter& painter, int index);

private:
    double margin() const;
    double titleHeight() const;
    double footerHeight() const;
    double legendHeight() const;
    // Below the title and above the key, footer and margin.
    double timelineRoom() const;
    void paintTitle(QPainter& painter) const;
    void paintFooter(QPainter& painter, int index, double top) const;

    ExportedView m_view;
    QSizeF m_sheet;
    Kind m_kind;
    QPalette m_palette;
    TimelineScene m_scene;
    std::vector<double> m_laneTops;            // each lane's, from the first's
    std::vector<std::pair<int, int>> m_sheets; // the lanes of each, [first, last)
    bool m_cut = false;                        // an image without some lanes
};

} // namespace parley::ui
