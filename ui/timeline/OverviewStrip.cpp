#include "ui/timeline/OverviewStrip.h"

#include "ui/timeline/ColorMix.h"
#include "ui/timeline/TimeTicks.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace parley::ui {

OverviewStrip::OverviewStrip(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline overview"));
    setAccessibleDescription(tr("Meetings over the whole period, with the visible range"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSnapshot(nullptr);
}

QSize OverviewStrip::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 80,
                 static_cast<int>(std::round(fontMetrics().height() * 2.5)));
}

QSize OverviewStrip::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 20, sizeHint().height());
}

void OverviewStrip::setSnapshot(const SnapshotPtr& snapshot)
{
    m_starts.clear();
    double last = 0;
    if (snapshot) {
        // From the index's day columns: a million brief records are slower
        // to read, and their periods to work out.
        const auto& meetings = snapshot->meetings;
        const auto& index = *snapshot->reference->index;
        m_starts.reserve(meetings.size());
        for (std::size_t row = 0; row < meetings.size(); ++row)
            m_starts.push_back(index.firstDay(meetings.positionOf(row)));
        if (const auto lastDay = snapshot->lastMeetingDay())
            last = TimeScale::dayNumber(*lastDay + boost::gregorian::days(1)); // its period's end
        for (const Measure& measure : snapshot->measures)
            last = std::max(last, TimeScale::dayNumber(measure.period().end()));
    }
    // In order already: meetings come by start, which is their first day
    // (Dates.h). The sort only guards the binary searches over them.
    if (!std::ranges::is_sorted(m_starts))
        std::ranges::sort(m_starts);
    if (m_starts.empty()) {
        m_spanFrom = m_visibleFrom;
        m_spanTo = std::max(m_visibleTo, m_visibleFrom + 365);
    } else {
        double first = m_starts.front();
        for (const Measure& measure : snapshot->measures)
            first = std::min(first, TimeScale::dayNumber(measure.announced));
        // A margin keeps the first and last meetings off the edges.
        const double margin = std::max(1.0, (last - first) / 40);
        m_spanFrom = first - margin;
        m_spanTo = last + margin;
    }
    update();
}

void OverviewStrip::setVisibleRange(Period range)
{
    m_visibleFrom = TimeScale::dayNumber(range.begin());
    m_visibleTo = TimeScale::dayNumber(range.end());
    update();
}

TimeScale OverviewStrip::scale() const
{
    return TimeScale(TimeScale::dateOf(m_spanFrom),
                     (m_spanTo - std::floor(m_spanFrom)) / std::max(1, width()));
}

QRectF OverviewStrip::windowRect() const
{
    const TimeScale strip = scale();
    const double minimum = fontMetrics().averageCharWidth();
    double left = std::clamp(strip.x(m_visibleFrom), 0.0, width() - minimum);
    double right = std::clamp(strip.x(m_visibleTo), left + minimum, static_cast<double>(width()));
    return QRectF(left, 0.5, right - left, height() - 1.0);
}

OverviewStrip::Drag OverviewStrip::dragAt(double x) const
{
    const QRectF window = windowRect();
    const double grip = fontMetrics().averageCharWidth() * 0.75;
    if (std::abs(x - window.left()) <= grip)
        return Drag::LeftEdge;
    if (std::abs(x - window.right()) <= grip)
        return Drag::RightEdge;
    return window.left() < x && x < window.right() ? Drag::Move : Drag::None;
}

void OverviewStrip::request(double fromDay, double toDay)
{
    const Date from = TimeScale::dateOf(fromDay);
    const Date to = std::max(TimeScale::dateOf(std::ceil(toDay)), from + boost::gregorian::days(1));
    setVisibleRange(Period(from, to));
    emit rangeRequested(Period(from, to));
}

void OverviewStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const TimeScale strip = scale();
    paintHistogram(painter, strip);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    // Only the coarser row of the axis: the strip gives context, not detail.
    const auto ticks =
        ticksFor(strip, width(), [&](const QString& s) { return metrics.horizontalAdvance(s); });
    const bool majors = std::ranges::any_of(ticks, &Tick::major);
    for (const Tick& tick : ticks) {
        if (tick.major != majors || tick.label.isEmpty())
            continue;
        painter.drawLine(QPointF(tick.x + 0.5, 0), QPointF(tick.x + 0.5, metrics.height() / 2));
        painter.drawText(QPointF(tick.x + 3, metrics.ascent()), tick.label);
    }

    const QRectF window = windowRect();
    const QColor shade = withAlpha(palette().color(QPalette::Window), 0.55);
    painter.fillRect(QRectF(0, 0, window.left(), height()), shade);
    painter.fillRect(QRectF(window.right(), 0, width() - window.right(), height()), shade);
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.fillRect(window, withAlpha(highlight, 0.08));
    painter.setPen(QPen(highlight, 1));
    painter.drawRect(window);
    // Grips that say the edges can be pulled.
    const double grip = height() / 4.0;
    for (const double x : {window.left() + 2.5, window.right() - 2.5})
        painter.drawLine(QPointF(x, height() / 2.0 - grip), QPointF(x, height() / 2.0 + grip));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, 0.5), QPointF(width(), 0.5));
}

void OverviewStrip::paintHistogram(QPainter& painter, const TimeScale& strip)
{
    if (m_starts.empty())
        return;
    const double barWidth = std::max(3.0, std::round(fontMetrics().height() * 0.5));
    std::vector<int> counts;
    for (double x = 0; x < width(); x += barWidth) {
        const auto from = std::ranges::lower_bound(m_starts, strip.dayAt(x));
        const auto to = std::ranges::lower_bound(m_starts, strip.dayAt(x + barWidth));
        counts.push_back(static_cast<int>(to - from));
    }
    const int most = std::max(1, std::ranges::max(counts));
    // Square roots keep single meetings visible beside busy months.
    const double room = height() - fontMetrics().height() * 0.9;
    const QColor ink = palette().color(QPalette::Text);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        const double share = std::sqrt(static_cast<double>(counts[i]) / most);
        const double bar = std::max(2.0, room * share);
        painter.fillRect(QRectF(i * barWidth, height() - bar, barWidth - 0.5, bar),
                         withAlpha(ink, 0.2 + 0.3 * share));
    }
}

void OverviewStrip::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    m_drag = dragAt(x);
    if (m_drag == Drag::None) {
        // A click beside the window brings the window there.
        const double half = (m_visibleTo - m_visibleFrom) / 2;
        const double centre = scale().dayAt(x);
        request(centre - half, centre + half);
        m_drag = Drag::Move;
    }
    m_pressX = x;
    m_pressFrom = m_visibleFrom;
    m_pressTo = m_visibleTo;
}

void OverviewStrip::mouseMoveEvent(QMouseEvent* event)
{
    const double x = event->position().x();
    if (m_drag == Drag::None) {
        const Drag hover = dragAt(x);
        setCursor(hover == Drag::Move   ? Qt::OpenHandCursor
                  : hover == Drag::None ? Qt::PointingHandCursor
                                        : Qt::SizeHorCursor);
        return;
    }
    const double days = (x - m_pressX) * scale().daysPerPixel();
    switch (m_drag) {
    case Drag::Move:
        setCursor(Qt::ClosedHandCursor);
        request(m_pressFrom + days, m_pressTo + days);
        break;
    case Drag::LeftEdge:
        request(std::min(m_pressFrom + days, m_pressTo - 1), m_pressTo);
        break;
    case Drag::RightEdge:
        request(m_pressFrom, std::max(m_pressTo + days, m_pressFrom + 1));
        break;
    case Drag::None:
        break;
    }
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_drag = Drag::None;
    setCursor(Qt::ArrowCursor);
}

} // namespace parley::ui
