#include "db/model/Dates.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace parley {

namespace {

std::optional<int> parseDigits(std::string_view text)
{
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

Date lastDayOfPeriod(Date end, Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return end;
    case Precision::Month:
        return end.end_of_month();
    case Precision::Year:
        return Date(end.year(), 12, 31);
    }
    return end;
}

} // namespace

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto year = parseDigits(text.substr(0, 4));
    const auto month = parseDigits(text.substr(5, 2));
    const auto day = parseDigits(text.substr(8, 2));
    if (!year || !month || !day || *year < 1400 || *month < 1 || *month > 12 || *day < 1)
        return std::nullopt;
    const int daysInMonth = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(*year), static_cast<unsigned short>(*month));
    if (*day > daysInMonth)
        return std::nullopt;
    return Date(static_cast<unsigned short>(*year), static_cast<unsigned short>(*month),
                static_cast<unsigned short>(*day));
}

std::string toIso(Date date) { return boost::gregorian::to_iso_extended_string(date); }

std::optional<Precision> parsePrecision(std::string_view text)
{
    if (text == "day")
        return Precision::Day;
    if (text == "month")
        return Precision::Month;
    if (text == "year")
        return Precision::Year;
    return std::nullopt;
}

std::string_view toString(Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return "day";
    case Precision::Month:
        return "month";
    case Precision::Year:
        return "year";
    }
    return "day";
}

bool fitsPrecision(Date date, Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return true;
    case Precision::Month:
        return date.day() == 1;
    case Precision::Year:
        return date.day() == 1 && date.month() == 1;
    }
    return false;
}

Period periodOf(Date start, Date end, Precision precision)
{
    // date_period is half-open; the record's last day is included.
    return Period(start, lastDayOfPeriod(end, precision) + boost::gregorian::days(1));
}

std::string formatPeriod(Date start, Date end, Precision precision)
{
    std::string from = toIso(start);
    switch (precision) {
    case Precision::Year:
        return start.year() == end.year() ? from.substr(0, 4)
                                          : from.substr(0, 4) + ".." + toIso(end).substr(0, 4);
    case Precision::Month:
        return start == end ? from.substr(0, 7)
                            : from.substr(0, 7) + ".." + toIso(end).substr(0, 7);
    case Precision::Day:
        break;
    }
    if (start == end)
        return from;
    const std::string to = toIso(end);
    if (start.year() != end.year())
        return from + ".." + to;
    if (start.month() != end.month())
        return from + ".." + to.substr(5);
    return from + ".." + to.substr(8);
}

} // namespace parley
