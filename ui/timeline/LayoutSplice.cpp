// TimelineLayout::spliced: the layout of every meeting after an edit. At a
// million meetings, laying out all three million lane items again took 150 ms;
// an edit moves a few, so the others keep their rows, their rows' numbers
// follow the splice, and only the lanes the edit touched are packed again.
#include "ui/timeline/TimelineLayout.h"

#include "ui/timeline/RowPacking.h"

#include <algorithm>

namespace parley::ui {

std::optional<TimelineLayout> TimelineLayout::spliced(const TimelineLayout& laidOut,
                                                      const TimelineSnapshot& snapshot,
                                                      const Splice& splice)
{
    const MeetingIndex& index = *snapshot.reference->index;
    const auto& keys = laneKeys(index, laidOut.m_grouping);
    const std::size_t rowsBefore = laidOut.m_meetingItem.size();
    if (splice.sizeAfter(rowsBefore) != snapshot.meetings.size())
        return std::nullopt;

    // The meeting lanes by the position of their key, the lane of "none" last.
    std::vector<int> laneOfSlot(keys.size() + 1, -1);
    for (std::size_t lane = 0; lane < laidOut.m_lanes.size(); ++lane) {
        const Lane& each = laidOut.m_lanes[lane];
        if (each.kind != ItemKind::Meeting)
            continue;
        const auto found = std::ranges::lower_bound(keys, each.key);
        if (!each.key.empty() && (found == keys.end() || *found != each.key))
            return std::nullopt;
        laneOfSlot[each.key.empty() ? keys.size()
                                    : static_cast<std::size_t>(found - keys.begin())] =
            static_cast<int>(lane);
    }

    // The added meetings' items, by lane and in row order.
    std::vector<std::vector<Item>> added(laidOut.m_lanes.size());
    for (const auto row : splice.addedAt) {
        const std::size_t meeting = snapshot.meetings.positionOf(row);
        const Item item =
            itemFor(index.firstDay(meeting), index.lastDay(meeting), index.precision(meeting),
                    static_cast<int>(row), ItemKind::Meeting);
        const auto lanes = lanesOf(index, meeting, laidOut.m_grouping);
        std::vector<std::size_t> keysAt(lanes.begin(), lanes.end());
        if (keysAt.empty())
            keysAt.push_back(keys.size()); // the lane of "none"
        for (const auto slot : keysAt) {
            const int lane = laneOfSlot[slot];
            if (lane < 0)
                return std::nullopt; // a lane the layout lacks
            added[static_cast<std::size_t>(lane)].push_back(item);
        }
    }

    // Where each row went; the removed ones went nowhere.
    std::vector<int> movedTo(rowsBefore, -1);
    int next = 0;
    splice.forEachRun(
        rowsBefore,
        [&](std::size_t first, std::size_t last) {
            for (std::size_t row = first; row < last; ++row)
                movedTo[row] = next++;
        },
        [&](std::size_t) { ++next; });
    std::vector<Lane> lanes = laidOut.m_lanes;
    std::vector<bool> touched(lanes.size(), false);
    for (const Item& item : laidOut.m_items) {
        if (item.kind == ItemKind::Meeting && movedTo[static_cast<std::size_t>(item.index)] < 0) {
            --lanes[static_cast<std::size_t>(item.lane)].count;
            touched[static_cast<std::size_t>(item.lane)] = true;
        }
    }
    std::vector<int> order(lanes.size());
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        lanes[lane].count += static_cast<int>(added[lane].size());
        touched[lane] = touched[lane] || !added[lane].empty();
        if (lanes[lane].count == 0)
            return std::nullopt; // a lane goes
        order[lane] = static_cast<int>(lane);
    }
    // Meeting lanes come first and are ordered again by their counts.
    const auto meetingLanes = std::ranges::partition_point(order, [&](int lane) {
        return lanes[static_cast<std::size_t>(lane)].kind == ItemKind::Meeting;
    });
    std::sort(order.begin(), meetingLanes, [&](int a, int b) {
        return goesBefore(lanes[static_cast<std::size_t>(a)], lanes[static_cast<std::size_t>(b)]);
    });

    TimelineLayout layout;
    layout.m_grouping = laidOut.m_grouping;
    layout.m_showMeasures = laidOut.m_showMeasures;
    layout.m_hiddenLanes = laidOut.m_hiddenLanes;
    layout.m_items.reserve(laidOut.m_items.size() + splice.addedAt.size() * 4);
    for (const int was : order) {
        Lane lane = lanes[static_cast<std::size_t>(was)];
        const int at = static_cast<int>(layout.m_lanes.size());
        lane.first = static_cast<int>(layout.m_items.size());
        const auto& come = added[static_cast<std::size_t>(was)];
        auto coming = come.begin();
        const auto put = [&](Item item) {
            item.lane = at;
            layout.m_items.push_back(item);
        };
        for (Item item : laidOut.laneItems(was)) {
            if (item.kind == ItemKind::Meeting) {
                item.index = movedTo[static_cast<std::size_t>(item.index)];
                if (item.index < 0)
                    continue;
            }
            for (; coming != come.end() && coming->index < item.index; ++coming)
                put(*coming);
            put(item);
        }
        for (; coming != come.end(); ++coming)
            put(*coming);
        if (touched[static_cast<std::size_t>(was)])
            lane.rows = packBareRows(std::span(layout.m_items)
                                         .subspan(static_cast<std::size_t>(lane.first),
                                                  static_cast<std::size_t>(lane.count)));
        layout.m_lanes.push_back(std::move(lane));
    }
    layout.findItems(snapshot.meetings.size(), laidOut.m_measureItem.size());
    return layout;
}

} // namespace parley::ui
