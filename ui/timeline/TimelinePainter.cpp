#include "ui/timeline/TimelinePainter.h"

#include "ui/timeline/ColorMix.h"
#include "ui/timeline/CountBarsPainter.h"
#include "ui/timeline/Diamond.h"
#include "ui/timeline/ErasPainter.h"
#include "ui/timeline/KindColors.h"
#include "ui/timeline/LaneOffices.h"
#include "ui/timeline/TimeAxisPainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace parley::ui {

namespace {

using Item = TimelineLayout::Item;
using ItemKind = TimelineLayout::ItemKind;

// Marks what is new since last seen: a colour no kind of record has.
const QColor kNewMark = QColor::fromHsl(36, 255, 128);

} // namespace

bool TimelinePaintState::isNew(const Item& item) const
{
    if (!newRecords)
        return false;
    const auto index = static_cast<std::size_t>(item.index);
    const auto& snapshot = *scene->snapshot();
    return item.kind == ItemKind::Meeting
               ? newRecords->meetings.contains(snapshot.meetings[index].id)
               : newRecords->measures.contains(snapshot.measures[index].id);
}

TimelinePainter::TimelinePainter(QPainter& painter, const QPalette& palette, const QFont& font,
                                 const TimelinePaintState& state)
    : m_painter(painter)
    , m_palette(palette)
    , m_font(font)
    , m_state(state)
    , m_scene(*state.scene)
    , m_geometry(state.scene->geometry())
{
}

void TimelinePainter::paint(const QRect& exposedRect)
{
    const QRectF exposed(exposedRect);
    m_painter.setFont(m_font);
    m_painter.fillRect(exposed, m_palette.color(QPalette::Base));
    const QRectF area = m_geometry.laneArea();
    // Only lanes in the area: a page's next lanes would leave hidden text.
    const auto lanes = m_geometry.lanesBetween(std::max(exposed.top(), area.top()),
                                               std::min(exposed.bottom(), area.bottom()));
    paintLaneBackgrounds(exposed, lanes);
    paintGrid(exposed);
    ErasPainter eras(m_painter, m_palette, m_font, m_geometry);
    eras.paintTermLines(exposed);
    m_painter.save();
    m_painter.setClipRect(area.intersected(exposed));
    m_painter.setRenderHint(QPainter::Antialiasing);
    LaneOfficesPainter(m_painter, m_palette, m_font, m_scene).paint(exposed, lanes);
    m_tallestBars.clear();
    for (int lane = lanes.first; lane < lanes.second; ++lane) {
        if (m_geometry.isClustered(lane))
            m_tallestBars.emplace_back(
                lane, CountBarsPainter(m_painter, m_palette, m_font, m_state).paint(lane));
        else
            paintItems(exposed, lane);
    }
    paintToday(exposed);
    paintGhost();
    m_painter.restore();
    if (m_scene.layout().items().empty()) {
        m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
        m_painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_state.emptyText);
    }
    if (exposed.left() < m_geometry.metrics().headerWidth)
        paintHeaders(exposed, lanes);
    if (exposed.top() < area.top())
        TimeAxisPainter(m_painter, m_palette, m_font, m_state).paint();
    if (exposed.intersects(m_geometry.erasRect()))
        eras.paint();
    paintBand();
}

