#include "ui/timeline/TimelinePainter.h"

#include "ui/timeline/ColorMix.h"
#include "ui/timeline/KindColors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace parley::ui {

namespace {

using Item = TimelineLayout::Item;
using ItemKind = TimelineLayout::ItemKind;

QPolygonF diamond(const QRectF& box)
{
    const QPointF c = box.center();
    return QPolygonF({QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                      QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())});
}

} // namespace

TimelinePainter::TimelinePainter(QPainter& painter, const QPalette& palette, const QFont& font,
                                 const TimelinePaintState& state)
    : m_painter(painter)
    , m_palette(palette)
    , m_font(font)
    , m_state(state)
    , m_geometry(*state.geometry)
{
}

void TimelinePainter::paint(const QRect& exposedRect)
{
    const QRectF exposed(exposedRect);
    m_painter.setFont(m_font);
    m_painter.fillRect(exposed, m_palette.color(QPalette::Base));
    const QRectF area = m_geometry.laneArea();
    const auto lanes =
        m_geometry.lanesBetween(std::max(exposed.top(), area.top()), exposed.bottom() + 1);
    paintLaneBackgrounds(exposed, lanes);
    paintGrid(exposed);
    m_painter.save();
    m_painter.setClipRect(area.intersected(exposed));
    m_painter.setRenderHint(QPainter::Antialiasing);
    for (int lane = lanes.first; lane < lanes.second; ++lane) {
        if (m_geometry.isClustered(lane))
            paintClusters(exposed, lane);
        else
            paintItems(exposed, lane);
    }
    paintToday(exposed);
    m_painter.restore();
    if (m_state.layout->items().empty()) {
        m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
        m_painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_state.emptyText);
    }
    if (exposed.left() < m_geometry.metrics().headerWidth)
        paintHeaders(exposed, lanes);
    if (exposed.top() < area.top())
        paintAxis();
    paintBand();
}

void TimelinePainter::paintLaneBackgrounds(const QRectF& exposed, std::pair<int, int> lanes)
{
    const QColor line =
        blended(m_palette.color(QPalette::Mid), m_palette.color(QPalette::Base), 0.5);
    for (int lane = lanes.first; lane < lanes.second; ++lane) {
        const QRectF rect = m_geometry.laneRect(lane);
        if (lane % 2 == 1)
            m_painter.fillRect(rect.intersected(exposed), laneBackground(lane));
        m_painter.setPen(QPen(line, 0));
        m_painter.drawLine(QPointF(exposed.left(), rect.bottom()),
                           QPointF(exposed.right(), rect.bottom()));
    }
}

