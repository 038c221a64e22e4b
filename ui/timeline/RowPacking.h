#pragma once

#include "ui/timeline/TimelineLayout.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <span>
#include <type_traits>

namespace parley::ui {

// No lane grows beyond this many rows; past it, items share the row that frees
// first and overlap, which only happens where the lane is drawn as counts anyway.
constexpr int kMaxRows = 8;
static_assert(kMaxRows <= 8, "TimelineLayout::Item keeps its row in 3 bits");
// Of those, titles may open up to this many; the rest open only for markers
// that would otherwise overlap.
constexpr int kTitleRows = 6;

// Greedy interval packing: each item takes the lowest row that is free by its
// start, so rows are reused after a gap and the lane needs as few rows as the
// densest moment demands. occupiedEnd(item) is the day the item's row is free
// again. Returns the number of rows.
template <typename OccupiedEnd>
int packRows(std::span<TimelineLayout::Item> items, OccupiedEnd occupiedEnd)
{
    // Whole days when the items' days are all there is, fractions of a day
    // when markers or titles widen them.
    using Day = std::invoke_result_t<OccupiedEnd, const TimelineLayout::Item&>;
    // By row, the day it is free again. A row not opened yet is free from
    // the earliest day, so the lowest free row is an open one when there is
    // one, else the next row to open.
    std::array<Day, kMaxRows> freeFrom;
    freeFrom.fill(std::numeric_limits<Day>::lowest());
    int rows = 0;
    for (auto& item : items) {
        // Every row compared, without a branch per row: in a dense lane,
        // which row is free is what a branch cannot predict (searching for
        // it took 96 of the 215 ms of laying out three million meetings).
        unsigned free = 0;
        for (std::size_t row = 0; row < kMaxRows; ++row)
            free |= unsigned{freeFrom[row] <= item.start} << row;
        const int row =
            free != 0 ? std::countr_zero(free)
                      : static_cast<int>(std::ranges::min_element(freeFrom) - freeFrom.begin());
        item.row = static_cast<unsigned>(row);
        rows = std::max(rows, row + 1);
        freeFrom[static_cast<std::size_t>(row)] = occupiedEnd(item);
    }
    return std::max(rows, 1);
}

// Packing of the items' days alone, without markers or titles to make room for.
inline int packBareRows(std::span<TimelineLayout::Item> items)
{
    return packRows(items, [](const TimelineLayout::Item& item) { return int{item.end}; });
}

// Packing that makes room for titles, as far as kTitleRows rows allow: each
// item takes the lowest row where its marker and title fit, else a new row
// while titles have rows to open, else the lowest row where its marker alone
// fits (its title then shows up to the next item of the row). So a busy week
// costs the titles of its own items, not those of the whole lane.
// markerEnd(item) and titleEnd(item) are where the item's marker and title end.
template <typename MarkerEnd, typename TitleEnd>
int packTitledRows(std::span<TimelineLayout::Item> items, MarkerEnd markerEnd, TitleEnd titleEnd)
{
    std::array<double, kMaxRows> titleFree{};  // by row, the day a title could start
    std::array<double, kMaxRows> markerFree{}; // by row, the day a marker could start
    int rows = 0;
    for (auto& item : items) {
        const auto firstFree = [&](const std::array<double, kMaxRows>& freeFrom) {
            const auto used = std::span(freeFrom).first(static_cast<std::size_t>(rows));
            const auto free =
                std::ranges::find_if(used, [&](double end) { return end <= item.start; });
            return free == used.end() ? -1 : static_cast<int>(free - used.begin());
        };
        int row = firstFree(titleFree);
        if (row < 0 && rows < kTitleRows)
            row = rows++;
        if (row < 0)
            row = firstFree(markerFree);
        if (row < 0 && rows < kMaxRows)
            row = rows++;
        if (row < 0) {
            const auto used = std::span(markerFree).first(static_cast<std::size_t>(rows));
            row = static_cast<int>(std::ranges::min_element(used) - used.begin());
        }
        item.row = row;
        titleFree[static_cast<std::size_t>(row)] = titleEnd(item);
        markerFree[static_cast<std::size_t>(row)] = markerEnd(item);
    }
    return std::max(rows, 1);
}

} // namespace parley::ui
