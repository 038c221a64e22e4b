#include "ui/TimelineLayout.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace parley::ui {

namespace {

using Item = TimelineLayout::Item;
using Lane = TimelineLayout::Lane;
using ItemKind = TimelineLayout::ItemKind;

// Labels, then markers, may take up to this many rows in a lane before the lane is
// laid out by the items' days alone; titles then show only where they happen to
// fit, and dense markers touch.
constexpr int kRowBudget = 4;

int dayNumber(Date day) { return static_cast<int>(day.day_number()); }

// The item of days [firstDay, lastDay] (day numbers).
Item itemFor(int firstDay, int lastDay, Precision precision, int index, ItemKind kind)
{
    Item item;
    item.start = firstDay;
    item.end = lastDay + 1;
    item.index = index;
    item.kind = kind;
    item.approximate = precision != Precision::Day;
    return item;
}

// What the lanes of a grouping are keyed by, as MeetingIndex lists them.
const std::vector<std::string>& laneKeys(const MeetingIndex& index, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Official:
        return index.officialIds();
    case Grouping::Topic:
        return index.topicIds();
    case Grouping::Country:
        break;
    }
    return index.countryCodes();
}

// The lanes a meeting appears in, as positions in laneKeys(), each once.
std::span<const std::uint32_t> lanesOf(const MeetingIndex& index, std::size_t meeting,
                                       Grouping grouping)
{
    switch (grouping) {
    case Grouping::Official:
        return index.officialsOf(meeting);
    case Grouping::Topic:
        return index.topicsOf(meeting);
    case Grouping::Country:
        break;
    }
    return index.countriesOf(meeting);
}

// No lane grows beyond this many rows; past it, items share the row that frees
// first and overlap, which only happens where the lane is drawn as clusters anyway.
constexpr int kMaxRows = 8;

// Greedy interval packing: each item takes the lowest row that is free by its
// start, so rows are reused after a gap and the lane needs as few rows as the
// densest moment demands. Returns the number of rows.
template <typename OccupiedEnd> int packRows(std::span<Item> items, OccupiedEnd occupiedEnd)
{
    using Busy = std::pair<double, int>; // end, row
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    int rows = 0;
    for (Item& item : items) {
        while (!busy.empty() && busy.top().first <= item.start) {
            free.push(busy.top().second);
            busy.pop();
        }
        if (free.empty() && rows == kMaxRows) {
            item.row = busy.top().second;
            busy.pop();
        } else if (free.empty()) {
            item.row = rows++;
        } else {
            item.row = free.top();
            free.pop();
        }
        busy.emplace(occupiedEnd(item), item.row);
    }
    return std::max(rows, 1);
}

} // namespace

std::span<const TimelineLayout::Item> TimelineLayout::laneItems(int lane) const
{
    const Lane& found = m_lanes.at(static_cast<std::size_t>(lane));
    return std::span(m_items).subspan(static_cast<std::size_t>(found.first),
                                      static_cast<std::size_t>(found.count));
}

TimelineLayout TimelineLayout::build(const TimelineSnapshot& snapshot, Grouping grouping,
                                     bool showMeasures, const LabelDays& labelDays,
                                     double markerDays)
{
    TimelineLayout layout;
    layout.m_grouping = grouping;
    layout.m_showMeasures = showMeasures;

    // Items by lane key (a position in the keys, or past them for "none");
    // rows come by start date, so each lane's items do too.
    const MeetingIndex& index = snapshot.reference->index;
    const auto& meetingKeys = laneKeys(index, grouping);
    std::vector<std::vector<Item>> meetingLanes(meetingKeys.size() + 1);
    std::vector<double> meetingLabels(snapshot.meetings.size());
    for (std::size_t row = 0; row < snapshot.meetings.size(); ++row) {
        const std::size_t meeting = snapshot.meetings.positionOf(row);
        const Item item =
            itemFor(index.firstDay(meeting), index.lastDay(meeting),
                    snapshot.meetings[row].precision, static_cast<int>(row), ItemKind::Meeting);
        const auto lanes = lanesOf(index, meeting, grouping);
        for (const auto lane : lanes)
            meetingLanes[lane].push_back(item);
        if (lanes.empty())
            meetingLanes.back().push_back(item);
        if (labelDays)
            meetingLabels[row] = labelDays(QString::fromStdString(snapshot.meetings[row].title));
    }
    const auto& countries = index.countryCodes();
    std::vector<std::vector<Item>> measureLanes(countries.size() + 1);
    std::vector<double> measureLabels(snapshot.measures.size());
    for (std::size_t i = 0; showMeasures && i < snapshot.measures.size(); ++i) {
        const Measure& measure = snapshot.measures[i];
        const Period period = measure.period();
        const auto found = std::ranges::lower_bound(countries, measure.imposedBy);
        const auto lane = found != countries.end() && *found == measure.imposedBy
                              ? found - countries.begin()
                              : std::ssize(countries);
        measureLanes[static_cast<std::size_t>(lane)].push_back(
            itemFor(dayNumber(period.begin()), dayNumber(period.last()), measure.precision,
                    static_cast<int>(i), ItemKind::Measure));
        if (labelDays)
            measureLabels[i] = labelDays(QString::fromStdString(measure.title));
    }

    const auto laneName = [&](const std::string& key, ItemKind kind) {
        if (kind == ItemKind::Measure)
            return tr("Measures · %1").arg(QString::fromStdString(snapshot.countryName(key)));
        switch (grouping) {
        case Grouping::Country:
            return QString::fromStdString(snapshot.countryName(key));
        case Grouping::Official:
            return key.empty() ? tr("No participants listed")
                               : QString::fromStdString(snapshot.officialName(key));
        case Grouping::Topic:
            break;
        }
        return key.empty() ? tr("No topic") : QString::fromStdString(snapshot.topicName(key));
    };
    std::vector<std::pair<Lane, std::vector<Item>>> lanes;
    for (auto* byKey : {&meetingLanes, &measureLanes}) {
        const ItemKind kind = byKey == &meetingLanes ? ItemKind::Meeting : ItemKind::Measure;
        const auto& keys = kind == ItemKind::Meeting ? meetingKeys : countries;
        const auto firstOfKind = lanes.size();
        for (std::size_t at = 0; at < byKey->size(); ++at) {
            auto& items = (*byKey)[at];
            if (items.empty())
                continue;
            const std::string key = at < keys.size() ? keys[at] : std::string();
            Lane lane;
            lane.name = laneName(key, kind);
            lane.key = key;
            lane.kind = kind;
            lane.count = static_cast<int>(items.size());
            lanes.emplace_back(std::move(lane), std::move(items));
        }
        // The busiest lanes first; the lane of "none" last; then by name.
        std::sort(lanes.begin() + static_cast<std::ptrdiff_t>(firstOfKind), lanes.end(),
                  [](const auto& a, const auto& b) {
                      if (a.first.key.empty() != b.first.key.empty())
                          return b.first.key.empty();
                      if (a.first.count != b.first.count)
                          return a.first.count > b.first.count;
                      return a.first.name.localeAwareCompare(b.first.name) < 0;
                  });
    }
    layout.addLanes(std::move(lanes), meetingLabels, measureLabels, markerDays);
    return layout;
}

