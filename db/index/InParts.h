#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace parley {

// Into how many parts to split a pass over SIZE meetings, one per core, so
// that answering a filter or laying out a timeline of a million meetings
// takes every core while small ones, laid out at every zoom, start no
// thread at all.
inline std::size_t partsFor(std::size_t size)
{
    constexpr std::size_t kWorthAThread = 50'000;
    const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
    return std::clamp<std::size_t>(size / kWorthAThread, 1, std::min<std::size_t>(cores, 8));
}

// Runs work(part) for every part in [0, PARTS) at once, the last on this
// thread, and returns when all have ended. The parts must not touch the
// same values.
template <typename Work> void inParts(std::size_t parts, const Work& work)
{
    std::vector<std::jthread> others;
    others.reserve(parts > 0 ? parts - 1 : 0);
    for (std::size_t part = 0; part + 1 < parts; ++part)
        others.emplace_back([&work, part] { work(part); });
    if (parts > 0)
        work(parts - 1);
}

// The first of the values [0, SIZE) that part PART of PARTS takes (SIZE past
// the last part).
inline std::size_t partStart(std::size_t size, std::size_t part, std::size_t parts)
{
    return part >= parts ? size : size * part / parts;
}

} // namespace parley
