#include "ui/timeline/CountermeasureLanes.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/timeline/ColorMix.h"
#include "ui/timeline/Diamond.h"
#include "ui/timeline/KindColors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>

namespace parley::ui {

namespace {

// Rows a lane takes at most; measures closer still overlap in the last.
constexpr int kMostRows = 3;

// Every year, or every second, fifth or tenth, as the room allows.
int yearStep(double pixelsPerYear, double labelWidth)
{
    for (const int step : {1, 2, 5, 10, 20, 50})
        if (pixelsPerYear * step >= labelWidth)
            return step;
    return 100;
}

} // namespace

CountermeasureLanes::CountermeasureLanes(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Measures and countermeasures over time"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CountermeasureLanes::setMeasures(const QString& aName, const QString& bName,
                                      const std::string& a, std::vector<const Measure*> measures,
                                      std::vector<MeasurePair> pairs)
{
    m_aName = aName;
    m_bName = bName;
    m_a = a;
    m_measures = std::move(measures);
    m_pairs = std::move(pairs);
    if (!m_measures.empty()) {
        const auto [first, last] = std::ranges::minmax(m_measures, {}, &Measure::announced);
        // Whole years, so the ticks fall on the edges.
        m_range = Period(Date(first->announced.year(), 1, 1),
                         Date(static_cast<unsigned short>(last->announced.year() + 1), 1, 1));
    }
    place();
    updateGeometry();
    update();
}

void CountermeasureLanes::clear() { setMeasures({}, {}, {}, {}, {}); }

double CountermeasureLanes::rowHeight() const { return std::round(fontMetrics().height() * 1.1); }

double CountermeasureLanes::headerWidth() const
{
    return std::min(width() / 3.0, fontMetrics().averageCharWidth() * 17.0);
}

double CountermeasureLanes::xOf(Date day) const
{
    const double left = headerWidth() + rowHeight() / 2;
    const double room = std::max(1.0, width() - left - rowHeight() / 2);
    const double days = std::max<double>(1, m_range.length().days());
    return left + room * static_cast<double>((day - m_range.begin()).days()) / days;
}

QRectF CountermeasureLanes::axisRect() const
{
    const double top = m_upperRows * rowHeight();
    return QRectF(0, top, width(), fontMetrics().height() * 1.4);
}

void CountermeasureLanes::place()
{
    m_placed.clear();
    m_upperRows = m_lowerRows = 1;
    const double size = std::round(rowHeight() * 0.6);
    // Rows away from the axis: a measure takes the first whose last marker
    // it clears, so close ones stack instead of hiding each other.
    std::vector<double> upperEnds;
    std::vector<double> lowerEnds;
    auto sorted = m_measures;
    std::ranges::sort(sorted, {}, [](const Measure* m) { return std::tie(m->announced, m->id); });
    for (const Measure* measure : sorted) {
        const bool upper = measure->imposedBy == m_a;
        auto& ends = upper ? upperEnds : lowerEnds;
        const double x = xOf(measure->announced);
        auto row = std::ranges::find_if(ends, [&](double end) { return end <= x - size / 2; });
        if (row == ends.end() && ends.size() < kMostRows)
            row = ends.insert(ends.end(), 0);
        else if (row == ends.end())
            row = ends.end() - 1;
        *row = x + size / 2 + 1;
        m_placed.push_back({measure, upper, static_cast<int>(row - ends.begin()), {}});
    }
    m_upperRows = std::max<int>(1, static_cast<int>(upperEnds.size()));
    m_lowerRows = std::max<int>(1, static_cast<int>(lowerEnds.size()));
    const QRectF axis = axisRect();
    for (auto& placed : m_placed) {
        const double centreY = placed.upper ? axis.top() - (placed.row + 0.5) * rowHeight()
                                            : axis.bottom() + (placed.row + 0.5) * rowHeight();
        const double x = xOf(placed.measure->announced);
        placed.marker = QRectF(x - size / 2, centreY - size / 2, size, size);
    }
}

QRectF CountermeasureLanes::markerOf(const std::string& measureId) const
{
    const auto found = std::ranges::find_if(
        m_placed, [&](const Placed& placed) { return placed.measure->id == measureId; });
    return found == m_placed.end() ? QRectF() : found->marker;
}

const CountermeasureLanes::Placed* CountermeasureLanes::placedAt(QPointF pos) const
{
    // The nearest within a few pixels: diamonds are small.
    const Placed* nearest = nullptr;
    double best = rowHeight() / 2;
    for (const auto& placed : m_placed) {
        const double distance = QLineF(placed.marker.center(), pos).length();
        if (distance <= best) {
            best = distance;
            nearest = &placed;
        }
    }
    return nearest;
}

QSize CountermeasureLanes::sizeHint() const
{
    const double height = (m_upperRows + m_lowerRows) * rowHeight() + axisRect().height() + 2;
    return QSize(fontMetrics().averageCharWidth() * 50, static_cast<int>(std::ceil(height)));
}

QSize CountermeasureLanes::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 30, sizeHint().height());
}

