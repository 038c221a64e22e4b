#include "ui/timeline/TimelineExport.h"

#include "ui/model/DateText.h"
#include "ui/timeline/KindLegend.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStyle>
#include <QSvgGenerator>
#include <QtMath>

namespace parley::ui {

TimelineExport::TimelineExport(const TimelineView& view)
    : m_snapshot(view.snapshot())
    , m_grouping(view.grouping())
    , m_showMeasures(view.showMeasures())
    , m_range(view.visibleRange())
    , m_selected(view.selectedMeeting())
    , m_highlighted(view.highlightedOfficial())
{
}

QPalette TimelineExport::paperPalette() { return QApplication::style()->standardPalette(); }

void TimelineExport::paint(QPainter& painter, const QRect& target, const QPalette& palette) const
{
    const QFontMetrics metrics(painter.font());
    const int margin = metrics.height() / 2;
    const int headerHeight = metrics.height() * 2;
    const KindLegend legend(m_showMeasures, palette, painter.font());
    const int legendArea = qCeil(legend.height(target.width() - 2 * margin)) + 2 * margin;
    painter.fillRect(target, palette.window());
    paintHeader(
        painter,
        QRect(target.left() + margin, target.top(), target.width() - 2 * margin, headerHeight),
        palette);

    // A view of our own at the target's size shows the same state; it is never
    // put on screen, only asked to paint.
    TimelineView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setPalette(palette);
    view.setFont(painter.font());
    view.resize(target.width(), target.height() - headerHeight - legendArea);
    view.show();
    view.setGrouping(m_grouping);
    view.setShowMeasures(m_showMeasures);
    if (m_snapshot)
        view.setSnapshot(m_snapshot);
    view.setVisibleRange(m_range);
    view.setSelectedMeeting(m_selected);
    view.setHighlightedOfficial(m_highlighted);
    view.render(&painter, QPoint(target.left(), target.top() + headerHeight), QRegion(),
                QWidget::DrawChildren);

    legend.paint(painter, QRect(target.left() + margin, target.bottom() - legendArea + margin,
                                target.width() - 2 * margin, legendArea - 2 * margin));
}

void TimelineExport::paintHeader(QPainter& painter, const QRect& area,
                                 const QPalette& palette) const
{
    QString title = QCoreApplication::translate("TimelineExport", "Parley — %1 to %2")
                        .arg(dateText(m_range.begin()), dateText(m_range.last()));
    if (m_snapshot)
        title += QCoreApplication::translate("TimelineExport", " · meetings shown: %1")
                     .arg(m_snapshot->meetings.size());
    painter.save();
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.restore();
}

bool TimelineExport::save(const QString& file, QSize size, QString* error) const
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QRect target(QPoint(0, 0), size);
    bool written = false;
    if (suffix == QStringLiteral("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        paint(painter, target, QApplication::palette());
        painter.end();
        written = image.save(file, "PNG");
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(size);
        svg.setViewBox(target);
        svg.setTitle(QStringLiteral("Parley"));
        QPainter painter;
        written = painter.begin(&svg);
        if (written) {
            paint(painter, target, QApplication::palette());
            written = painter.end();
        }
    } else if (suffix == QStringLiteral("pdf")) {
        QPdfWriter pdf(file);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        pdf.setTitle(QStringLiteral("Parley"));
        QPainter painter;
        written = painter.begin(&pdf);
        if (written) {
            paint(painter, QRect(QPoint(0, 0), QSize(pdf.width(), pdf.height())), paperPalette());
            written = painter.end();
        }
    } else {
        *error = QCoreApplication::translate("TimelineExport",
                                             "%1: choose a .png, .svg or .pdf file name")
                     .arg(file);
        return false;
    }
    if (!written)
        *error =
            QCoreApplication::translate("TimelineExport", "%1: cannot write the file").arg(file);
    return written;
}

} // namespace parley::ui
