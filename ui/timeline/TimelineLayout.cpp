#include "ui/timeline/TimelineLayout.h"

#include "db/index/InParts.h"
#include "ui/timeline/RowPacking.h"

#include <algorithm>
#include <functional>

namespace parley::ui {

namespace {

using Item = TimelineLayout::Item;
using Lane = TimelineLayout::Lane;
using ItemKind = TimelineLayout::ItemKind;

int dayNumber(Date day) { return static_cast<int>(day.day_number()); }

} // namespace

const std::vector<std::string>& TimelineLayout::laneKeys(const MeetingIndex& index,
                                                         Grouping grouping)
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

std::span<const std::uint32_t> TimelineLayout::lanesOf(const MeetingIndex& index,
                                                       std::size_t meeting, Grouping grouping)
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

TimelineLayout::Item TimelineLayout::itemFor(int firstDay, int lastDay, Precision precision,
                                             int index, ItemKind kind)
{
    Item item{};
    item.start = firstDay;
    item.end = lastDay + 1;
    item.index = index;
    item.kind = kind;
    item.approximate = precision != Precision::Day;
    return item;
}

bool TimelineLayout::goesBefore(const Lane& a, const Lane& b)
{
    if (a.key.empty() != b.key.empty())
        return b.key.empty();
    if (a.count != b.count)
        return a.count > b.count;
    return a.name.localeAwareCompare(b.name) < 0;
}

std::span<const TimelineLayout::Item> TimelineLayout::laneItems(int lane) const
{
    const Lane& found = m_lanes.at(static_cast<std::size_t>(lane));
    return std::span(m_items).subspan(static_cast<std::size_t>(found.first),
                                      static_cast<std::size_t>(found.count));
}

TimelineLayout TimelineLayout::build(const TimelineSnapshot& snapshot, Grouping grouping,
                                     bool showMeasures, const LabelDays& labelDays,
                                     double markerDays, std::optional<std::size_t> partsWanted)
{
    TimelineLayout layout;
    layout.m_grouping = grouping;
    layout.m_showMeasures = showMeasures;

    // Every lane has a slot: meeting lanes by the position of their key, then
    // the meetings' lane of "none", then measure lanes by country, then theirs.
    const MeetingIndex& index = *snapshot.reference->index;
    const auto& meetingKeys = laneKeys(index, grouping);
    const auto& countries = index.countryCodes();
    const std::size_t firstMeasureSlot = meetingKeys.size() + 1;
    const auto forEachMeetingSlot = [&](std::size_t row, auto visit) {
        const auto lanes = lanesOf(index, snapshot.meetings.positionOf(row), grouping);
        std::ranges::for_each(lanes, visit);
        if (lanes.empty())
            visit(meetingKeys.size());
    };
    const auto measureSlot = [&](const Measure& measure) {
        const auto found = std::ranges::lower_bound(countries, measure.imposedBy);
        const bool known = found != countries.end() && *found == measure.imposedBy;
        return firstMeasureSlot +
               static_cast<std::size_t>(known ? found - countries.begin() : std::ssize(countries));
    };
    const std::size_t measures = snapshot.measures.size();

    // Count first, so that every item is written once, straight to its place:
    // at a million meetings, memory written twice costs more than the layout.
    // Large layouts count and place the meetings in parts, one per core, each
    // counting its own, so that each part knows where its items go.
    const std::size_t rows = snapshot.meetings.size();
    // Titles are measured one after the other, by one font.
    const std::size_t parts =
        labelDays ? 1 : std::max<std::size_t>(partsWanted.value_or(partsFor(rows)), 1);
    // Calls visit(row) for each row of part PART.
    const auto forRowsOf = [&](std::size_t part, auto visit) {
        for (std::size_t row = partStart(rows, part, parts); row < partStart(rows, part + 1, parts);
             ++row)
            visit(row);
    };
    const std::size_t slotCount = firstMeasureSlot + countries.size() + 1;
    std::vector<std::vector<int>> partCounts(parts, std::vector<int>(slotCount, 0));
    inParts(parts, [&](std::size_t part) {
        forRowsOf(part, [&](std::size_t row) {
            forEachMeetingSlot(row, [&](std::size_t slot) { ++partCounts[part][slot]; });
        });
    });
    std::vector<int> perSlot(slotCount, 0);
    for (const auto& counts : partCounts)
        std::ranges::transform(perSlot, counts, perSlot.begin(), std::plus<>());
    for (std::size_t i = 0; i < measures; ++i)
        ++perSlot[measureSlot(snapshot.measures[i])];

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
    std::vector<std::pair<Lane, std::size_t>> lanes; // and their slots
    for (const ItemKind kind : {ItemKind::Meeting, ItemKind::Measure}) {
        const bool meetings = kind == ItemKind::Meeting;
        const auto& keys = meetings ? meetingKeys : countries;
        const std::size_t first = meetings ? 0 : firstMeasureSlot;
        const auto firstOfKind = lanes.size();
        for (std::size_t at = 0; at <= keys.size(); ++at) {
            if (perSlot[first + at] == 0)
                continue;
            Lane lane;
            lane.key = at < keys.size() ? keys[at] : std::string();
            lane.name = laneName(lane.key, kind);
            lane.kind = kind;
            lane.count = perSlot[first + at];
            lanes.emplace_back(std::move(lane), first + at);
        }
        std::sort(lanes.begin() + static_cast<std::ptrdiff_t>(firstOfKind), lanes.end(),
                  [](const auto& a, const auto& b) { return goesBefore(a.first, b.first); });
        // Hidden measures keep their lanes' names, so that the lane headers
        // are as wide whether or not measures are shown.
        if (!meetings && !showMeasures) {
            for (auto it = lanes.begin() + static_cast<std::ptrdiff_t>(firstOfKind);
                 it != lanes.end(); ++it)
                layout.m_hiddenLanes.push_back(std::move(it->first));
            lanes.resize(firstOfKind);
        }
    }

    // Where each part's next item of each slot goes (partCounts becomes
    // that), and where the measures' go. Rows come by start date, so each
    // lane's items do too, part after part.
    std::vector<int> nextMeasure(slotCount, 0);
    std::vector<int> laneOfSlot(slotCount, 0);
    int total = 0;
    for (auto& [lane, slot] : lanes) {
        lane.first = total;
        nextMeasure[slot] = total;
        for (auto& counts : partCounts)
            total += std::exchange(counts[slot], total);
        laneOfSlot[slot] = static_cast<int>(layout.m_lanes.size());
        total = lane.first + lane.count;
        layout.m_lanes.push_back(std::move(lane));
    }
    reserveForEdits(layout.m_items, static_cast<std::size_t>(total));
    layout.m_items.resize(static_cast<std::size_t>(total));
    const auto place = [&](std::vector<int>& next, std::size_t slot, Item item) {
        item.lane = laneOfSlot[slot];
        layout.m_items[static_cast<std::size_t>(next[slot]++)] = item;
    };
    std::vector<double> meetingLabels(labelDays ? rows : 0);
    inParts(parts, [&](std::size_t part) {
        forRowsOf(part, [&](std::size_t row) {
            const std::size_t meeting = snapshot.meetings.positionOf(row);
            const Item item =
                itemFor(index.firstDay(meeting), index.lastDay(meeting), index.precision(meeting),
                        static_cast<int>(row), ItemKind::Meeting);
            forEachMeetingSlot(row, [&](std::size_t slot) { place(partCounts[part], slot, item); });
            // From the titles' column: a record is made for a meeting only when shown.
            if (labelDays)
                meetingLabels[row] = labelDays(snapshot.reference->meetings->titleAt(meeting));
        });
    });
    const std::size_t shownMeasures = showMeasures ? measures : 0;
    std::vector<double> measureLabels(labelDays ? shownMeasures : 0);
    for (std::size_t i = 0; i < shownMeasures; ++i) {
        const Measure& measure = snapshot.measures[i];
        const Period period = measure.period();
        place(nextMeasure, measureSlot(measure),
              itemFor(dayNumber(period.begin()), dayNumber(period.last()), measure.precision,
                      static_cast<int>(i), ItemKind::Measure));
        if (labelDays)
            measureLabels[i] = labelDays(measure.title);
    }
    layout.packLanes(meetingLabels, measureLabels, markerDays, parts);
    layout.findItems(snapshot.meetings.size(), shownMeasures);
    return layout;
}

void TimelineLayout::findItems(std::size_t meetings, std::size_t measures)
{
    m_firstEndBlock.clear();
    std::size_t blocks = 0;
    for (const Lane& lane : m_lanes) {
        m_firstEndBlock.push_back(blocks);
        blocks += (static_cast<std::size_t>(lane.count) + kEndBlock - 1) / kEndBlock;
    }
    m_latestEnds.assign(blocks, 0);
    forLanesInParts(partsFor(m_items.size()), [&](Lane& lane) {
        findLatestEnds(static_cast<int>(&lane - m_lanes.data()), 0, blocks);
    });
    reserveForEdits(m_meetingItem, meetings);
    m_meetingItem.assign(meetings, -1);
    m_measureItem.assign(measures, -1);
    for (std::size_t i = m_items.size(); i-- > 0;) {
        const Item& item = m_items[i];
        auto& itemOf = item.kind == ItemKind::Meeting ? m_meetingItem : m_measureItem;
        itemOf[static_cast<std::size_t>(item.index)] = static_cast<int>(i);
    }
}

std::pair<std::size_t, std::size_t> TimelineLayout::endBlocks(int lane) const
{
    const auto at = static_cast<std::size_t>(lane);
    return {m_firstEndBlock[at],
            at + 1 < m_firstEndBlock.size() ? m_firstEndBlock[at + 1] : m_latestEnds.size()};
}

void TimelineLayout::findLatestEnds(int lane, std::size_t from, std::size_t through)
{
    const auto items = laneItems(lane);
    const auto [first, last] = endBlocks(lane);
    const auto latest = std::span(m_latestEnds).subspan(first, last - first);
    int latestEnd = from > 0 ? latest[from - 1] : 0;
    for (std::size_t block = from; block < latest.size(); ++block) {
        const auto firstItem = block * kEndBlock;
        for (const Item& item :
             items.subspan(firstItem, std::min(kEndBlock, items.size() - firstItem)))
            latestEnd = std::max(latestEnd, item.end);
        if (block > through && latest[block] == latestEnd)
            break;
        latest[block] = latestEnd;
    }
}

void TimelineLayout::packLanes(const std::vector<double>& meetingLabels,
                               const std::vector<double>& measureLabels, double markerDays,
                               std::size_t parts)
{
    const auto marked = [markerDays](const Item& item) {
        return std::max<double>(item.end, item.start + markerDays);
    };
    const auto labelled = [&](const Item& item) {
        const auto& labels = item.kind == ItemKind::Meeting ? meetingLabels : measureLabels;
        return labels.empty() ? marked(item)
                              : marked(item) + labels[static_cast<std::size_t>(item.index)];
    };
    // Without markers or titles to make room for, the items' days are all
    // there is to pack.
    const bool widened = markerDays > 0 || !meetingLabels.empty() || !measureLabels.empty();
    forLanesInParts(parts, [&](Lane& lane) {
        const auto items = std::span(m_items).subspan(static_cast<std::size_t>(lane.first),
                                                      static_cast<std::size_t>(lane.count));
        lane.rows = widened ? packTitledRows(items, marked, labelled) : packBareRows(items);
    });
}

template <typename Visit>
void TimelineLayout::forLanesInParts(std::size_t parts, const Visit& visit)
{
    // A lane goes to the part its first item falls in, so each part takes
    // about as many items.
    const auto items = std::max<std::size_t>(m_items.size(), 1);
    inParts(parts, [&](std::size_t part) {
        for (Lane& lane : m_lanes) {
            if (std::min(static_cast<std::size_t>(lane.first) * parts / items, parts - 1) == part)
                visit(lane);
        }
    });
}

std::pair<int, int> TimelineLayout::candidates(int lane, double fromDay, double toDay) const
{
    const Lane& found = m_lanes.at(static_cast<std::size_t>(lane));
    const auto [firstBlock, lastBlock] = endBlocks(lane);
    const auto latest = std::span(m_latestEnds).subspan(firstBlock, lastBlock - firstBlock);
    const auto items = laneItems(lane);
    // The items before the first block whose latest end passes fromDay all
    // end before it.
    const auto reaching =
        std::ranges::partition_point(latest, [fromDay](int end) { return end <= fromDay; });
    const auto last = std::ranges::partition_point(
        items, [toDay](const Item& item) { return item.start < toDay; });
    const int from =
        found.first +
        static_cast<int>(static_cast<std::size_t>(reaching - latest.begin()) * kEndBlock);
    const int to = found.first + static_cast<int>(last - items.begin());
    return {from, std::max(from, to)};
}

int TimelineLayout::firstItemOf(ItemKind kind, int index) const
{
    const auto& itemOf = kind == ItemKind::Meeting ? m_meetingItem : m_measureItem;
    if (index < 0 || index >= static_cast<int>(itemOf.size()))
        return -1;
    return itemOf[static_cast<std::size_t>(index)];
}

int TimelineLayout::meetingLaneOf(const std::string& key) const
{
    const auto found = std::ranges::find_if(m_lanes, [&](const Lane& lane) {
        return lane.kind == ItemKind::Meeting && lane.key == key;
    });
    return found == m_lanes.end() ? -1 : static_cast<int>(found - m_lanes.begin());
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
