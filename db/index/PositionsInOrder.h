#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace parley {

namespace detail {

// The positions 0 to COUNT - 1 split into those that keep step, ascending by
// LESS, and the others, or nullopt once the others pass a quarter of them.
// Walked from the first, a position keeps step when no less than every one
// kept before it (rows put in late stand out); walked back FROM_THE_END,
// when no greater than every one kept after it (rows put in early do).
template <typename Less>
std::optional<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>>
inStepAndOthers(std::size_t count, Less less, bool fromTheEnd)
{
    std::vector<std::uint32_t> inStep;
    std::vector<std::uint32_t> others;
    inStep.reserve(count);
    for (std::size_t step = 0; step < count; ++step) {
        const auto at = static_cast<std::uint32_t>(fromTheEnd ? count - 1 - step : step);
        const bool keepsStep =
            inStep.empty() || (fromTheEnd ? !less(inStep.back(), at) : !less(at, inStep.back()));
        (keepsStep ? inStep : others).push_back(at);
        if (others.size() > count / 4)
            return std::nullopt;
    }
    if (fromTheEnd)
        std::ranges::reverse(inStep);
    return std::pair(std::move(inStep), std::move(others));
}

} // namespace detail

// The positions 0 to COUNT - 1 ordered by LESS, a strict order of positions.
// Rows mostly come nearly in order (a table written in date order, with
// some meetings added since; ids numbered as they were written): the rows
// that keep step with those around them are in order already, so only the
// others are sorted, and merged in. Sorting a million positions that compare
// by text costs over 100 ms; a pass and a merge, a tenth of that. Positions
// far from order are sorted whole.
template <typename Less> std::vector<std::uint32_t> positionsInOrder(std::size_t count, Less less)
{
    for (const bool fromTheEnd : {false, true}) {
        auto split = detail::inStepAndOthers(count, less, fromTheEnd);
        if (!split)
            continue;
        auto& [inStep, others] = *split;
        if (others.empty())
            return std::move(inStep);
        std::ranges::sort(others, less);
        std::vector<std::uint32_t> positions(count);
        std::ranges::merge(inStep, others, positions.begin(), less);
        return positions;
    }
    std::vector<std::uint32_t> positions(count);
    std::iota(positions.begin(), positions.end(), 0U);
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
