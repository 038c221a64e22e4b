#include "ui/timeline/KindLegend.h"

#include "db/model/Vocabulary.h"
#include "ui/model/HtmlText.h"
#include "ui/timeline/ColorMix.h"
#include "ui/timeline/Diamond.h"
#include "ui/timeline/KindColors.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <string>

namespace parley::ui {

KindLegend::KindLegend(bool showMeasures, const QPalette& palette, const QFont& font)
    : m_palette(palette)
    , m_font(font)
{
    for (const auto kind : meetingKinds())
        m_entries.push_back(
            {meetingKindText(kind), meetingKindColor(std::string(kind), palette), Shape::Dot});
    m_entries.push_back(
        {tr("Known to the month or year"), m_palette.color(QPalette::Text), Shape::Span});
    if (showMeasures) {
        for (const auto kind : measureKinds())
            m_entries.push_back({measureKindText(kind),
                                 measureKindColor(std::string(kind), palette), Shape::Diamond});
    }
}

namespace {

// A marker's size, as the timeline's: a fraction of the line.
double markerSize(const QFontMetricsF& metrics) { return std::round(metrics.height() * 0.6); }

double markWidth(KindLegend::Shape shape, const QFontMetricsF& metrics)
{
    return (shape == KindLegend::Shape::Span ? 3 : 1) * markerSize(metrics);
}

} // namespace

template <typename Place> double KindLegend::flow(double width, Place place) const
{
    const QFontMetricsF metrics(m_font);
    const double gap = metrics.averageCharWidth() * 2;
    double x = 0;
    double y = 0;
    for (const auto& entry : m_entries) {
        const double entryWidth = markWidth(entry.shape, metrics) + metrics.averageCharWidth() +
                                  metrics.horizontalAdvance(entry.label);
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += metrics.height() + metrics.descent();
        }
        place(entry, x, y);
        x += entryWidth + gap;
    }
    return y + metrics.height();
}

double KindLegend::height(double width) const
{
    return flow(width, [](const Entry&, double, double) {});
}

double KindLegend::stripMargin() const { return std::round(QFontMetricsF(m_font).height() * 0.4); }

double KindLegend::stripHeight(double width) const
{
    return height(width - 4 * stripMargin()) + 2 * stripMargin();
}

void KindLegend::paintStrip(QPainter& painter, const QRectF& strip) const
{
    painter.fillRect(strip, m_palette.color(QPalette::Window));
    painter.setPen(QPen(m_palette.color(QPalette::Mid), 0));
    painter.drawLine(strip.topLeft() + QPointF(0, 0.5), strip.topRight() + QPointF(0, 0.5));
    const double margin = stripMargin();
    paint(painter, strip.adjusted(2 * margin, margin, -2 * margin, -margin));
}

void KindLegend::paint(QPainter& painter, const QRectF& area) const
{
    const QFontMetricsF metrics(m_font);
    const double size = markerSize(metrics);
    painter.save();
    painter.setFont(m_font);
    painter.setRenderHint(QPainter::Antialiasing);
    flow(area.width(), [&](const Entry& entry, double x, double y) {
        const double width = markWidth(entry.shape, metrics);
        const QRectF box(area.left() + x, area.top() + y + (metrics.height() - size) / 2, width,
                         size);
        QPainterPath shape;
        if (entry.shape == Shape::Diamond) {
            const QPointF c = box.center();
            const double r = size / 2 + 1;
            shape.addPolygon(diamond(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)));
            shape.closeSubpath();
        } else if (entry.shape == Shape::Span) {
            shape.addRoundedRect(box, size / 3, size / 3);
        } else {
            shape.addEllipse(box);
        }
        // As the timeline draws them: spans faded with an outline, the rest solid.
        if (entry.shape == Shape::Span) {
            painter.fillPath(shape, withAlpha(entry.colour, 0.16));
            painter.strokePath(shape, QPen(withAlpha(entry.colour, 0.6), 1));
        } else {
            painter.fillPath(shape, entry.colour);
        }
        painter.setPen(m_palette.color(QPalette::WindowText));
        const double text = area.left() + x + width + metrics.averageCharWidth();
        painter.drawText(QPointF(text, area.top() + y + metrics.ascent()), entry.label);
    });
    painter.restore();
}

} // namespace parley::ui
