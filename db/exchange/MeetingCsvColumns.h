#pragma once

// Internal to db/exchange: the columns of the meetings spreadsheet, which the
// reader (MeetingCsv.cpp) and the writer (MeetingCsvWriter.cpp) share.

#include <array>
#include <cstddef>
#include <string_view>

namespace parley::meeting_csv {

enum Column : std::size_t {
    Id,
    Title,
    Start,
    End,
    PrecisionColumn,
    Location,
    Host,
    Kind,
    Participants,
    Topics,
    Summary,
    SourceUrl,
    ColumnCount
};

inline constexpr std::array<std::string_view, ColumnCount> kColumns{
    "id",   "title", "start",        "end",    "precision", "location",
    "host", "kind",  "participants", "topics", "summary",   "source_url"};
// What export adds for people reading the sheet: the names of the host,
// participants and topics. Import reads the ids beside them and passes these
// over, so a sheet exported and imported again means what it meant.
inline constexpr std::array<std::string_view, 3> kNameColumns{"host_name", "participant_names",
                                                              "topic_names"};

} // namespace parley::meeting_csv
