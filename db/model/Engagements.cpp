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
    std::erase(engagement.with, official.id);
    return engagement;
}

} // namespace parley
