// iCalendar export: TEXT escaping, 75-octet folding that keeps UTF-8 whole,
// CRLF, all-day events with an exclusive DTEND, stable UID and DTSTAMP, and
// names rather than ids.
#include "db/exchange/IcsWriter.h"

#include "tests/db/TestData.h"

namespace parley::test {
namespace {

std::vector<std::string> physicalLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
        lines.push_back(text.substr(start, end - start));
    EXPECT_EQ(start, text.size()) << "text after the last CRLF";
    return lines;
}

std::string unfolded(std::string text)
{
    for (std::size_t at; (at = text.find("\r\n ")) != std::string::npos;)
        text.erase(at, 3);
    return text;
}

bool startsInsideACharacter(std::string_view line)
{
    return !line.empty() && (static_cast<unsigned char>(line.front()) & 0xC0) == 0x80;
}

// The value of the first property `name` ("DTEND;VALUE=DATE") in an unfolded event.
std::string property(const std::string& event, const std::string& name)
{
    const auto at = event.find("\r\n" + name + ":");
    if (at == std::string::npos)
        return "(absent)";
    const auto start = at + 3 + name.size();
    return event.substr(start, event.find("\r\n", start) - start);
}

// The unfolded VEVENT of one meeting.
std::string eventOf(const std::string& calendar, const std::string& id)
{
    const auto text = unfolded(calendar);
    const auto uid = text.find("UID:" + id + "@parley\r\n");
    if (uid == std::string::npos)
        return {};
    const auto begin = text.rfind("BEGIN:VEVENT", uid);
    return text.substr(begin - 2, text.find("\r\nEND:VEVENT", uid) - begin + 4);
}

TEST(IcsWriter, EscapesTextValues)
{
    EXPECT_EQ(escapeIcsText("a\\b;c,d"), "a\\\\b\\;c\\,d");
    EXPECT_EQ(escapeIcsText("one\ntwo\r\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
    EXPECT_EQ(escapeIcsText("tab\tbell\x07"), "tab\tbell ");
    EXPECT_EQ(escapeIcsText("会谈：北京"), "会谈：北京");
}

TEST(IcsWriter, FoldsAt75OctetsWithoutSplittingACharacter)
{
    EXPECT_EQ(foldIcsLine(std::string(75, 'x')), std::string(75, 'x') + "\r\n");
    EXPECT_EQ(foldIcsLine(std::string(76, 'x')),
              std::string(75, 'x') + "\r\n x\r\n"); // the space counts on the next line

    // Three-byte CJK after an odd-length prefix puts every 75-octet boundary
    // inside a character; four-byte emoji and two-byte Latin shift it further.
    for (const std::string piece : {"中", "😀", "é", "a中é😀"}) {
        std::string line = "DESCRIPTION:";
        for (int i = 0; i < 120; ++i)
            line += piece;
        const auto folded = foldIcsLine(line);
        const auto lines = physicalLines(folded);
        ASSERT_GT(lines.size(), 2u) << piece;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            EXPECT_LE(lines[i].size(), 75u) << piece << " line " << i;
            if (i + 1 < lines.size()) {
                // Folding gives up at most a character's last three octets.
                EXPECT_GE(lines[i].size(), 72u) << piece << " line " << i;
            }
            if (i > 0) {
                ASSERT_EQ(lines[i].front(), ' ');
                EXPECT_FALSE(startsInsideACharacter(std::string_view(lines[i]).substr(1)))
                    << piece << " line " << i;
            }
        }
        EXPECT_EQ(unfolded(folded), line + "\r\n");
    }
}

TEST(IcsWriter, WritesACalendarOfAllDayEventsWithCrLf)
{
    const auto store = storeWith(testDataset());
    const auto meetings = store.meetings({});
    const auto text = writeIcs(meetings, store.names());
    const auto lines = physicalLines(text);
    EXPECT_EQ(text.find('\n'), text.find("\r\n") + 1);
    EXPECT_EQ(std::ranges::count(text, '\n'), std::ranges::count(text, '\r'));
    ASSERT_GE(lines.size(), 4u);
    EXPECT_EQ(std::vector<std::string>(lines.begin(), lines.begin() + 3),
              (std::vector<std::string>{"BEGIN:VCALENDAR", "VERSION:2.0",
                                        "PRODID:-//Parley//parley-db//EN"}));
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    EXPECT_EQ(std::ranges::count(lines, std::string("BEGIN:VEVENT")), 52);
    for (const auto& line : lines)
        EXPECT_LE(line.size(), 75u) << line;
    EXPECT_EQ(writeIcs(store.meetings({}), store.names()), text) << "not deterministic";
}

TEST(IcsWriter, DtEndIsTheDayAfterThePeriodsLastDay)
{
    const std::vector<Meeting> meetings{
        plainMeeting("one-day", "2023-05-25", "2023-05-25", Precision::Day),
        plainMeeting("two-days", "2023-05-10", "2023-05-11", Precision::Day),
        plainMeeting("year-end", "2023-12-31", "2023-12-31", Precision::Day),
        plainMeeting("in-march", "2019-03-01", "2019-03-01", Precision::Month),
        plainMeeting("feb-leap", "2024-02-01", "2024-02-01", Precision::Month),
        plainMeeting("in-2021", "2021-01-01", "2021-01-01", Precision::Year)};
    const auto text = writeIcs(meetings, {});
    const std::vector<std::tuple<std::string, std::string, std::string>> expected{
        {"one-day", "20230525", "20230526"},  {"two-days", "20230510", "20230512"},
        {"year-end", "20231231", "20240101"}, {"in-march", "20190301", "20190401"},
        {"feb-leap", "20240201", "20240301"}, {"in-2021", "20210101", "20220101"}};
    for (const auto& [id, start, end] : expected) {
        const auto event = eventOf(text, id);
        EXPECT_EQ(property(event, "DTSTART;VALUE=DATE"), start) << id;
        EXPECT_EQ(property(event, "DTEND;VALUE=DATE"), end) << id;
    }
}

TEST(IcsWriter, EventsSayWhoWhatAndWhereByName)
{
    const auto store = storeWith(testDataset());
    const auto text = writeIcs(store.meetings({}), store.names());
    const auto event = eventOf(text, "anchorage-talks-2021-03-18");
    ASSERT_FALSE(event.empty());
    EXPECT_EQ(property(event, "SUMMARY"), "US–China talks in Anchorage");
    EXPECT_EQ(property(event, "LOCATION"), "Anchorage\\, Alaska");
    EXPECT_EQ(property(event, "DTSTART;VALUE=DATE"), "20210318");
    EXPECT_EQ(property(event, "DTEND;VALUE=DATE"), "20210320");
    // The test dataset's one source was published 2026-11-28.
    EXPECT_EQ(property(event, "DTSTAMP"), "20261128T000000Z");
    const auto description = property(event, "DESCRIPTION");
    for (const auto* part :
         {"Participants: Antony Blinken\\, Jake Sullivan\\, Wang Yi\\, Yang Jiechi",
          "\\nHost: United States", "\\nSource: Parley project\\, \"Test dataset compiled"}) {
        EXPECT_NE(description.find(part), std::string::npos) << part << " in " << description;
    }
    EXPECT_EQ(property(event, "CATEGORIES"), "Communication channels,Hong Kong,Taiwan,Xinjiang");
}

TEST(IcsWriter, StampIsTheNewestSourceOrElseTheStart)
{
    NameIndex names;
    names.sources["old"] = {"old", "P", "T", day("2023-05-26"), std::nullopt};
    names.sources["new"] = {"new", "P", "T", day("2023-06-02"), "https://example.org/x"};
    auto m = plainMeeting("m", "2023-05-25", "2023-05-25", Precision::Day);
    EXPECT_EQ(property(eventOf(writeIcs({m}, names), "m"), "DTSTAMP"), "20230525T000000Z");
    m.sources = {"new", "old"};
    const auto event = eventOf(writeIcs({m}, names), "m");
    EXPECT_EQ(property(event, "DTSTAMP"), "20230602T000000Z");
    EXPECT_NE(property(event, "DESCRIPTION").find("https://example.org/x"), std::string::npos);
}

TEST(IcsWriter, HostileTextStaysInsideItsProperty)
{
    auto m = plainMeeting("m", "2023-05-25", "2023-05-25", Precision::Day);
    m.title = "Talks\r\nEND:VEVENT\r\nBEGIN:VEVENT; x, y \\ z";
    m.location = "北京，中南海; \"Zhongnanhai\"";
    const auto text = writeIcs({m}, {});
    EXPECT_EQ(std::ranges::count(physicalLines(text), std::string("END:VEVENT")), 1);
    const auto event = eventOf(text, "m");
    EXPECT_EQ(property(event, "SUMMARY"), "Talks\\nEND:VEVENT\\nBEGIN:VEVENT\\; x\\, y \\\\ z");
    EXPECT_EQ(property(event, "LOCATION"), "北京，中南海\\; \"Zhongnanhai\"");
}

} // namespace
} // namespace parley::test
