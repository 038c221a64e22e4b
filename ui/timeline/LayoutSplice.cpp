// TimelineLayout::spliced: the layout of every meeting after an edit. At a
// million meetings, laying out all three million lane items again took 150 ms,
// and even one pass over them, to copy or renumber them, 20 ms. An edit moves
// a few rows, so the layout follows it where it changed: in each lane, the
// items of the rows the edit moved are put again, the lanes after it slide
// when a lane's count changed, and only the lanes the edit touched are packed
// again.
#include "ui/timeline/TimelineLayout.h"

#include "ui/timeline/RowPacking.h"

#include <algorithm>
#include <numeric>

namespace parley::ui {

namespace {

using Item = TimelineLayout::Item;

// The rows an edit moved: the rows before first() kept their numbers, those
// from last() on all moved by net() (the rows added less those removed), and
// those between went where movedTo() says.
class RowWindow {
public:
    RowWindow(const Splice& splice, std::size_t rowsBefore)
        : m_net(static_cast<long>(splice.addedAt.size()) - static_cast<long>(splice.removed.size()))
    {
        std::size_t next = 0;
        splice.forEachRun(
            rowsBefore,
            [&](std::size_t first, std::size_t last) {
                m_runs.push_back({first, last, static_cast<long>(next) - static_cast<long>(first)});
                next += last - first;
            },
            [&](std::size_t) { ++next; });
        const bool keptAtStart =
            !m_runs.empty() && m_runs.front().first == 0 && m_runs.front().shift == 0;
        const bool keptAtEnd =
            !m_runs.empty() && m_runs.back().last == rowsBefore && m_runs.back().shift == m_net;
        m_first = keptAtStart ? m_runs.front().last : 0;
        m_last = std::max(m_first, keptAtEnd ? m_runs.back().first : rowsBefore);
    }

    std::size_t first() const { return m_first; }
    std::size_t last() const { return m_last; }
    long net() const { return m_net; }

