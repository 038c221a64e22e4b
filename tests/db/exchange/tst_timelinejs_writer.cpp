// TimelineJS export: the document's shape, date parts as precise as the
// meeting's precision, groups by host country, and HTML escaped everywhere.
#include "db/exchange/TimelineJsWriter.h"

#include "tests/db/TestData.h"

#include <nlohmann/json.hpp>

namespace parley::test {
namespace {

using nlohmann::json;

TEST(TimelineJsWriter, OneEventPerMeetingInOrderWithTitleSlide)
{
    const auto store = storeWith(testDataset());
    const auto meetings = store.meetings({});
    const auto text = writeTimelineJs(meetings, store.names());
    EXPECT_EQ(writeTimelineJs(meetings, store.names()), text);
    const auto document = json::parse(text);
    EXPECT_EQ(document.at("title").at("text").at("headline"), "Parley: 52 meetings");
    EXPECT_EQ(document.at("title").at("text").at("text"), "<p>2017-02-09 to 2024-11-16</p>");
    const auto& events = document.at("events");
    ASSERT_EQ(events.size(), meetings.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& event = events[i];
        const auto& m = meetings[i];
        EXPECT_EQ(event.at("unique_id"), m.id);
        EXPECT_EQ(event.at("start_date").at("year"), static_cast<int>(m.start.year()));
        EXPECT_EQ(event.at("text").at("headline"), m.title) << m.id; // no HTML specials here
        EXPECT_EQ(event.at("group"), store.names().countries.at(m.host));
    }
}

TEST(TimelineJsWriter, DatePartsFollowThePrecision)
{
    const auto document = json::parse(writeTimelineJs(
        {plainMeeting("day", "2023-05-25", "2023-05-25", Precision::Day, "CN", "visit"),
         plainMeeting("days", "2023-05-10", "2023-05-11", Precision::Day, "CN", "visit"),
         plainMeeting("month", "2019-03-01", "2019-03-01", Precision::Month, "CN", "visit"),
         plainMeeting("months", "2019-03-01", "2019-05-01", Precision::Month, "CN", "visit"),
         plainMeeting("year", "2021-01-01", "2021-01-01", Precision::Year, "CN", "visit")},
        {}));
    const auto& events = document.at("events");
    EXPECT_EQ(events[0].at("start_date"), json::parse(R"({"year":2023,"month":5,"day":25})"));
    EXPECT_FALSE(events[0].contains("end_date"));
    EXPECT_EQ(events[1].at("end_date"), json::parse(R"({"year":2023,"month":5,"day":11})"));
    EXPECT_EQ(events[2].at("start_date"), json::parse(R"({"year":2019,"month":3})"));
    EXPECT_FALSE(events[2].contains("end_date"));
    EXPECT_EQ(events[3].at("end_date"), json::parse(R"({"year":2019,"month":5})"));
    EXPECT_EQ(events[4].at("start_date"), json::parse(R"({"year":2021})"));
    EXPECT_EQ(events[4].at("group"), "CN"); // no name known: the code
}

TEST(TimelineJsWriter, EscapesHtmlAndLinksOnlyWebSources)
{
    NameIndex names;
    names.countries["CN"] = "China & <Co>";
    names.officials["x"] = "<b>Wang</b>";
    names.sources["web"] = {"web", "News", "A & B", day("2023-01-02"),
                            "https://e.example/?a=1&b=\"2\""};
    names.sources["bad"] = {"bad", "Evil", "Click", day("2023-01-02"), "javascript:alert(1)"};
    auto m = plainMeeting("m", "2023-05-25", "2023-05-25", Precision::Day, "CN", "visit");
    m.title = "<script>alert('x')</script>";
    m.summary = "Tom & \"Jerry\"";
    m.participants = {"x"};
    m.sources = {"bad", "web"};
    const auto event = json::parse(writeTimelineJs({m}, names)).at("events").at(0);
    EXPECT_EQ(event.at("text").at("headline"), "&lt;script&gt;alert('x')&lt;/script&gt;");
    EXPECT_EQ(event.at("group"), "China &amp; &lt;Co&gt;");
    const auto html = event.at("text").at("text").get<std::string>();
    for (const auto* part :
         {"<p>Tom &amp; &quot;Jerry&quot;</p>", "&lt;b&gt;Wang&lt;/b&gt;",
          "<a href=\"https://e.example/?a=1&amp;b=&quot;2&quot;\">News, A &amp; B</a>",
          "Evil, Click (2023-01-02)"})
        EXPECT_NE(html.find(part), std::string::npos) << part << " in " << html;
    EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
    EXPECT_EQ(html.find("<script"), std::string::npos) << html;
}

} // namespace
} // namespace parley::test
