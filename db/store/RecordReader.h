#pragma once

// Internal to db/: loads whole records (with their links) for the keys that a
// SQL fragment selects, or for a list of keys.

#include "db/model/Records.h"
#include "db/store/SqlFragment.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>

namespace parley {

// ByKey keeps the order of the keys given (ascending).
enum class Order { ById, ByDate, ByKey };
// Brief meetings leave out the summary, measures and sources: what a view of
// many meetings never shows, and most of a meeting's memory.
enum class Detail { Full, Brief };

std::vector<Meeting> loadMeetings(SQLite::Database& db, const SqlFragment& ids, Order order);
// `keys` ascending and without repeats; keys of no meeting are left out.
// `found`, when given, gets the key of each meeting returned, in the same order.
std::vector<Meeting> loadMeetings(SQLite::Database& db, const std::vector<std::int64_t>& keys,
                                  Order order, Detail detail = Detail::Full,
                                  std::vector<std::int64_t>* found = nullptr);
std::vector<Measure> loadMeasures(SQLite::Database& db, const SqlFragment& ids, Order order);
std::vector<Official> loadOfficials(SQLite::Database& db, const SqlFragment& ids);
std::vector<Source> loadSources(SQLite::Database& db);
// The stored sources among IDS, ordered by id.
std::vector<Source> loadSources(SQLite::Database& db, const std::vector<std::string>& ids);
std::vector<Country> loadCountries(SQLite::Database& db);
std::vector<Topic> loadTopics(SQLite::Database& db);

// Reads a date column written by Parley (CHECK constraints keep it valid).
Date dateColumn(const SQLite::Column& column);
std::optional<std::string> optionalText(const SQLite::Column& column);

} // namespace parley
