#pragma once

#include "db/Records.h"
#include "ui/TimelineSnapshot.h"

#include <string>
#include <vector>

namespace parley {
class Store;
}

namespace parley::ui {

// Everything the official panel shows about one person, gathered from the store
// in one go (whatever the current filter): who they are, every engagement with
// the offices held at the time, the same meetings as brief records, and how
// often they met each counterpart country and each topic.
struct OfficialDossier {
    Official official;
    std::vector<Engagement> engagements; // in date order
    std::vector<Meeting> meetings;       // the same meetings, same order, brief
    // Meetings per country of the other participants (not the official's own
    // country) and per topic; by count, most first, then by name.
    std::vector<Count> counterpartCountries;
    std::vector<Count> topics;

    // Names and countries come from REFERENCE, the store's as it is now.
    // Throws DataError when the store has no such official.
    static OfficialDossier build(const Store& store, const std::string& officialId,
                                 const ReferenceData& reference);
};

} // namespace parley::ui
