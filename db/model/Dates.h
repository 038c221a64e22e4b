#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

using Date = boost::gregorian::date;
using Period = boost::gregorian::date_period;

// How exactly a date is known. A month-precision date is stored as the 1st of its
// month and stands for the whole month; a year-precision date for the whole year.
enum class Precision : std::uint8_t { Day, Month, Year };

// Strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt for anything else,
// including dates that do not exist (2023-02-30).
std::optional<Date> parseIsoDate(std::string_view text);
std::string toIso(Date date);

std::optional<Precision> parsePrecision(std::string_view text);
std::string_view toString(Precision precision);

// True when the date is where the precision says it must be written
// (the 1st of a month for Month, 1 January for Year).
bool fitsPrecision(Date date, Precision precision);

// The inclusive period a record covers: from start to the last day of the
// month or year of end, as precision says.
Period periodOf(Date start, Date end, Precision precision);

// Days since the epoch Boost counts from; the difference of two is the
// number of days between them.
inline std::int32_t dayNumber(Date day) { return static_cast<std::int32_t>(day.day_number()); }
// The date of a day number.
inline Date dateOfDay(std::int32_t day)
{
    const Date epoch(1970, 1, 1);
    return epoch + boost::gregorian::days(day - dayNumber(epoch));
}

// Short, unambiguous text for tables: "2023-05-25", "2023-05-10..11", "2023-05", "2021".
std::string formatPeriod(Date start, Date end, Precision precision);

} // namespace parley