void CountermeasureLanes::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    place();
}

void CountermeasureLanes::paintAxis(QPainter& painter) const
{
    // A line along the axis's top, ticks down from it, the years beside them.
    const QRectF axis = axisRect();
    const QColor mid = palette().color(QPalette::Mid);
    const double lineY = axis.top() + 0.5;
    painter.setPen(QPen(mid, 0));
    painter.drawLine(QPointF(headerWidth(), lineY), QPointF(width(), lineY));
    const int first = m_range.begin().year();
    const int last = m_range.end().year();
    const double perYear = xOf(Date(static_cast<unsigned short>(first + 1), 1, 1)) -
                           xOf(Date(static_cast<unsigned short>(first), 1, 1));
    const int step = yearStep(perYear, fontMetrics().horizontalAdvance(QStringLiteral("0000 ")));
    for (int year = first; year <= last; ++year) {
        const double x = xOf(Date(static_cast<unsigned short>(year), 1, 1));
        painter.setPen(QPen(mid, 0));
        painter.drawLine(QPointF(x, lineY), QPointF(x, axis.bottom()));
        if (year % step != 0 || year == last)
            continue;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(x + 3, lineY, perYear * step, axis.bottom() - lineY),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(year));
    }
}

void CountermeasureLanes::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF axis = axisRect();
    // The second country's lane shaded, as every other lane of the timeline.
    painter.fillRect(QRectF(0, 0, width(), axis.bottom()), palette().color(QPalette::Base));
    painter.fillRect(QRectF(0, axis.bottom(), width(), height() - axis.bottom()),
                     palette().color(QPalette::AlternateBase));
    if (m_placed.empty())
        return;
    // The lanes' names, in the header column.
    painter.setPen(palette().color(QPalette::WindowText));
    const double header = headerWidth() - 4;
    painter.drawText(QRectF(2, 0, header, axis.top()), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_aName, Qt::ElideRight, static_cast<int>(header)));
    painter.drawText(QRectF(2, axis.bottom(), header, height() - axis.bottom()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_bName, Qt::ElideRight, static_cast<int>(header)));
    paintAxis(painter);

    painter.setRenderHint(QPainter::Antialiasing);
    // Each pair joined, first to answer, under the diamonds.
    painter.setPen(QPen(withAlpha(palette().color(QPalette::Text), 0.45), 1.2));
    for (const auto& pair : m_pairs) {
        const QRectF from = markerOf(pair.first->id);
        const QRectF to = markerOf(pair.answer->id);
        if (!from.isEmpty() && !to.isEmpty())
            painter.drawLine(from.center(), to.center());
    }
    for (const auto& placed : m_placed) {
        painter.setBrush(measureKindColor(placed.measure->kind, palette()));
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        painter.drawPolygon(diamond(placed.marker.adjusted(-1, -1, 1, 1)));
    }
}

bool CountermeasureLanes::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    if (const Placed* placed = placedAt(help->pos()))
        QToolTip::showText(
            help->globalPos(),
            tr("%1\n%2, announced %3")
                .arg(toQString(placed->measure->title),
                     placed->upper ? m_aName + QStringLiteral(" → ") + m_bName
                                   : m_bName + QStringLiteral(" → ") + m_aName,
                     periodText(placed->measure->announced, placed->measure->announced,
                                placed->measure->precision)),
            this);
    else
        QToolTip::hideText();
    return true;
}

void CountermeasureLanes::mouseMoveEvent(QMouseEvent* event)
{
    setCursor(placedAt(event->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void CountermeasureLanes::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const Placed* placed = placedAt(event->position()))
        emit measureActivated(toQString(placed->measure->id));
}

} // namespace parley::ui