    // The row ROW went to, or -1 when it was removed. A lane's items come by
    // row, so each lane walks the runs once: from restart(), ROW only grows.
    void restart() { m_run = 0; }
    int movedTo(int row)
    {
        const auto at = static_cast<std::size_t>(row);
        while (m_run < m_runs.size() && at >= m_runs[m_run].last)
            ++m_run;
        if (m_run == m_runs.size() || at < m_runs[m_run].first)
            return -1;
        return static_cast<int>(static_cast<long>(row) + m_runs[m_run].shift);
    }

private:
    struct Run {
        std::size_t first; // rows [first, last) before the splice
        std::size_t last;
        long shift; // what they add to be their rows after it
    };
    std::vector<Run> m_runs;
    std::size_t m_run = 0;
    long m_net;
    std::size_t m_first = 0;
    std::size_t m_last = 0;
};

// What the edit does to one lane: its items [from, to) make way for ITEMS;
// CHANGED when some of them came or went, not only took new row numbers.
struct LaneEdit {
    std::size_t from = 0;
    std::size_t to = 0;
    std::vector<Item> items;
    bool changed = false;
    long growth() const { return std::ssize(items) - static_cast<long>(to - from); }
};

// A block of values [from, to) that moves by SHIFT.
struct Block {
    std::size_t from;
    std::size_t to;
    long shift;
};

// Moves the BLOCKS of VALUES, in place. The blocks are in order and keep it;
// what lies between them may be overwritten. Blocks that move back go first,
// from the front, then those that move on, from the back, so that no block
// lands on one not yet moved.
template <typename Values> void moveBlocks(Values& values, const std::vector<Block>& blocks)
{
    const auto at = [&](std::size_t position, long shift = 0) {
        return values.begin() + static_cast<long>(position) + shift;
    };
    for (const Block& block : blocks) {
        if (block.shift < 0)
            std::copy(at(block.from), at(block.to), at(block.from, block.shift));
    }
    std::for_each(blocks.rbegin(), blocks.rend(), [&](const Block& block) {
        if (block.shift > 0)
            std::copy_backward(at(block.from), at(block.to), at(block.to, block.shift));
    });
}

// Where the items of LANE end.
std::size_t endOf(const TimelineLayout::Lane& lane)
{
    return static_cast<std::size_t>(lane.first) + static_cast<std::size_t>(lane.count);
}

} // namespace

std::optional<TimelineLayout> TimelineLayout::spliced(TimelineLayout layout,
                                                      const TimelineSnapshot& snapshot,
                                                      const Splice& splice)
{
    const MeetingIndex& index = *snapshot.reference->index;
    const auto& keys = laneKeys(index, layout.m_grouping);
    const std::size_t rowsBefore = layout.m_meetingItem.size();
    if (splice.sizeAfter(rowsBefore) != snapshot.meetings.size())
        return std::nullopt;
    auto& lanes = layout.m_lanes;
    auto& items = layout.m_items;

    // The meeting lanes by the position of their key, the lane of "none" last.
    std::vector<int> laneOfSlot(keys.size() + 1, -1);
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        const Lane& each = lanes[lane];
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
    std::vector<std::vector<Item>> added(lanes.size());
    for (const auto row : splice.addedAt) {
        const std::size_t meeting = snapshot.meetings.positionOf(row);
        Item item = itemFor(index.firstDay(meeting), index.lastDay(meeting),
                            index.precision(meeting), static_cast<int>(row), ItemKind::Meeting);
        const auto lanesOfMeeting = lanesOf(index, meeting, layout.m_grouping);
        std::vector<std::size_t> meetingSlots(lanesOfMeeting.begin(), lanesOfMeeting.end());
        if (meetingSlots.empty())
            meetingSlots.push_back(keys.size()); // the lane of "none"
        for (const auto slot : meetingSlots) {
            item.lane = laneOfSlot[slot];
            if (item.lane < 0)
                return std::nullopt; // a lane the layout lacks
            added[static_cast<std::size_t>(item.lane)].push_back(item);
        }
    }

    // In each meeting lane, the items of the moved rows, renumbered and
    // merged by row with the added ones.
    RowWindow window(splice, rowsBefore);
    std::vector<LaneEdit> edits(lanes.size());
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        const auto laneItems = layout.laneItems(static_cast<int>(lane));
        LaneEdit& edit = edits[lane];
        edit.from = edit.to = endOf(lanes[lane]);
        if (lanes[lane].kind == ItemKind::Meeting) {
            const auto startOf = [&](std::size_t row) {
                const auto found =
                    std::ranges::lower_bound(laneItems, static_cast<int>(row), {},
                                             [](const Item& item) { return item.index; });
                return static_cast<std::size_t>(lanes[lane].first + (found - laneItems.begin()));
            };
            edit.from = startOf(window.first());
            edit.to = startOf(window.last());
        }
        window.restart();
        auto coming = added[lane].begin();
        for (std::size_t at = edit.from; at < edit.to; ++at) {
            Item item = items[at];
            item.index = window.movedTo(item.index);
            if (item.index < 0) {
                edit.changed = true;
                continue;
            }
            for (; coming != added[lane].end() && coming->index < item.index; ++coming)
                edit.items.push_back(*coming);
            edit.items.push_back(item);
        }
        edit.items.insert(edit.items.end(), coming, added[lane].end());
        edit.changed = edit.changed || !added[lane].empty();
        if (lanes[lane].count + edit.growth() == 0)
            return std::nullopt; // a lane goes
    }

