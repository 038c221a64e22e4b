#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <span>
#include <stdexcept>
#include <vector>

namespace parley {

// How a list of meetings in date order changes when a few of them change: the
// positions REMOVED (ascending) leave, and ADDED records (in date order) come
// in at the positions ADDED_AT of the list after the change (ascending).
// Every column kept by position follows the same splice, so that an edit
// patches a million meetings' columns with a few block copies instead of
// reading them all again.
struct Splice {
    std::vector<std::size_t> removed;
    std::vector<std::size_t> addedAt;

    std::size_t sizeAfter(std::size_t before) const
    {
        return before - removed.size() + addedAt.size();
    }

    // Walks the list after the splice from its start: KEPT(first, last) for
    // each run of positions [first, last) kept from before, ADDED(k) for the
    // k-th added record, in the order they appear.
    template <typename Kept, typename Added>
    void forEachRun(std::size_t before, Kept kept, Added added) const
    {
        std::size_t old = 0;
        std::size_t next = 0; // the position after the splice
        std::size_t gone = 0;
        std::size_t come = 0;
        while (old < before || come < addedAt.size()) {
            if (come < addedAt.size() && addedAt[come] == next) {
                added(come++);
                ++next;
            } else if (gone < removed.size() && removed[gone] == old) {
                ++gone;
                ++old;
            } else {
                std::size_t last = before;
                if (gone < removed.size())
                    last = std::min(last, removed[gone]);
                if (come < addedAt.size())
                    last = std::min(last, old + (addedAt[come] - next));
                if (last <= old)
                    throw std::logic_error("a splice whose positions do not fit its list");
                kept(old, last);
                next += last - old;
                old = last;
            }
        }
    }

    // VALUES (a vector or a Column) after the splice, the added ones being ADDED.
    template <typename Values, typename T = std::ranges::range_value_t<Values>>
    std::vector<T> applied(const Values& values, std::span<const T> added) const
    {
        std::vector<T> result;
        result.reserve(sizeAfter(values.size()));
        forEachRun(
            values.size(),
            [&](std::size_t first, std::size_t last) {
                result.insert(result.end(), values.begin() + static_cast<std::ptrdiff_t>(first),
                              values.begin() + static_cast<std::ptrdiff_t>(last));
            },
            [&](std::size_t k) { result.push_back(added[k]); });
        return result;
    }
};

} // namespace parley
