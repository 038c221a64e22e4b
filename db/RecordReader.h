#pragma once

// Internal to db/: loads whole records (with their links) for the ids that a
// SQL fragment selects.

#include "db/Records.h"
#include "db/SqlFragment.h"

#include <SQLiteCpp/Database.h>

namespace parley {

enum class Order { ById, ByDate };

std::vector<Meeting> loadMeetings(SQLite::Database& db, const SqlFragment& ids, Order order);
std::vector<Measure> loadMeasures(SQLite::Database& db, const SqlFragment& ids, Order order);
std::vector<Official> loadOfficials(SQLite::Database& db, const SqlFragment& ids);
std::vector<Source> loadSources(SQLite::Database& db);
std::vector<Country> loadCountries(SQLite::Database& db);
std::vector<Topic> loadTopics(SQLite::Database& db);

// Reads a date column written by Parley (CHECK constraints keep it valid).
Date dateColumn(const SQLite::Column& column);
std::optional<std::string> optionalText(const SQLite::Column& column);

} // namespace parley
