#pragma once

#include "db/analysis/Side.h"
#include "db/model/Records.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace parley {

// The official with an id, or nullptr when there is none.
using OfficialLookup = std::function<const Official*(const std::string& id)>;

// Which offices met in a channel: "Secretary of State ↔ Minister of Foreign
// Affairs: 14".
struct OfficePair {
    // The offices each side's participant held on the meeting's start date,
    // their titles joined by "; " in the order they were taken up; nullopt
    // when none is on record.
    std::optional<std::string> a;
    std::optional<std::string> b;
    int meetings = 0; // in which these offices met, each meeting once

    bool operator==(const OfficePair&) const = default;
};

// For each meeting, every pair of a participant of side A (the official, or
// any participant of that country) and a different participant of side B;
// a side present only as the host has no office in it. Most meetings first,
// then by A's office and B's, an office not on record last.
std::vector<OfficePair> officePairs(const Side& a, const Side& b,
                                    std::span<const Meeting* const> meetings,
                                    const OfficialLookup& officials);

// The titles of the offices OFFICIAL held on DAY, joined by "; "; nullopt when none.
std::optional<std::string> officesHeld(const Official& official, Date day);

} // namespace parley
