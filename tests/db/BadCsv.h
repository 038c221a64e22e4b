#pragma once

// Meetings CSVs with one defect each, for the test dataset (ids that exist in
// tests/data/us-china-2017-2024.json), and what the error must name besides
// the file: the row, the column and the offending value.

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace parley::test {

inline const std::string kCsvHeader =
    "id,title,start,end,precision,location,host,kind,participants,topics,summary,source_url\r\n";
// What export writes: the same, then the names of the host, participants and topics.
inline const std::string kCsvExportHeader =
    "id,title,start,end,precision,location,host,kind,participants,topics,summary,source_url,"
    "host_name,participant_names,topic_names\r\n";

// A valid row, with some columns replaced.
inline std::string csvRow(const std::map<std::string, std::string>& changed = {})
{
    const std::vector<std::pair<std::string, std::string>> fields{
        {"id", "csv-test-meeting"},
        {"title", "Test meeting"},
        {"start", "2023-07-13"},
        {"end", "2023-07-13"},
        {"precision", "day"},
        {"location", "Jakarta"},
        {"host", "ID"},
        {"kind", "bilateral"},
        {"participants", "antony-blinken;wang-yi"},
        {"topics", "south-china-sea"},
        {"summary", "A summary"},
        {"source_url", "https://example.org/a"}};
    std::string row;
    for (const auto& [column, value] : fields) {
        const auto found = changed.find(column);
        row += (row.empty() ? "" : ",") + (found == changed.end() ? value : found->second);
    }
    return row + "\r\n";
}

struct BadCsv {
    std::string name;
    std::string text;
    std::vector<std::string> mustName;
};

inline void PrintTo(const BadCsv& csv, std::ostream* out) { *out << csv.name; }

inline std::vector<BadCsv> badCsvs()
{
    const std::string good = kCsvHeader + csvRow({{"id", "csv-good-first"}});
    return {
        {"empty", "", {"empty", "header"}},
        {"unknown_column",
         "id,title,start,end,precision,location,host,kind,participants,topics,summary,url\r\n",
         {"row 1", "unknown column \"url\""}},
        {"missing_column",
         "id,title,start\r\n2023,x,2023-01-01\r\n",
         {"row 1", "column \"end\" is missing"}},
        {"duplicate_column",
         "id,id,title,start,end,precision,location,host,kind,participants,topics,summary,"
         "source_url\r\n",
         {"row 1", "column \"id\" appears twice"}},
        {"too_few_fields", good + "a,b,c\r\n", {"row 3", "3 fields", "has 12"}},
        {"unclosed_quote",
         good + "\"never closed,\r\n",
         {"row 3", "column \"id\"", "never closed"}},
        {"stray_quote", good + csvRow({{"title", "Say \"hi\""}}), {"row 3", "column \"title\""}},
        {"invalid_utf8",
         good + csvRow({{"summary", "caf\xE9"}}),
         {"row 3", "column \"summary\"", "UTF-8"}},
        {"bad_id", good + csvRow({{"id", "Not-A-Slug"}}), {"row 3", "column \"id\"", "Not-A-Slug"}},
        {"duplicate_id",
         good + csvRow() + "\r\n" + csvRow(),
         {"row 5", "column \"id\"", "csv-test-meeting", "already the id of row 3"}},
        {"empty_title", good + csvRow({{"title", ""}}), {"row 3", "column \"title\"", "required"}},
        {"impossible_date",
         good + csvRow({{"start", "2023-02-30"}}),
         {"row 3", "column \"start\"", "\"2023-02-30\" is not a valid date"}},
        {"end_before_start",
         good + csvRow({{"end", "2023-07-12"}}),
         {"row 3", "column \"end\"", "2023-07-12 is before the start 2023-07-13"}},
        {"unknown_precision",
         good + csvRow({{"precision", "week"}}),
         {"row 3", "column \"precision\"", "week"}},
        {"precision_mismatch",
         good + csvRow({{"precision", "month"}}),
         {"row 3", "column \"start\"", "2023-07-13", "precision month"}},
        {"unknown_host",
         good + csvRow({{"host", "XX"}}),
         {"row 3", "column \"host\"", "\"XX\" is not a country in the database"}},
        {"unknown_kind",
         good + csvRow({{"kind", "embargo"}}),
         {"row 3", "column \"kind\"", "embargo"}},
        {"unknown_participant",
         good + csvRow({{"participants", "antony-blinken;nobody-known"}}),
         {"row 3", "column \"participants\"", "\"nobody-known\" is not an official"}},
        {"participant_twice",
         good + csvRow({{"participants", "wang-yi; wang-yi"}}),
         {"row 3", "column \"participants\"", "listed twice"}},
        {"unknown_topic",
         good + csvRow({{"topics", "weather"}}),
         {"row 3", "column \"topics\"", "\"weather\" is not a topic"}},
        {"not_a_web_url",
         good + csvRow({{"source_url", "javascript:alert(1)"}}),
         {"row 3", "column \"source_url\"", "javascript:alert(1)"}},
    };
}

} // namespace parley::test
