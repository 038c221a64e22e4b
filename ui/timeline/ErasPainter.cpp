#include "ui/timeline/ErasPainter.h"

#include "ui/model/HtmlText.h"
#include "ui/timeline/ColorMix.h"

#include <QPainter>

#include <algorithm>

namespace parley::ui {

ErasPainter::ErasPainter(QPainter& painter, const QPalette& palette, const QFont& font,
                         const TimelineHitTest& geometry)
    : m_painter(painter)
    , m_palette(palette)
    , m_font(font)
    , m_geometry(geometry)
{
}

std::pair<double, double> ErasPainter::xRange(const OfficeBands::Span& span) const
{
    const QRectF area = m_geometry.laneArea();
    const double from = m_geometry.xOf(TimeScale::dayNumber(span.start));
    const double to = span.end ? m_geometry.xOf(TimeScale::dayNumber(*span.end) + 1) : area.right();
    return {std::max(from, area.left()), std::min(to, area.right())};
}

void ErasPainter::paint()
{
    const auto& eras = m_geometry.eras();
    const QRectF strip = m_geometry.erasRect();
    if (eras.empty() || strip.isEmpty())
        return;
    const auto& metrics = m_geometry.metrics();
    const double rowHeight = strip.height() / static_cast<double>(eras.size());
    const QColor base = m_palette.color(QPalette::Base);
    const QColor tint = m_palette.color(QPalette::Highlight);
    const QColor text = m_palette.color(QPalette::Text);
    const QFontMetricsF fonts(m_font);
    m_painter.save();
    m_painter.setFont(m_font);
    m_painter.fillRect(strip, m_palette.color(QPalette::Window));
    for (std::size_t row = 0; row < eras.size(); ++row) {
        const auto& era = eras[row];
        const double top = strip.top() + static_cast<double>(row) * rowHeight;
        // The office in the header column, as lanes name themselves.
        const QRectF header(metrics.gap * 2, top, metrics.headerWidth - metrics.gap * 4, rowHeight);
        m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
        m_painter.drawText(
            header, Qt::AlignLeft | Qt::AlignVCenter,
            fonts.elidedText(toQString(era.office.title), Qt::ElideRight, header.width()));
        m_painter.save();
        m_painter.setClipRect(QRectF(metrics.headerWidth, top, strip.width(), rowHeight));
        const double inset = std::round(rowHeight * 0.1);
        for (std::size_t i = 0; i < era.bands.bands.size(); ++i) {
            const auto [x0, x1] = xRange(era.bands.bands[i]);
            if (x1 <= x0)
                continue;
            // Alternate shades tell one term from the next.
            const QRectF band(x0, top + inset, x1 - x0, rowHeight - 2 * inset);
            m_painter.fillRect(band, blended(tint, base, i % 2 ? 0.30 : 0.16));
            m_painter.setPen(QPen(blended(tint, base, 0.6), 0));
            m_painter.drawLine(band.topLeft(), band.bottomLeft());
            const QRectF label = band.adjusted(metrics.gap, 0, -metrics.gap, 0);
            if (label.width() > fonts.averageCharWidth() * 3) {
                m_painter.setPen(text);
                m_painter.drawText(
                    label, Qt::AlignLeft | Qt::AlignVCenter,
                    fonts.elidedText(toQString(era.holders[i]), Qt::ElideRight, label.width()));
            }
        }
        for (const auto& overlap : era.bands.overlaps) {
            const auto [x0, x1] = xRange(overlap);
            m_painter.fillRect(
                QRectF(x0, top + inset, std::max(x1 - x0, 1.0), rowHeight - 2 * inset),
                QBrush(withAlpha(text, 0.5), Qt::BDiagPattern));
        }
        m_painter.restore();
    }
    m_painter.restore();
}

void ErasPainter::paintTermLines(const QRectF& exposed)
{
    const auto& eras = m_geometry.eras();
    if (eras.empty())
        return;
    const QRectF area = m_geometry.laneArea();
    // The first office's terms only: more lines would read as a grid.
    const QColor line =
        blended(m_palette.color(QPalette::Highlight), m_palette.color(QPalette::Base), 0.35);
    m_painter.save();
    m_painter.setPen(QPen(line, 1, Qt::DashLine));
    m_painter.setClipRect(area.intersected(exposed));
    for (const auto& band : eras.front().bands.bands) {
        const double x = m_geometry.xOf(TimeScale::dayNumber(band.start));
        if (x > area.left() && x < area.right())
            m_painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    m_painter.restore();
}

} // namespace parley::ui
