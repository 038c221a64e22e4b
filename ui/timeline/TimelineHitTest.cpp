#include "ui/timeline/TimelineHitTest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <span>

namespace parley::ui {

namespace {

using Item = TimelineLayout::Item;
using ItemKind = TimelineLayout::ItemKind;

// The end of the run of items from AT on that SAME holds for (it holds for
// AT's): found in steps that double, then halve, so that a short run costs a
// few steps and a long one the logarithm of its length.
template <typename Iterator, typename Same> Iterator endOfRun(Iterator at, Iterator end, Same same)
{
    std::ptrdiff_t step = 1;
    while (end - at > step && same(at[step])) {
        at += step;
        step *= 2;
    }
    return std::partition_point(at, at + std::min(step, end - at), same);
}

// A lane with more items in view than one per this many pixels is drawn as clusters.
constexpr double kPixelsPerItem = 2.0;
// How far left of the exposed area an item may start and still show its title there.
constexpr double kLongestLabelEms = 30;

} // namespace

TimelineHitTest::TimelineHitTest(const TimelineSnapshot* snapshot, const TimelineLayout* layout,
                                 const QFontMetricsF& font, const TimelineMetrics& metrics)
    : m_snapshot(snapshot)
    , m_layout(layout)
    , m_font(font)
    , m_metrics(metrics)
{
    setCountRows(0);
}

void TimelineHitTest::setCountRows(int rows)
{
    m_laneTops.assign(1, 0);
    for (int lane = 0; lane < static_cast<int>(m_layout->lanes().size()); ++lane) {
        int laneRows = m_layout->lanes()[static_cast<std::size_t>(lane)].rows;
        if (rows > 0 && isClustered(lane))
            laneRows = std::min(laneRows, rows);
        m_laneTops.push_back(m_laneTops.back() + laneRows * m_metrics.rowHeight +
                             2 * m_metrics.lanePadding +
                             (holdsOffices(lane) ? m_font.height() : 0));
    }
}

bool TimelineHitTest::holdsOffices(int lane) const
{
    if (m_layout->grouping() != Grouping::Official)
        return false;
    const auto& info = m_layout->lanes()[static_cast<std::size_t>(lane)];
    const Official* official = info.kind == TimelineLayout::ItemKind::Meeting && !info.key.empty()
                                   ? m_snapshot->official(info.key)
                                   : nullptr;
    return official && !official->positions.empty();
}

QRectF TimelineHitTest::officesLine(int lane) const
{
    if (!holdsOffices(lane))
        return {};
    const QRectF rect = laneRect(lane);
    return QRectF(rect.left(), rect.bottom() - m_metrics.lanePadding - m_font.height(),
                  rect.width(), m_font.height());
}

void TimelineHitTest::setView(const TimeScale& scale, QSizeF size, double scrollY)
{
    m_scale = scale;
    m_size = size;
    m_scrollY = scrollY;
}

QRectF TimelineHitTest::axisRect() const
{
    return QRectF(0, 0, m_size.width(), m_metrics.axisHeight - m_metrics.erasHeight);
}

QRectF TimelineHitTest::erasRect() const
{
    return QRectF(0, m_metrics.axisHeight - m_metrics.erasHeight, m_size.width(),
                  m_metrics.erasHeight);
}

const std::vector<OfficeEra>& TimelineHitTest::eras() const
{
    static const std::vector<OfficeEra> none;
    return m_eras ? *m_eras : none;
}

QRectF TimelineHitTest::laneArea() const
{
    return QRectF(m_metrics.headerWidth, m_metrics.axisHeight,
                  std::max(1.0, m_size.width() - m_metrics.headerWidth),
                  std::max(0.0, m_size.height() - m_metrics.axisHeight));
}

double TimelineHitTest::maxScroll() const
{
    return std::max(0.0, contentHeight() - laneArea().height());
}

QRectF TimelineHitTest::laneRect(int lane) const
{
    const auto i = static_cast<std::size_t>(lane);
    return QRectF(0, m_metrics.axisHeight - m_scrollY + m_laneTops[i], m_size.width(),
                  m_laneTops[i + 1] - m_laneTops[i]);
}

std::pair<int, int> TimelineHitTest::lanesBetween(double top, double bottom) const
{
    if (m_laneTops.size() < 2)
        return {0, 0};
    const double offset = m_scrollY - m_metrics.axisHeight;
    const auto lane = [&](double y) { // y from the first lane's top
        const auto it = std::upper_bound(m_laneTops.begin(), m_laneTops.end(), y);
        return std::clamp(static_cast<int>(it - m_laneTops.begin()) - 1, 0,
                          static_cast<int>(m_laneTops.size()) - 1);
    };
    // The lane ending at the bottom is the last: step below it after the
    // offset, which would round a step taken before it away.
    const int first = lane(top + offset);
    const int last = lane(std::nextafter(bottom + offset, top + offset)) + 1;
    return {first, std::min(last, static_cast<int>(m_laneTops.size()) - 1)};
}

QRectF TimelineHitTest::markerRect(const Item& item) const
{
    const QRectF lane = laneRect(item.lane);
    const double rowTop = lane.top() + m_metrics.lanePadding + item.row * m_metrics.rowHeight;
    const double centreY = rowTop + m_metrics.rowHeight / 2;
    const double size = m_metrics.markerSize;
    const double x0 = xOf(item.start);
    const double x1 = xOf(item.end);
    if (item.approximate) {
        const double inset = std::round(m_metrics.rowHeight * 0.12);
        return QRectF(x0, rowTop + inset, std::max(x1 - x0, size), m_metrics.rowHeight - 2 * inset);
    }
    if (x1 - x0 < size || item.kind == TimelineLayout::ItemKind::Measure) {
        const double centreX = (x0 + x1) / 2;
        return QRectF(centreX - size / 2, centreY - size / 2, size, size);
    }
    return QRectF(x0, centreY - size / 2, x1 - x0, size);
}

QString TimelineHitTest::title(const Item& item) const
{
    const auto index = static_cast<std::size_t>(item.index);
    const bool meeting = item.kind == TimelineLayout::ItemKind::Meeting;
    QString title = QString::fromStdString(meeting ? m_snapshot->meetings[index].title
                                                   : m_snapshot->measures[index].title);
    if (!m_notes)
        return title;
    // Before the title, where eliding a long one keeps it.
    const QString note = meeting ? m_notes->meetingNote(m_snapshot->meetings[index].id)
                                 : m_notes->measureNote(m_snapshot->measures[index].id);
    return note.isEmpty() ? title : note + QLatin1Char(' ') + title;
}

double TimelineHitTest::titleWidth(const Item& item) const
{
    const std::int64_t key =
        item.kind == TimelineLayout::ItemKind::Meeting ? item.index : -1 - std::int64_t{item.index};
    const auto [it, added] = m_titleWidths.try_emplace(key, 0.0);
    if (added)
        it->second = m_font.horizontalAdvance(title(item));
    return it->second;
}

void TimelineHitTest::placeItems(int lane, double fromX, double toX,
                                 const std::function<void(const PlacedItem&)>& visit) const
{
    const double fromDay = dayAt(fromX - kLongestLabelEms * m_font.height());
    const auto [first, last] = m_layout->candidates(lane, fromDay, dayAt(toX) + 1);
    const double minimumRoom = 10 * m_font.averageCharWidth();
    const double areaLeft = laneArea().left();
    const double areaRight = laneArea().right();
    // A title may run up to the next item of its row, so each waits for that one.
    std::map<int, PlacedItem> waiting;
    const auto finish = [&](PlacedItem placed, double roomRight) {
        const Item& item = m_layout->items()[static_cast<std::size_t>(placed.item)];
        const double width = titleWidth(item);
        double room = std::min(roomRight, areaRight) - placed.labelRect.left();
        // A span holds its title where it has more room inside than after it.
        const double inside = std::max(placed.marker.left(), areaLeft) + m_metrics.gap;
        // Up to the next item of the row too: spans may share a row (past kMaxRows)
        // and must not write their titles over each other.
        const double roomInside =
            std::min({placed.marker.right(), roomRight, areaRight}) - m_metrics.gap - inside;
        if (item.approximate && (roomInside >= width || roomInside > room)) {
            placed.labelRect.moveLeft(inside);
            room = roomInside;
        }
        const double left = placed.labelRect.left();
        // A title cut by the left edge reads as a different word; leave it out.
        if (left < areaLeft)
            return visit(placed);
        if (room >= width) {
            placed.label = title(item);
            placed.labelRect.setWidth(width);
        } else if (room >= minimumRoom) {
            placed.label = m_font.elidedText(title(item), Qt::ElideRight, room);
            if (!placed.label.isEmpty())
                placed.labelRect.setWidth(m_font.horizontalAdvance(placed.label));
        }
        visit(placed);
    };
    for (int i = first; i < last; ++i) {
        const Item& item = m_layout->items()[static_cast<std::size_t>(i)];
        if (item.end <= fromDay)
            continue;
        PlacedItem placed;
        placed.item = i;
        placed.marker = markerRect(item);
        const double rowTop = placed.marker.center().y() - m_metrics.rowHeight / 2;
        placed.labelRect =
            QRectF(placed.marker.right() + m_metrics.gap, rowTop, 0, m_metrics.rowHeight);
        if (const auto it = waiting.find(item.row); it != waiting.end()) {
            finish(it->second, placed.marker.left() - m_metrics.gap);
            waiting.erase(it);
        }
        waiting.emplace(item.row, placed);
    }
    for (const auto& [row, placed] : waiting)
        finish(placed, std::numeric_limits<double>::max());
}

bool TimelineHitTest::isClustered(int lane) const
{
    const double width = laneWidth();
    const auto [first, last] = m_layout->candidates(lane, m_scale.dayAt(0), m_scale.dayAt(width));
    return last - first > width / kPixelsPerItem;
}

ClusterBucket TimelineHitTest::bucket(int lane, double firstDay, int count) const
{
    const QRectF band =
        laneRect(lane).adjusted(0, m_metrics.lanePadding, 0, -m_metrics.lanePadding);
    const double x0 = xOf(firstDay);
    const double x1 = xOf(firstDay + bucketDays());
    return {firstDay, firstDay + bucketDays(), count,
            QRectF(x0, band.top(), x1 - x0, band.height())};
}

std::vector<ClusterBucket> TimelineHitTest::clusters(int lane, double fromX, double toX) const
{
    const double days = bucketDays();
    const double fromDay = std::floor(dayAt(fromX) / days) * days;
    const auto [first, last] = m_layout->candidates(lane, fromDay, dayAt(toX) + days);
    const auto items =
        std::span(m_layout->items())
            .subspan(static_cast<std::size_t>(first), static_cast<std::size_t>(last - first));
    // A lane's items are in order of start, so each bucket's are a run, found
    // by search rather than counted one by one: a bucket of the whole range
    // at ten million meetings holds thousands. Those starting before fromDay
    // are counted in the bucket of their start, off to the left.
    const auto bucketOf = [days](const Item& item) {
        return std::floor(item.start / days);
    };
    auto at = std::ranges::partition_point(
        items, [fromDay](const Item& item) { return item.start < fromDay; });
    std::vector<ClusterBucket> buckets;
    while (at != items.end()) {
        const double current = bucketOf(*at);
        const auto end =
            endOfRun(at, items.end(), [&](const Item& item) { return bucketOf(item) == current; });
        buckets.push_back(bucket(lane, current * days, static_cast<int>(end - at)));
        at = end;
    }
    return buckets;
}

std::vector<int> TimelineHitTest::itemsIn(int lane, const ClusterBucket& bucket) const
{
    const double days = bucketDays();
    const auto [first, last] = m_layout->candidates(lane, bucket.fromDay, bucket.toDay);
    std::vector<int> items;
    for (int i = first; i < last; ++i) {
        const Item& item = m_layout->items()[static_cast<std::size_t>(i)];
        if (std::floor(item.start / days) * days == bucket.fromDay)
            items.push_back(i);
    }
    return items;
}

bool TimelineHitTest::showsItem(ItemKind kind, int index) const
{
    const int first = m_layout->firstItemOf(kind, index);
    if (first < 0)
        return false;
    const Item& item = m_layout->items()[static_cast<std::size_t>(first)];
    const QRectF area = laneArea();
    const auto [top, bottom] = lanesBetween(area.top(), area.bottom());
    for (int lane = top; lane < bottom; ++lane) {
        const auto [from, to] = m_layout->candidates(lane, item.start, item.end);
        for (int i = from; i < to; ++i) {
            const Item& other = m_layout->items()[static_cast<std::size_t>(i)];
            if (other.kind == kind && other.index == index &&
                area.contains(markerRect(other).center()))
                return true;
        }
    }
    return false;
}

TimelineHitTest::Hit TimelineHitTest::hitAt(QPointF pos) const
{
    Hit hit;
    if (pos.y() < m_metrics.axisHeight) {
        hit.kind = Hit::Kind::Axis;
        return hit;
    }
    const auto [first, last] = lanesBetween(pos.y(), pos.y() + 1);
    if (first >= last || !laneRect(first).contains(pos))
        return hit;
    hit.lane = first;
    if (pos.x() < m_metrics.headerWidth) {
        hit.kind = Hit::Kind::LaneHeader;
        return hit;
    }
    if (isClustered(first)) {
        for (const auto& bucket : clusters(first, pos.x(), pos.x())) {
            if (bucket.rect.left() <= pos.x() && pos.x() < bucket.rect.right()) {
                hit.kind = Hit::Kind::Cluster;
                hit.cluster = bucket;
            }
        }
        return hit;
    }
    // The nearest marker wins over a title, and a small slack makes dots easy to hit.
    const double slack = m_metrics.gap;
    int onLabel = -1;
    double nearest = std::numeric_limits<double>::max();
    placeItems(first, pos.x() - slack, pos.x() + slack, [&](const PlacedItem& placed) {
        const QPointF offset = placed.marker.center() - pos;
        const double distance = std::hypot(offset.x(), offset.y());
        if (placed.marker.adjusted(-slack, -slack, slack, slack).contains(pos) &&
            distance < nearest) {
            hit.item = placed.item;
            nearest = distance;
        } else if (!placed.label.isEmpty() && placed.labelRect.contains(pos)) {
            onLabel = placed.item;
        }
    });
    if (hit.item < 0)
        hit.item = onLabel;
    if (hit.item >= 0)
        hit.kind = Hit::Kind::Item;
    return hit;
}

} // namespace parley::ui
