#pragma once

// Internal to db/: how many matching meetings each choice of the country and
// topic lists would give, and each official had (Store::meetingsPer…).
//
// The matching keys are found from the indexes (FilterSql.h), the link tables
// read once for them, and the counting done here: SQL's GROUP BY over a UNION
// of hosts and participants (or over every ancestor of every topic) took
// minutes at a million meetings.

#include "db/model/Filter.h"
#include "db/model/Records.h"

#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

// Meetings per country (host or any participant's country), ignoring the
// filter's own countries; ordered by code, countries with none left out.
std::vector<Count> countMeetingsPerCountry(SQLite::Database& db, const Filter& filter);
// Meetings per topic, a topic counting its descendants' meetings once each,
// ignoring the filter's own topics; ordered by id, topics with none left out.
std::vector<Count> countMeetingsPerTopic(SQLite::Database& db, const Filter& filter);
// Matching meetings per participating official; ordered by id, officials with
// none left out.
std::vector<Count> countMeetingsPerOfficial(SQLite::Database& db, const Filter& filter);

} // namespace parley
