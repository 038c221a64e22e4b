#include "db/model/Engagements.h"

#include <algorithm>

namespace parley {

Engagement engagementOf(const Meeting& meeting, const Official& official)
{
    Engagement engagement{meeting.id,          meeting.title,     meeting.start,
                          meeting.end,         meeting.precision, {},
                          meeting.participants};
    std::ranges::copy_if(official.positions, std::back_inserter(engagement.positions),
                         [&](const Position& position) { return position.heldOn(meeting.start); });
    // What the meeting's record says the participant was then stands in for
    // the positions only when none is known for the day: a visiting leader's
    // office is known from the visit, not from dates of office.
    if (engagement.positions.empty()) {
        if (const std::string* role = meeting.roleOf(official.id))
            engagement.positions.push_back({*role, {}, meeting.start, meeting.period().last()});
    }
    std::erase(engagement.with, official.id);
    return engagement;
}

} // namespace parley
