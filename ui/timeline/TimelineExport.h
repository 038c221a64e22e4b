#pragma once

#include "ui/timeline/TimelineSheets.h"

#include <QCoreApplication>
#include <QPalette>
#include <QSize>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace parley::ui {

class TimelineView;

// The timeline as the window shows it (same meetings, grouping, time range,
// selection, highlight and bars of counts) with a title and a key to its
// colours, for images, SVG, PDF and paper. Text keeps the window's size on
// every device; pages take every lane, as many pages as they need.
class TimelineExport {
    Q_DECLARE_TR_FUNCTIONS(TimelineExport)

public:
    explicit TimelineExport(const TimelineView& view);

    // Draws the view as one image of `size` pixels: the lanes that fit.
    void paint(QPainter& painter, QSize size, const QPalette& palette) const;
    // Draws every page on DEVICE, which nothing has painted on yet: a
    // QPrinter or a QPdfWriter, at its own page size and resolution. False
    // when the device cannot be painted on.
    bool print(QPagedPaintDevice& device, const QPalette& palette) const;
    // Writes PNG, SVG or PDF as the file's suffix says, at `size` pixels (a
    // PDF's pages are that size at 96 per inch); false with `error` set when
    // the suffix is unknown or the file cannot be written.
    bool save(const QString& file, QSize size, QString* error) const;

    // The palette for paper and PDF: the style's standard, light one.
    static QPalette paperPalette();

    // The days the export shows: the view's.
    Period range() const { return m_view.range; }
    bool showsMeasures() const { return m_view.showMeasures; }
    // Lists SOURCES under the figure and numbers its titles by them.
    void cite(std::shared_ptr<const FigureSources> sources) { m_view.sources = std::move(sources); }

private:
    ExportedView m_view;
};

} // namespace parley::ui