void TimelineLayout::addLanes(std::vector<std::pair<Lane, std::vector<Item>>> lanes,
                              const std::vector<double>& meetingLabels,
                              const std::vector<double>& measureLabels, double markerDays)
{
    const auto bare = [](const Item& item) {
        return static_cast<double>(item.end);
    };
    const auto marked = [markerDays](const Item& item) {
        return std::max<double>(item.end, item.start + markerDays);
    };
    const auto labelled = [&](const Item& item) {
        const auto& labels = item.kind == ItemKind::Meeting ? meetingLabels : measureLabels;
        return marked(item) + labels[static_cast<std::size_t>(item.index)];
    };
    for (auto& [lane, items] : lanes) {
        const int laneIndex = static_cast<int>(m_lanes.size());
        const int budget = std::max(kRowBudget, packRows(items, bare));
        lane.rows = packRows(items, labelled);
        if (lane.rows > budget)
            lane.rows = packRows(items, marked);
        if (lane.rows > budget)
            lane.rows = packRows(items, bare);
        lane.first = static_cast<int>(m_items.size());
        int maxEnd = 0;
        for (Item& item : items) {
            item.lane = laneIndex;
            maxEnd = std::max(maxEnd, item.end);
            m_maxEnd.push_back(maxEnd);
            m_items.push_back(item);
        }
        m_lanes.push_back(std::move(lane));
    }
    m_meetingItem.assign(meetingLabels.size(), -1);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items[i];
        int& first = m_meetingItem[static_cast<std::size_t>(item.index)];
        if (item.kind == ItemKind::Meeting && first < 0)
            first = static_cast<int>(i);
    }
}

std::pair<int, int> TimelineLayout::candidates(int lane, double fromDay, double toDay) const
{
    const Lane& found = m_lanes.at(static_cast<std::size_t>(lane));
    const auto maxEnds = std::span(m_maxEnd).subspan(static_cast<std::size_t>(found.first),
                                                     static_cast<std::size_t>(found.count));
    const auto items = laneItems(lane);
    const auto first =
        std::ranges::partition_point(maxEnds, [fromDay](int end) { return end <= fromDay; });
    const auto last = std::ranges::partition_point(
        items, [toDay](const Item& item) { return item.start < toDay; });
    const int from = found.first + static_cast<int>(first - maxEnds.begin());
    const int to = found.first + static_cast<int>(last - items.begin());
    return {from, std::max(from, to)};
}

int TimelineLayout::firstItemOfMeeting(int meetingIndex) const
{
    if (meetingIndex < 0 || meetingIndex >= static_cast<int>(m_meetingItem.size()))
        return -1;
    return m_meetingItem[static_cast<std::size_t>(meetingIndex)];
}

std::optional<Period> TimelineLayout::span() const
{
    if (m_items.empty())
        return std::nullopt;
    int first = m_items.front().start;
    int end = m_items.front().end;
    for (const Item& item : m_items) {
        first = std::min(first, item.start);
        end = std::max(end, item.end);
    }
    const Date epoch(2000, 1, 1);
    const int epochDay = dayNumber(epoch);
    return Period(epoch + boost::gregorian::days(first - epochDay),
                  epoch + boost::gregorian::days(end - epochDay));
}

} // namespace parley::ui
