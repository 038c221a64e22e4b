#pragma once

#include "db/model/Records.h"

namespace parley {

// MEETING as OFFICIAL, one of its participants, saw it: the offices held on
// its first day and the other participants. When no position covers that day,
// the role the meeting states for the official (Meeting::roles) is the
// office, as a position of the meeting's days without an organization.
Engagement engagementOf(const Meeting& meeting, const Official& official);

} // namespace parley