void TimelinePainter::paintLaneBackgrounds(const QRectF& exposed, std::pair<int, int> lanes)
{
    const QColor line =
        blended(m_palette.color(QPalette::Mid), m_palette.color(QPalette::Base), 0.5);
    for (int lane = lanes.first; lane < lanes.second; ++lane) {
        const QRectF rect = m_geometry.laneRect(lane);
        if (lane % 2 == 1)
            m_painter.fillRect(rect.intersected(exposed), laneBackground(lane, m_palette));
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
    for (const Tick& tick : m_scene.ticks()) {
        const double x = std::round(m_geometry.metrics().headerWidth + tick.x) + 0.5;
        if (x < area.left() || x > area.right())
            continue;
        m_painter.setPen(QPen(blended(mid, base, tick.major ? 0.55 : 0.22), 0));
        m_painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

QColor TimelinePainter::laneBackground(int lane, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    return lane % 2 == 1 ? blended(palette.color(QPalette::AlternateBase), base, 0.6) : base;
}

bool TimelinePainter::isDimmed(const Item& item) const
{
    if (m_state.highlightedOfficial.empty())
        return false;
    if (item.kind == ItemKind::Measure)
        return true;
    const auto& participants =
        m_scene.snapshot()->meetings[static_cast<std::size_t>(item.index)].participants;
    return std::ranges::find(participants, m_state.highlightedOfficial) == participants.end();
}

QColor TimelinePainter::itemColor(const Item& item) const
{
    const auto index = static_cast<std::size_t>(item.index);
    return item.kind == ItemKind::Meeting
               ? meetingKindColor(m_scene.snapshot()->meetings[index].kind, m_palette)
               : measureKindColor(m_scene.snapshot()->measures[index].kind, m_palette);
}

void TimelinePainter::paintItems(const QRectF& exposed, int lane)
{
    std::vector<PlacedItem> placed;
    m_geometry.placeItems(lane, exposed.left(), exposed.right(),
                          [&](const PlacedItem& item) { placed.push_back(item); });
    const auto inks = stackedInks(placed);
    for (std::size_t at = 0; at < placed.size(); ++at) {
        if (inks[at])
            paintItem(placed[at], *inks[at]);
    }
}

bool TimelinePainter::isPlain(const PlacedItem& placed) const
{
    const Item& item = m_scene.layout().items()[static_cast<std::size_t>(placed.item)];
    return placed.label.isEmpty() && placed.item != m_state.hoveredItem &&
           !m_state.isSelected(item) && !m_state.isNew(item);
}

TimelinePainter::MarkerInk TimelinePainter::inkOf(const Item& item) const
{
    const double fade = isDimmed(item) && !m_state.isSelected(item) ? 0.2 : 1.0;
    const QColor color = withAlpha(itemColor(item), fade);
    if (item.approximate)
        return {withAlpha(color, 0.16), withAlpha(color, 0.6)};
    return {color, m_palette.color(QPalette::Base)};
}

std::vector<std::optional<TimelinePainter::MarkerInk>>
TimelinePainter::stackedInks(const std::vector<PlacedItem>& placed) const
{
    // Past kMaxRows, items share rows, and a dense lane seen close stacks many
    // in one place: a week of ten million meetings, seven to a place. Plain
    // markers of one shape in one place are drawn once, as the last of them,
    // in the colours of the whole stack: the same picture, but for edges
    // where outlines meet fills, for a fraction of the drawing.
    using Shape = std::tuple<qreal, qreal, qreal, qreal, ItemKind, bool>;
    std::map<Shape, std::size_t> topOf;
    std::vector<std::optional<MarkerInk>> inks(placed.size());
    for (std::size_t at = placed.size(); at-- > 0;) {
        const Item& item = m_scene.layout().items()[static_cast<std::size_t>(placed[at].item)];
        const MarkerInk ink = inkOf(item);
        if (!isPlain(placed[at])) {
            inks[at] = ink;
            continue;
        }
        const QRectF& box = placed[at].marker;
        const Shape shape{box.x(), box.y(), box.width(), box.height(), item.kind, item.approximate};
        const auto [top, isTop] = topOf.try_emplace(shape, at);
        auto& stack = inks[top->second];
        stack =
            isTop ? ink : MarkerInk{over(stack->fill, ink.fill), over(stack->outline, ink.outline)};
    }
    return inks;
}

void TimelinePainter::paintItem(const PlacedItem& placed, const MarkerInk& ink)
{
    const Item& item = m_scene.layout().items()[static_cast<std::size_t>(placed.item)];
    const bool selected = m_state.isSelected(item);
    const bool hovered = placed.item == m_state.hoveredItem;
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
    m_painter.fillPath(shape, ink.fill);
    m_painter.strokePath(shape, QPen(ink.outline, 1));
    if (hovered)
        m_painter.strokePath(shape, QPen(m_palette.color(QPalette::Text), 1.5));
    if (m_state.isNew(item))
        paintNewMark(QPointF(box.right(), box.top()), std::max(3.5, size * 0.45));

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
    } else if (isDimmed(item)) {
        text = withAlpha(text, 0.35);
    }
    m_painter.setPen(text);
    // From its baseline: laying text out in a rectangle costs more than the
    // drawing, and titles are the most of a frame's text.
    const QFontMetricsF metrics(m_font);
    const double baseline =
        placed.labelRect.center().y() + (metrics.ascent() - metrics.descent()) / 2;
    m_painter.drawText(QPointF(placed.labelRect.left(), baseline), placed.label);
}

QColor TimelinePainter::todayColor(const QPalette& palette)
{
    return QColor::fromHsl(4, 170, isDarkPalette(palette) ? 150 : 115);
}

void TimelinePainter::paintToday(const QRectF& exposed)
{
    const double x = std::round(m_geometry.xOf(TimeScale::dayNumber(m_state.today) + 0.5)) + 0.5;
    if (x < exposed.left() - 1 || x > exposed.right() + 1)
        return;
    const QRectF area = m_geometry.laneArea();
    m_painter.setPen(QPen(todayColor(m_palette), 1));
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
        const auto& info = m_scene.layout().lanes()[static_cast<std::size_t>(lane)];
        const QRectF rect = m_geometry.laneRect(lane);
        const QRectF line(pad, rect.top() + metrics.lanePadding, width - 2 * pad,
                          metrics.rowHeight);
        const QString count = countText(info.count);
        const double countWidth = fonts.horizontalAdvance(count);
        const bool highlighted = m_scene.grouping() == Grouping::Official &&
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
        if (m_state.newRecords && m_scene.grouping() == Grouping::Official &&
            m_state.newRecords->officials.contains(info.key))
            paintNewMark(QPointF(pad / 2, line.center().y()), std::min(pad / 2 - 1, 3.0));
        m_painter.setFont(m_font);
        m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, count);
        // Under the name of a lane of counts, what its tallest bar stands for,
        // on two lines when the lane has room for them, else on one.
        const auto tallest = std::ranges::find(m_tallestBars, lane, &std::pair<int, int>::first);
        const double room = rect.bottom() - metrics.lanePadding - line.bottom();
        if (tallest != m_tallestBars.end() && tallest->second > 0 && room >= fonts.height()) {
            const auto [span, most] =
                CountBarsPainter::scaleText(tallest->second, m_geometry.bucketDays());
            const QPointF first(line.left(), line.bottom() + fonts.ascent());
            if (room >= 2 * fonts.height()) {
                m_painter.drawText(first, fonts.elidedText(span, Qt::ElideRight, line.width()));
                m_painter.drawText(first + QPointF(0, fonts.height()),
                                   fonts.elidedText(most, Qt::ElideRight, line.width()));
            } else {
                m_painter.drawText(
                    first, fonts.elidedText(span + u' ' + most, Qt::ElideRight, line.width()));
            }
        }
        m_painter.setPen(QPen(withAlpha(m_palette.color(QPalette::Mid), 0.5), 0));
        m_painter.drawLine(QPointF(0, rect.bottom()), QPointF(width, rect.bottom()));
    }
    m_painter.setPen(QPen(m_palette.color(QPalette::Mid), 0));
    m_painter.drawLine(QPointF(width - 0.5, column.top()), QPointF(width - 0.5, column.bottom()));
    m_painter.restore();
}

