#pragma once

#include "db/model/Records.h"
#include "ui/model/TimelineSnapshot.h"

#include <string>
#include <vector>

namespace parley::ui {

// Everything the official panel shows about one person, gathered in one go
// (whatever the current filter): who they are, every engagement with the
// offices held at the time, and how often they met each counterpart country
// and each topic.
struct OfficialDossier {
    Official official;
    std::vector<Engagement> engagements; // in date order
    // Meetings per country of the other participants (not the official's own
    // country) and per topic; by count, most first, then by name.
    std::vector<Count> counterpartCountries;
    std::vector<Count> topics;

    // From REFERENCE, which holds every meeting in memory.
    // Throws DataError when it has no such official.
    static OfficialDossier build(const std::string& officialId, const ReferenceData& reference);
};

} // namespace parley::ui
