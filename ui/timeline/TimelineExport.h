#pragma once

#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"

#include <QPalette>
#include <QSize>
#include <QString>

class QPainter;
class QRect;

namespace parley::ui {

class TimelineView;

// The timeline as the window shows it (same meetings, grouping, time range,
// selection and highlight) drawn at any size with a title and a legend of
// kinds, for images, SVG, PDF and paper.
class TimelineExport {
public:
    explicit TimelineExport(const TimelineView& view);

    // Draws on any painter (image, SVG, PDF, printer) inside `target`.
    // Paper-like targets want `palette` light whatever the desktop's theme.
    void paint(QPainter& painter, const QRect& target, const QPalette& palette) const;
    // Writes PNG, SVG or PDF as the file's suffix says; false with `error` set
    // when the suffix is unknown or the file cannot be written.
    bool save(const QString& file, QSize size, QString* error) const;

    // The palette for paper and PDF: the style's standard, light one.
    static QPalette paperPalette();

private:
    void paintHeader(QPainter& painter, const QRect& area, const QPalette& palette) const;

    SnapshotPtr m_snapshot;
    Grouping m_grouping;
    bool m_showMeasures;
    Period m_range;
    QString m_selected;
    QString m_highlighted;
};

} // namespace parley::ui