void TimelinePainter::paintGrid(const QRectF& exposed)
{
    const QRectF area = m_geometry.laneArea().intersected(exposed);
    const QColor mid = m_palette.color(QPalette::Mid);
    const QColor base = m_palette.color(QPalette::Base);
    for (const Tick& tick : *m_state.ticks) {
        const double x = std::round(m_geometry.xOf(TimeScale::dayNumber(tick.date))) + 0.5;
        if (x < area.left() || x > area.right())
            continue;
        m_painter.setPen(QPen(blended(mid, base, tick.major ? 0.55 : 0.22), 0));
        m_painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

QColor TimelinePainter::laneBackground(int lane) const
{
    const QColor base = m_palette.color(QPalette::Base);
    return lane % 2 == 1 ? blended(m_palette.color(QPalette::AlternateBase), base, 0.6) : base;
}

bool TimelinePainter::isDimmed(const Item& item) const
{
    if (m_state.highlightedOfficial.empty())
        return false;
    if (item.kind == ItemKind::Measure)
        return true;
    const auto& participants =
        m_state.snapshot->meetings[static_cast<std::size_t>(item.index)].participants;
    return std::ranges::find(participants, m_state.highlightedOfficial) == participants.end();
}

QColor TimelinePainter::itemColor(const Item& item) const
{
    const auto index = static_cast<std::size_t>(item.index);
    return item.kind == ItemKind::Meeting
               ? meetingKindColor(m_state.snapshot->meetings[index].kind, m_palette)
               : measureKindColor(m_state.snapshot->measures[index].kind, m_palette);
}

void TimelinePainter::paintItems(const QRectF& exposed, int lane)
{
    m_geometry.placeItems(lane, exposed.left(), exposed.right(),
                          [this](const PlacedItem& placed) { paintItem(placed); });
}

void TimelinePainter::paintItem(const PlacedItem& placed)
{
    const Item& item = m_state.layout->items()[static_cast<std::size_t>(placed.item)];
    const bool selected = item.kind == ItemKind::Meeting && item.index == m_state.selectedMeeting;
    const bool hovered = placed.item == m_state.hoveredItem;
    const double fade = isDimmed(item) && !selected ? 0.2 : 1.0;
    const QColor color = withAlpha(itemColor(item), fade);
    const QRectF box = placed.marker;
    const double size = m_geometry.metrics().markerSize;
    QPainterPath shape;
    if (item.approximate)
        shape.addRoundedRect(box, size / 3, size / 3);
    else if (item.kind == ItemKind::Measure)
        shape.addPolygon(diamond(box.adjusted(-1, -1, 1, 1)));
    else
        shape.addRoundedRect(box, size / 2, size / 2);
    shape.closeSubpath();

    if (selected) {
        const double halo = std::max(2.0, size / 3);
        QPainterPathStroker stroker;
        stroker.setWidth(2 * halo);
        stroker.setJoinStyle(Qt::RoundJoin);
        m_painter.fillPath(stroker.createStroke(shape).united(shape),
                           withAlpha(m_palette.color(QPalette::Highlight), 0.45));
    }
    if (item.approximate) {
        m_painter.fillPath(shape, withAlpha(color, 0.16));
        m_painter.strokePath(shape, QPen(withAlpha(color, 0.6), 1));
    } else {
        m_painter.fillPath(shape, color);
        m_painter.strokePath(shape, QPen(m_palette.color(QPalette::Base), 1));
    }
    if (hovered)
        m_painter.strokePath(shape, QPen(m_palette.color(QPalette::Text), 1.5));

    if (placed.label.isEmpty())
        return;
    QColor text = m_palette.color(QPalette::Text);
    if (selected) {
        // A chip behind the title, so the emphasis costs no width.
        const double pad = m_geometry.metrics().gap / 2;
        const QRectF chip = QRectF(placed.labelRect.left() - pad, box.center().y() - size,
                                   placed.labelRect.width() + 2 * pad, 2 * size);
        QPainterPath path;
        path.addRoundedRect(chip, pad * 2, pad * 2);
        m_painter.fillPath(path, withAlpha(m_palette.color(QPalette::Highlight), 0.25));
    } else if (fade < 1) {
        text = withAlpha(text, 0.35);
    }
    m_painter.setPen(text);
    m_painter.drawText(placed.labelRect.adjusted(0, 0, size, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       placed.label);
}

void TimelinePainter::paintClusters(const QRectF& exposed, int lane)
{
    const auto buckets = m_geometry.clusters(lane, exposed.left(), exposed.right());
    if (buckets.empty())
        return;
    const int most = std::ranges::max(buckets, {}, &ClusterBucket::count).count;
    const QColor ink = m_palette.color(QPalette::Text);
    const QFontMetricsF metrics(m_font);
    const auto labelRun = [&](const QRectF& run, int count) {
        const QString text = countText(count);
        const double width = metrics.horizontalAdvance(text) + 2 * m_geometry.metrics().gap;
        if (run.width() < width)
            return;
        const QRectF pill(run.center().x() - width / 2, run.top(), width, metrics.height());
        m_painter.fillRect(pill, withAlpha(m_palette.color(QPalette::Base), 0.8));
        m_painter.setPen(ink);
        m_painter.drawText(pill, Qt::AlignCenter, text);
    };
    // Heights grow with the logarithm of the count, so a busy week does not flatten
    // the rest of the lane.
    // Bars sit on whole pixels, opaque, so they are filled without blending.
    const QColor background = laneBackground(lane);
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    QRectF run;
    int runCount = 0;
    for (const ClusterBucket& bucket : buckets) {
        const double share = std::log1p(bucket.count) / std::log1p(std::max(most, 1));
        const double height = bucket.rect.height() * (0.2 + 0.8 * share);
        const QRect bar(
            QPoint(qRound(bucket.rect.left()), qRound(bucket.rect.bottom() - height)),
            QPoint(std::max(qRound(bucket.rect.left()), qRound(bucket.rect.right()) - 1),
                   qRound(bucket.rect.bottom()) - 1));
        m_painter.fillRect(bar, blended(ink, background, 0.15 + 0.3 * share));
        if (runCount > 0 && std::abs(run.right() - bucket.rect.left()) < 0.5) {
            run = run.united(bucket.rect);
            runCount += bucket.count;
            continue;
        }
        if (runCount > 0)
            labelRun(run, runCount);
        run = bucket.rect;
        runCount = bucket.count;
    }
    labelRun(run, runCount);
    m_painter.restore();
}

QColor TimelinePainter::todayColor() const
{
    return QColor::fromHsl(4, 170, isDarkPalette(m_palette) ? 150 : 115);
}

void TimelinePainter::paintToday(const QRectF& exposed)
{
    const double x = std::round(m_geometry.xOf(TimeScale::dayNumber(m_state.today) + 0.5)) + 0.5;
    if (x < exposed.left() - 1 || x > exposed.right() + 1)
        return;
    const QRectF area = m_geometry.laneArea();
    m_painter.setPen(QPen(todayColor(), 1));
    m_painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
}

void TimelinePainter::paintHeaders(const QRectF& exposed, std::pair<int, int> lanes)
{
    const auto& metrics = m_geometry.metrics();
    const double width = metrics.headerWidth;
    const QRectF column(0, metrics.axisHeight, width, m_geometry.laneArea().height());
    m_painter.save();
    m_painter.setClipRect(column.intersected(exposed));
    m_painter.fillRect(column, m_palette.color(QPalette::Window));
    const QFontMetricsF fonts(m_font);
    const double pad = metrics.gap * 2;
    for (int lane = lanes.first; lane < lanes.second; ++lane) {
        const auto& info = m_state.layout->lanes()[static_cast<std::size_t>(lane)];
        const QRectF rect = m_geometry.laneRect(lane);
        const QRectF line(pad, rect.top() + metrics.lanePadding, width - 2 * pad,
                          metrics.rowHeight);
        const QString count = countText(info.count);
        const double countWidth = fonts.horizontalAdvance(count);
        const bool highlighted = m_state.layout->grouping() == Grouping::Official &&
                                 info.kind == ItemKind::Meeting &&
                                 info.key == m_state.highlightedOfficial;
        QFont font = m_font;
        font.setBold(highlighted);
        font.setItalic(info.kind == ItemKind::Measure);
        m_painter.setFont(font);
        m_painter.setPen(m_palette.color(highlighted ? QPalette::Highlight : QPalette::WindowText));
        const double nameWidth = line.width() - countWidth - pad;
        m_painter.drawText(line.adjusted(0, 0, -countWidth - pad, 0),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(font).elidedText(info.name, Qt::ElideRight, nameWidth));
        m_painter.setFont(m_font);
        m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, count);
        m_painter.setPen(QPen(withAlpha(m_palette.color(QPalette::Mid), 0.5), 0));
        m_painter.drawLine(QPointF(0, rect.bottom()), QPointF(width, rect.bottom()));
    }
    m_painter.setPen(QPen(m_palette.color(QPalette::Mid), 0));
    m_painter.drawLine(QPointF(width - 0.5, column.top()), QPointF(width - 0.5, column.bottom()));
    m_painter.restore();
}

void TimelinePainter::paintAxis()
{
    const auto& metrics = m_geometry.metrics();
    const QRectF axis = m_geometry.axisRect();
    const double left = metrics.headerWidth;
    m_painter.fillRect(axis, m_palette.color(QPalette::Window));
    m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
    m_painter.drawText(QRectF(metrics.gap * 2, 0, left - metrics.gap * 4, axis.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, groupingTitle());

    const QFontMetricsF fonts(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF boldFonts(bold);
    const double pad =
        tickLabelPadding([&](const QString& s) { return fonts.horizontalAdvance(s); });
    const auto& ticks = *m_state.ticks;
    const bool twoRows = std::ranges::any_of(ticks, &Tick::major);
    const double half = std::round(axis.height() / 2);
    const QRectF lower(left, twoRows ? half : 0, axis.width() - left,
                       twoRows ? axis.height() - half : axis.height());
    const QColor ink = m_palette.color(QPalette::WindowText);
    const QColor mid = m_palette.color(QPalette::Mid);

    m_painter.save();
    m_painter.setClipRect(QRectF(left, 0, axis.width() - left, axis.height()));
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const Tick& tick = ticks[i];
        const double x = std::round(m_geometry.xOf(TimeScale::dayNumber(tick.date))) + 0.5;
        if (!tick.major) {
            m_painter.setPen(QPen(mid, 0));
            m_painter.drawLine(QPointF(x, axis.bottom() - lower.height() / 3),
                               QPointF(x, axis.bottom()));
            m_painter.setPen(ink);
            m_painter.drawText(QRectF(x + pad, lower.top(),
                                      fonts.horizontalAdvance(tick.label) + pad, lower.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, tick.label);
            continue;
        }
        m_painter.setPen(QPen(mid, 0));
        m_painter.drawLine(QPointF(x, 0), QPointF(x, half));
        // The label of the unit in view stays at the left edge until the next unit
        // pushes it away, so the year or month is always named.
        const double width = boldFonts.horizontalAdvance(tick.label);
        double labelX = std::max(x + pad, left + pad);
        const auto next = std::find_if(ticks.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                       ticks.end(), [](const Tick& t) { return t.major; });
        if (next != ticks.end())
            labelX =
                std::min(labelX, m_geometry.xOf(TimeScale::dayNumber(next->date)) - width - pad);
        m_painter.setFont(bold);
        m_painter.setPen(ink);
        m_painter.drawText(QRectF(labelX, 0, width + pad, half), Qt::AlignLeft | Qt::AlignVCenter,
                           tick.label);
        m_painter.setFont(m_font);
    }
    const double today = m_geometry.xOf(TimeScale::dayNumber(m_state.today) + 0.5);
    const double size = metrics.markerSize / 2;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(todayColor());
    m_painter.drawPolygon(
        QPolygonF({QPointF(today - size, axis.bottom() - size),
                   QPointF(today + size, axis.bottom() - size), QPointF(today, axis.bottom())}));
    m_painter.restore();
    m_painter.setPen(QPen(mid, 0));
    m_painter.drawLine(QPointF(0, axis.bottom() - 0.5), QPointF(axis.right(), axis.bottom() - 0.5));
}

QString TimelinePainter::groupingTitle() const
{
    switch (m_state.layout->grouping()) {
    case Grouping::Country:
        return tr("By country");
    case Grouping::Official:
        return tr("By official");
    case Grouping::Topic:
        break;
    }
    return tr("By topic");
}

void TimelinePainter::paintBand()
{
    if (!m_state.band)
        return;
    const auto [from, to] = *m_state.band;
    const double top = 0;
    const QRectF band(std::min(from, to), top, std::abs(to - from),
                      m_geometry.axisRect().height() + m_geometry.laneArea().height());
    const QColor highlight = m_palette.color(QPalette::Highlight);
    m_painter.fillRect(band, withAlpha(highlight, 0.18));
    m_painter.setPen(QPen(highlight, 0));
    m_painter.drawLine(band.topLeft(), band.bottomLeft());
    m_painter.drawLine(band.topRight(), band.bottomRight());
}

} // namespace parley::ui