    // The lanes' items before and after their edits slide to their new
    // places; then the edits go in, and the rows after them are renumbered.
    std::vector<Block> blocks;
    long shift = 0;
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        const LaneEdit& edit = edits[lane];
        const auto first = static_cast<std::size_t>(lanes[lane].first);
        blocks.push_back({first, edit.from, shift});
        shift += edit.growth();
        blocks.push_back({edit.to, endOf(lanes[lane]), shift});
    }
    const std::size_t size = items.size();
    const auto grown = static_cast<std::size_t>(static_cast<long>(size) + shift);
    reserveForEdits(items, grown);
    items.resize(std::max(size, grown));
    moveBlocks(items, blocks);
    items.resize(grown);
    bool slid = false;
    shift = 0;
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        LaneEdit& edit = edits[lane];
        Lane& each = lanes[lane];
        const long growth = edit.growth();
        slid = slid || growth != 0; // and so every lane after it
        each.first += static_cast<int>(shift);
        each.count += static_cast<int>(growth);
        edit.from = static_cast<std::size_t>(static_cast<long>(edit.from) + shift);
        edit.to = edit.from + edit.items.size();
        std::ranges::copy(edit.items, items.begin() + static_cast<long>(edit.from));
        if (each.kind == ItemKind::Meeting && window.net() != 0) {
            for (auto at = edit.to; at < endOf(each); ++at)
                items[at].index += static_cast<int>(window.net());
        }
        shift += growth;
        if (edit.changed)
            each.rows = packBareRows(std::span(items).subspan(
                static_cast<std::size_t>(each.first), static_cast<std::size_t>(each.count)));
    }

    // Meeting lanes come first, by their counts, which the edit may change.
    const auto meetingLanes = std::ranges::partition_point(
        lanes, [](const Lane& lane) { return lane.kind == ItemKind::Meeting; });
    if (!std::is_sorted(lanes.begin(), meetingLanes, goesBefore)) {
        std::vector<int> order(lanes.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.begin() + (meetingLanes - lanes.begin()), [&](int a, int b) {
            return goesBefore(lanes[static_cast<std::size_t>(a)],
                              lanes[static_cast<std::size_t>(b)]);
        });
        layout.reorderLanes(order);
        slid = true;
    }
    if (slid) {
        layout.findItems(snapshot.meetings.size(), layout.m_measureItem.size());
    } else {
        std::fill(layout.m_meetingItem.begin() + static_cast<long>(window.first()),
                  layout.m_meetingItem.begin() + static_cast<long>(window.last()), -1);
        for (std::size_t lane = 0; lane < lanes.size(); ++lane)
            layout.findItemsOfEdit(static_cast<int>(lane), edits[lane].from, edits[lane].to);
    }
    return layout;
}

void TimelineLayout::findItemsOfEdit(int lane, std::size_t from, std::size_t to)
{
    if (from == to)
        return;
    // The latest ends change from the edit on, until they agree again.
    const auto laneFirst = static_cast<std::size_t>(m_lanes[static_cast<std::size_t>(lane)].first);
    findLatestEnds(lane, (from - laneFirst) / kEndBlock, (to - 1 - laneFirst) / kEndBlock);
    // The rows the edit moved have their items in the lanes' edits; the
    // topmost lane's is their first, and lanes come here in order.
    for (std::size_t at = from; at < to; ++at) {
        int& first = m_meetingItem[static_cast<std::size_t>(m_items[at].index)];
        if (first < 0)
            first = static_cast<int>(at);
    }
}

void TimelineLayout::reorderLanes(const std::vector<int>& order)
{
    std::vector<Lane> lanes;
    Items items;
    items.reserve(m_items.capacity());
    for (const int was : order) {
        Lane lane = std::move(m_lanes[static_cast<std::size_t>(was)]);
        const auto laneItems = std::span(m_items).subspan(static_cast<std::size_t>(lane.first),
                                                          static_cast<std::size_t>(lane.count));
        lane.first = static_cast<int>(items.size());
        for (Item item : laneItems) {
            item.lane = static_cast<int>(lanes.size());
            items.push_back(item);
        }
        lanes.push_back(std::move(lane));
    }
    m_lanes = std::move(lanes);
    m_items = std::move(items);
}

} // namespace parley::ui
