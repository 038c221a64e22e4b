#pragma once

#include "ui/model/FigureSources.h"
#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/TimelineScene.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QSizeF>
#include <QString>
#include <QStringList>

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
    // The sources to list under the figure and number on it; none when null.
    std::shared_ptr<const FigureSources> sources;
};

// Splits lanes of these heights into runs that each fit in `room`, in order;
// a lane taller than the room has a run of its own.
std::vector<std::pair<int, int>> lanesPerSheet(const std::vector<double>& laneHeights, double room);

// The view laid out on sheets of one size, in pixels of 96 per inch: the
// pages of a PDF or of paper, or one image. Each sheet has a title, the time
// axis, the lanes that fit with their names, a key to the colours and, on
// pages, the lanes it holds and its number "n / N". Text keeps the window's
// size, so the lanes go over as many pages as they need; an image holds the
// lanes that fit, the busiest first, and says how many more there are. A
// figure that cites lists its numbered sources: pages after the lanes, an
// image under them (as many as a third of it holds).
class TimelineSheets {
    Q_DECLARE_TR_FUNCTIONS(TimelineSheets)

public:
    enum class Kind { Image, Pages };

    TimelineSheets(const ExportedView& view, QSizeF sheet, Kind kind, const QPalette& palette);

    int count() const { return static_cast<int>(m_sheets.size() + m_sourcePages.size()); }
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
    double lineHeight() const;
    // The image's room for its sources, under the lanes; 0 on pages.
    double sourcesHeight() const;
    // Lines of sources under a heading in RECT, the last saying how many
    // more there are when they do not all fit.
    void paintSources(QPainter& painter, const QRectF& rect, qsizetype first,
                      qsizetype count) const;
    void paintSourcesPage(QPainter& painter, int page) const;

    ExportedView m_view;
    QSizeF m_sheet;
    Kind m_kind;
    QPalette m_palette;
    TimelineScene m_scene;
    std::vector<double> m_laneTops;                             // each lane's, from the first's
    std::vector<std::pair<int, int>> m_sheets;                  // the lanes of each, [first, last)
    bool m_cut = false;                                         // an image without some lanes
    QStringList m_sourceLines;                                  // of a figure that cites
    std::vector<std::pair<qsizetype, qsizetype>> m_sourcePages; // lines [first, first + count)
};

} // namespace parley::ui
