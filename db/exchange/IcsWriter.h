#pragma once

#include "db/model/NameIndex.h"
#include "db/model/Records.h"

#include <string>
#include <string_view>
#include <vector>

namespace parley {

// The meetings as an iCalendar (RFC 5545) calendar of all-day events, in the
// order given. Each VEVENT has UID "<id>@parley"; DTSTART and DTEND as dates
// with DTEND the day after the meeting's last day (a month-precision meeting
// covers its month); DTSTAMP the newest publication date of the meeting's
// sources, else its start, so that two exports of the same data are
// byte-identical; SUMMARY (title), LOCATION, DESCRIPTION (summary, date,
// host, kind, participants, topics, sources, by name) and CATEGORIES (topic
// names). Lines end in CRLF and are folded at 75 octets.
std::string writeIcs(const std::vector<Meeting>& meetings, const NameIndex& names);

// A TEXT value: backslash, semicolon and comma escaped, line breaks as "\n",
// other control characters as spaces.
std::string escapeIcsText(std::string_view text);

// One content line folded at 75 octets (CRLF and a space before each
// continuation) without splitting a UTF-8 character, ended by CRLF.
std::string foldIcsLine(std::string_view line);

} // namespace parley
