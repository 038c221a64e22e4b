#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <vector>

namespace parley {

// The positions 0 to COUNT - 1 ordered by LESS, a strict order of positions.
// Rows often come already in order (a table written in date order, ids
// numbered as they were written): one pass tells, where sorting a million
// positions that compare by text costs over 100 ms.
template <typename Less> std::vector<std::uint32_t> positionsInOrder(std::size_t count, Less less)
{
    std::vector<std::uint32_t> positions(count);
    std::iota(positions.begin(), positions.end(), 0U);
    if (!std::ranges::is_sorted(positions, less))
        std::ranges::sort(positions, less);
    return positions;
}

// Whether POSITIONS are 0 to their count - 1 as they stand: an order that
// changes nothing.
inline bool leavesAsTheyAre(std::span<const std::uint32_t> positions)
{
    for (std::size_t at = 0; at < positions.size(); ++at) {
        if (positions[at] != at)
            return false;
    }
    return true;
}

} // namespace parley
