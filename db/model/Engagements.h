#pragma once

#include "db/model/Records.h"

namespace parley {

// MEETING as OFFICIAL, one of its participants, saw it: the offices held on
// its first day and the other participants.
Engagement engagementOf(const Meeting& meeting, const Official& official);

} // namespace parley