void TimelinePainter::paintNewMark(QPointF centre, double radius)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(QPen(m_palette.color(QPalette::Base), 1));
    m_painter.setBrush(kNewMark);
    m_painter.drawEllipse(centre, radius, radius);
    m_painter.restore();
}

void TimelinePainter::paintGhost()
{
    if (!m_state.ghost)
        return;
    // The lane it would land in, lightly, and the meeting there in outline.
    const QColor highlight = m_palette.color(QPalette::Highlight);
    m_painter.fillRect(m_geometry.laneRect(m_state.ghost->lane), withAlpha(highlight, 0.08));
    const QRectF marker = m_geometry.markerRect(*m_state.ghost);
    m_painter.setPen(QPen(highlight, 2, Qt::DashLine));
    m_painter.setBrush(withAlpha(highlight, 0.45));
    m_painter.drawRoundedRect(marker.adjusted(-1, -1, 1, 1), 3, 3);
}

void TimelinePainter::paintBand()
{
    if (!m_state.band)
        return;
    const auto [from, to] = *m_state.band;
    const double top = 0;
    const QRectF band(std::min(from, to), top, std::abs(to - from),
                      m_geometry.metrics().axisHeight + m_geometry.laneArea().height());
    const QColor highlight = m_palette.color(QPalette::Highlight);
    m_painter.fillRect(band, withAlpha(highlight, 0.18));
    m_painter.setPen(QPen(highlight, 0));
    m_painter.drawLine(band.topLeft(), band.bottomLeft());
    m_painter.drawLine(band.topRight(), band.bottomRight());
}

} // namespace parley::ui
