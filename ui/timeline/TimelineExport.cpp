#include "ui/timeline/TimelineExport.h"

#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QStyle>
#include <QSvgGenerator>

namespace parley::ui {

namespace {

// Sheets are laid out in pixels of 96 per inch, as screens were when points
// were made; text in pixels then draws at the window's size on paper.
constexpr double kSheetDpi = 96;

} // namespace

TimelineExport::TimelineExport(const TimelineView& view)
{
    m_view.snapshot = view.snapshot();
    m_view.grouping = view.grouping();
    m_view.showMeasures = view.showMeasures();
    m_view.eraOffices = view.eraOffices();
    m_view.range = view.visibleRange();
    m_view.selectedMeeting = view.selectedMeeting();
    m_view.selectedMeasure = view.selectedMeasure();
    m_view.highlightedOfficial = view.highlightedOfficial();
    m_view.today = view.today();
    m_view.bucketDays = view.clusterBucketDays();
    m_view.font = view.font();
    m_view.font.setPixelSize(QFontInfo(view.font()).pixelSize());
}

QPalette TimelineExport::paperPalette() { return QApplication::style()->standardPalette(); }

void TimelineExport::paint(QPainter& painter, QSize size, const QPalette& palette) const
{
    TimelineSheets(m_view, QSizeF(size), TimelineSheets::Kind::Image, palette).paint(painter, 0);
}

bool TimelineExport::print(QPagedPaintDevice& device, const QPalette& palette) const
{
    const double scaleX = device.logicalDpiX() / kSheetDpi;
    const double scaleY = device.logicalDpiY() / kSheetDpi;
    TimelineSheets sheets(m_view, QSizeF(device.width() / scaleX, device.height() / scaleY),
                          TimelineSheets::Kind::Pages, palette);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int page = 0; page < sheets.count(); ++page) {
        if (page > 0 && !device.newPage())
            return false;
        painter.save();
        painter.scale(scaleX, scaleY);
        sheets.paint(painter, page);
        painter.restore();
    }
    return painter.end();
}

bool TimelineExport::save(const QString& file, QSize size, QString* error) const
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    bool written = false;
    if (suffix == QStringLiteral("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        paint(painter, size, QApplication::palette());
        painter.end();
        written = image.save(file, "PNG");
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QStringLiteral("Parley"));
        QPainter painter;
        written = painter.begin(&svg);
        if (written) {
            paint(painter, size, QApplication::palette());
            written = painter.end();
        }
    } else if (suffix == QStringLiteral("pdf")) {
        QPdfWriter pdf(file);
        pdf.setResolution(static_cast<int>(kSheetDpi));
        pdf.setPageSize(QPageSize(QSizeF(size) * 72 / kSheetDpi, QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        pdf.setTitle(QStringLiteral("Parley"));
        written = print(pdf, paperPalette());
    } else {
        *error = tr("%1: choose a .png, .svg or .pdf file name").arg(file);
        return false;
    }
    if (!written)
        *error = tr("%1: cannot write the file").arg(file);
    return written;
}

} // namespace parley::ui
