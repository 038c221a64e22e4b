#pragma once

#include "db/model/Filter.h"
#include "db/model/Records.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace parley {

// The positions in ALL (in date order, as Store::measures() gives them) of
// the measures FILTER admits, ascending: the answer of Store::measures(FILTER),
// found in memory. TOPICS, by id, gives each topic's parent: choosing a topic
// chooses those under it. Measures are few beside meetings, and a filter
// change need not wait on a query for them.
//
// Nullopt when the filter chooses officials: an official's measures are those
// raised at meetings the official attended, which only the store links.
std::optional<std::vector<std::uint32_t>>
matchingMeasures(std::span<const Measure> all, const std::map<std::string, Topic>& topics,
                 const Filter& filter);

// The positions in ALL of the measures FOUND, both in date order (as
// Store::measures() gives them). A measure ALL lacks is left out.
std::vector<std::uint32_t> positionsAmong(std::span<const Measure> all,
                                          std::span<const Measure> found);

} // namespace parley
