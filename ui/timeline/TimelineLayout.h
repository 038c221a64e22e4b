#pragma once

#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/UnfilledAllocator.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::ui {

// The lanes of the timeline and where every item sits in them, in days and rows.
// Built once per snapshot and grouping (and again when the room labels need
// changes with the zoom), never while painting; painting finds the visible items
// of a lane by binary search.
class TimelineLayout {
    Q_DECLARE_TR_FUNCTIONS(TimelineLayout)

public:
    enum class ItemKind : std::uint8_t { Meeting, Measure };

    // Trivial, so that a layout's items need not be zeroed before they are
    // placed (UnfilledAllocator.h): Item{} is an item of all zeros.
    struct Item {
        int start; // day number of the first day
        int end;   // day number after the last day
        int lane;
        int index : 27;   // into the snapshot's meetings or measures
        unsigned row : 3; // below kMaxRows (RowPacking.h)
        ItemKind kind : 1;
        bool approximate : 1; // known to the month or year: drawn over the whole period
        bool operator==(const Item&) const = default;
    };
    // Item::index has 27 bits, so that an item takes 16 bytes (at ten million
    // meetings, some 38 million items, 300 MB less than with a whole int for
    // every field); snapshots hold no more meetings or measures than it can.
    static_assert(sizeof(Item) == 16 && kMostShown < (std::size_t{1} << 26));
    using Items = std::vector<Item, UnfilledAllocator<Item>>;

    struct Lane {
        QString name;
        std::string key; // country code, official id or topic id; empty for "none"
        ItemKind kind = ItemKind::Meeting;
        int first = 0; // its items are items()[first, first + count), ordered by start
        int count = 0;
        int rows = 1;
        bool operator==(const Lane&) const = default;
    };

    // The days a title needs at the zoom laid out for, gap included, counted from
    // the item's end, where the title goes unless it fits inside the item. Without
    // it the layout ignores titles. Titles come in UTF-8, as the records hold them.
    using LabelDays = std::function<double(std::string_view)>;

    // markerDays is the least room an item takes at that zoom, so that markers
    // wider than their days do not overlap. Without titles, the meetings are
    // laid out in PARTS at once; by default one per core when there are
    // enough of them (db/index/InParts.h). The layout is the same in any number of parts.
    static TimelineLayout build(const TimelineSnapshot& snapshot, Grouping grouping,
                                bool showMeasures, const LabelDays& labelDays = {},
                                double markerDays = 0, std::optional<std::size_t> parts = {});
    // The layout of every meeting of SNAPSHOT, whose data an edit patched
    // with SPLICE (ReferenceData::Patch) from the data LAID_OUT is the layout
    // of every meeting of, without titles (LayoutSplice.cpp): the same as
    // build() gives, made from LAID_OUT in place, with only the lanes the
    // edit touched packed again. Nullopt when a lane comes or goes, which
    // build() is for.
    static std::optional<TimelineLayout>
    spliced(TimelineLayout laidOut, const TimelineSnapshot& snapshot, const Splice& splice);
    bool operator==(const TimelineLayout&) const = default;

    Grouping grouping() const { return m_grouping; }
    bool showsMeasures() const { return m_showMeasures; }
    const std::vector<Lane>& lanes() const { return m_lanes; }
    // The lanes measures would take were they shown, named and counted but
    // without items; none while measures are shown.
    const std::vector<Lane>& hiddenLanes() const { return m_hiddenLanes; }
    const Items& items() const { return m_items; }
    std::span<const Item> laneItems(int lane) const;

    // A range [first, last) of items() holding every item of the lane that overlaps
    // the days [fromDay, toDay); callers skip the few in it that end before fromDay.
    std::pair<int, int> candidates(int lane, double fromDay, double toDay) const;
    // The item of the meeting (or measure) in the topmost lane showing it, or -1.
    int firstItemOf(ItemKind kind, int index) const;
    int firstItemOfMeeting(int meetingIndex) const
    {
        return firstItemOf(ItemKind::Meeting, meetingIndex);
    }
    // The meetings' lane of this key (country code, official id or topic id), or -1.
    int meetingLaneOf(const std::string& key) const;
    // Every day some item covers, or nullopt when there is no item.
    std::optional<Period> span() const;

private:
    // What the lanes of a grouping are keyed by, as MeetingIndex lists them.
    static const std::vector<std::string>& laneKeys(const MeetingIndex& index, Grouping grouping);
    // The lanes a meeting appears in, as positions in laneKeys(), each once.
    static std::span<const std::uint32_t> lanesOf(const MeetingIndex& index, std::size_t meeting,
                                                  Grouping grouping);
    // The item of days [firstDay, lastDay] (day numbers).
    static Item itemFor(int firstDay, int lastDay, Precision precision, int index, ItemKind kind);
    // The order of lanes of a kind: the busiest first, the lane of "none"
    // last, then by name.
    static bool goesBefore(const Lane& a, const Lane& b);

    // Gives the laid-out lanes' items their rows, in PARTS at once; labels
    // are by item index, empty when titles take no room.
    void packLanes(const std::vector<double>& meetingLabels,
                   const std::vector<double>& measureLabels, double markerDays, std::size_t parts);
    // Visits every lane once, in PARTS at once (db/index/InParts.h).
    template <typename Visit> void forLanesInParts(std::size_t parts, const Visit& visit);
    // Indexes the items [from, to) of LANE that an edit put in place of
    // others, the other items staying where they were (LayoutSplice.cpp).
    // The rows moved have no first item yet.
    void findItemsOfEdit(int lane, std::size_t from, std::size_t to);
    // Puts the lanes in ORDER (old lane numbers), their items with them.
    void reorderLanes(const std::vector<int>& order);
    // Makes room in a vector kept by item or meeting for SIZE values and the
    // few an edit adds, so that edits do not move a million values each time.
    template <typename Values> static void reserveForEdits(Values& values, std::size_t size)
    {
        if (values.capacity() < size)
            values.reserve(size + size / 1024 + 16);
    }
    // Indexes the laid-out items: each lane's latest ends, and each meeting's
    // and measure's first item.
    void findItems(std::size_t meetings, std::size_t measures);
    // Finds the latest ends of LANE's blocks of items FROM to THROUGH, and
    // of those after them until they agree with what they were.
    void findLatestEnds(int lane, std::size_t from, std::size_t through);
    // Where the latest ends of LANE's blocks are in m_latestEnds: [first, last).
    std::pair<std::size_t, std::size_t> endBlocks(int lane) const;

    Grouping m_grouping = Grouping::Country;
    bool m_showMeasures = true;
    std::vector<Lane> m_lanes;
    std::vector<Lane> m_hiddenLanes;
    Items m_items;
    // For candidates(): per block of kEndBlock items of a lane, counted from
    // the lane's first, the latest end of the lane's items up to the block's
    // last. Per block rather than per item: 2.4 MB rather than 38 at a million
    // meetings, for a few more candidates to skip.
    static constexpr std::size_t kEndBlock = 16;
    std::vector<int> m_latestEnds;
    std::vector<std::size_t> m_firstEndBlock; // per lane, into m_latestEnds
    std::vector<int> m_meetingItem;
    std::vector<int> m_measureItem;
};

} // namespace parley::ui
