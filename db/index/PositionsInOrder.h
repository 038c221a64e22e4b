#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <vector>

namespace parley {

// The positions 0 to COUNT - 1 ordered by LESS, a strict order of positions.
// Rows mostly come nearly in order (a table written in date order, with
// some meetings added since; ids numbered as they were written): the rows
// that keep step with those before them are in order already, so only the
// others are sorted, and merged in. Sorting a million positions that compare
// by text costs over 100 ms; a pass and a merge, a tenth of that.
template <typename Less> std::vector<std::uint32_t> positionsInOrder(std::size_t count, Less less)
{
    std::vector<std::uint32_t> inStep;
    std::vector<std::uint32_t> others;
    inStep.reserve(count);
    for (std::uint32_t at = 0; at < count; ++at) {
        if (inStep.empty() || !less(at, inStep.back()))
            inStep.push_back(at);
        else
            others.push_back(at);
    }
    if (others.empty())
        return inStep;
    // Rows far out of order (one of the first dated last, say) leave few in
    // step: then a sort of them all is quicker.
    if (others.size() > count / 4) {
        std::vector<std::uint32_t> positions(count);
        std::iota(positions.begin(), positions.end(), 0U);
        std::ranges::sort(positions, less);
        return positions;
    }
    std::ranges::sort(others, less);
    std::vector<std::uint32_t> positions(count);
    std::ranges::merge(inStep, others, positions.begin(), less);
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
