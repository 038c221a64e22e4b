#include "ui/timeline/TimeAxisPainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace parley::ui {

TimeAxisPainter::TimeAxisPainter(QPainter& painter, const QPalette& palette, const QFont& font,
                                 const TimelinePaintState& state)
    : m_painter(painter)
    , m_palette(palette)
    , m_font(font)
    , m_state(state)
    , m_geometry(state.scene->geometry())
{
}

void TimeAxisPainter::paint()
{
    const auto& metrics = m_geometry.metrics();
    const QRectF axis = m_geometry.axisRect();
    const double left = metrics.headerWidth;
    m_painter.setFont(m_font);
    m_painter.fillRect(axis, m_palette.color(QPalette::Window));
    m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
    m_painter.drawText(QRectF(metrics.gap * 2, 0, left - metrics.gap * 4, axis.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, groupingTitle());

    const QFontMetricsF fonts(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF boldFonts(bold);
    const auto& ticks = m_state.scene->ticks();
    const bool twoRows = std::ranges::any_of(ticks, &Tick::major);
    const double half = std::round(axis.height() / 2);
    const double lowerTop = twoRows ? half : 0;
    const QColor ink = m_palette.color(QPalette::WindowText);
    const QColor mid = m_palette.color(QPalette::Mid);

    m_painter.save();
    m_painter.setClipRect(QRectF(left, 0, axis.width() - left, axis.height()));
    m_painter.setPen(QPen(mid, 0));
    for (const Tick& tick : ticks) {
        const double x = std::round(left + tick.x) + 0.5;
        if (tick.major)
            m_painter.drawLine(QPointF(x, 0), QPointF(x, half));
        else
            m_painter.drawLine(QPointF(x, axis.bottom() - (axis.height() - lowerTop) / 3),
                               QPointF(x, axis.bottom()));
    }
    m_painter.setPen(ink);
    const auto labels = placeTickLabels(
        ticks, m_state.scene->laneWidth(),
        [&](const QString& s) { return fonts.horizontalAdvance(s); },
        [&](const QString& s) { return boldFonts.horizontalAdvance(s); });
    for (const PlacedTickLabel& label : labels) {
        const Tick& tick = ticks[label.tick];
        m_painter.setFont(tick.major ? bold : m_font);
        const double top = tick.major ? 0 : lowerTop;
        const double width = (tick.major ? boldFonts : fonts).horizontalAdvance(tick.label);
        m_painter.drawText(
            QRectF(left + label.x, top, width + 1, tick.major ? half : axis.height() - top),
            Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    m_painter.setFont(m_font);
    const double today = m_geometry.xOf(TimeScale::dayNumber(m_state.today) + 0.5);
    const double size = metrics.markerSize / 2;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(TimelinePainter::todayColor(m_palette));
    m_painter.drawPolygon(
        QPolygonF({QPointF(today - size, axis.bottom() - size),
                   QPointF(today + size, axis.bottom() - size), QPointF(today, axis.bottom())}));
    m_painter.restore();
    m_painter.setPen(QPen(mid, 0));
    m_painter.drawLine(QPointF(0, axis.bottom() - 0.5), QPointF(axis.right(), axis.bottom() - 0.5));
}

QString TimeAxisPainter::groupingTitle() const
{
    switch (m_state.scene->grouping()) {
    case Grouping::Country:
        return tr("By country");
    case Grouping::Official:
        return tr("By official");
    case Grouping::Topic:
        break;
    }
    return tr("By topic");
}

} // namespace parley::ui
