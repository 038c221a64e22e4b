#pragma once

#include "db/model/Records.h"
#include "ui/model/TimelineSnapshot.h"

#include <memory>
#include <string>
#include <vector>

namespace parley::ui {

// Everything the official panel shows about one person, gathered in one go
// (whatever the current filter): who they are, which meetings they took part
// in, and how often they met each counterpart country and each topic.
struct OfficialDossier {
    Official official;
    // The meetings the official took part in, as positions in RECORDS, which
    // is in date order. An engagement, with the offices held at the time, is
    // made only when asked for: a busy official has ten thousand, and a view
    // shows a few dozen of them.
    std::shared_ptr<const BriefMeetings> records = std::make_shared<const BriefMeetings>();
    std::vector<std::size_t> meetings;
    // Meetings per country of the other participants (not the official's own
    // country) and per topic; by count, most first, then by name.
    std::vector<Count> counterpartCountries;
    std::vector<Count> topics;

    std::size_t engagementCount() const { return meetings.size(); }
    const Meeting& meeting(std::size_t at) const { return (*records)[meetings[at]]; }
    Engagement engagement(std::size_t at) const;

    // From REFERENCE, which holds every meeting in memory.
    // Throws DataError when it has no such official.
    static OfficialDossier build(const std::string& officialId, const ReferenceData& reference);
};

} // namespace parley::ui
