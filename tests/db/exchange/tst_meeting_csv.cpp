// The meetings spreadsheet: its columns, export and import round trips (also
// of hostile text), what an import keeps and adds, source URLs, and every bad
// file refused with its row and column and nothing imported.
#include "db/exchange/MeetingCsv.h"

#include "tests/db/BadCsv.h"
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

// The test dataset without its meetings: what a CSV's rows refer to.
Dataset referenceData()
{
    auto dataset = testDataset();
    dataset.meetings.clear();
    return dataset;
}

const Meeting& meetingWithId(const std::vector<Meeting>& meetings, const std::string& id)
{
    const auto found = std::ranges::find(meetings, id, &Meeting::id);
    if (found == meetings.end())
        throw std::runtime_error("no meeting " + id);
    return *found;
}

TEST(MeetingCsv, ExportHasTheDocumentedColumnsAndOneRowPerMeeting)
{
    const auto store = storeWith(testDataset());
    const auto text = writeMeetingsCsv(store.meetings({}), store.names());
    // The ids, then the names for people.
    EXPECT_TRUE(text.starts_with(kCsvExportHeader)) << text.substr(0, 200);
    EXPECT_EQ(std::ranges::count(text, '\n'), 53); // no field holds a line break
    EXPECT_NE(text.find("\r\nbeijing-trade-talks-2019-03,Trade negotiation round in Beijing,"
                        "2019-03-01,2019-03-01,month,Beijing,CN,visit,"
                        "liu-he;robert-lighthizer;steven-mnuchin,trade-deal,"),
              std::string::npos);
    EXPECT_NE(
        text.find(
            ",China,Liu He;Robert Lighthizer;Steven Mnuchin,Trade negotiations and agreements\r\n"),
        std::string::npos);
    std::vector<std::string> columns(meetingCsvColumns().begin(), meetingCsvColumns().end());
    EXPECT_EQ(columns.size(), 12u);
}

TEST(MeetingCsv, RoundTripIntoAnotherStoreGivesTheSameMeetings)
{
    const auto from = storeWith(testDataset());
    const auto text = writeMeetingsCsv(from.meetings({}), from.names());
    auto to = storeWith(referenceData());
    const auto imported = parseMeetingsCsv(text, "x.csv", to);
    EXPECT_TRUE(imported.sources.empty()); // the test dataset's source has no URL
    to.import(imported);
    auto expected = from.meetings({});
    for (auto& m : expected) {
        m.measures.clear(); // CSV carries neither
        m.sources.clear();
    }
    EXPECT_EQ(to.meetings({}), expected);
}

TEST(MeetingCsv, ReimportIntoTheSameStoreChangesNothing)
{
    auto store = storeWith(testDataset());
    const auto before = store.exportAll();
    const auto text = writeMeetingsCsv(store.meetings({}), store.names());
    store.import(parseMeetingsCsv(text, "x.csv", store));
    EXPECT_EQ(store.exportAll(), before); // measures and sources are kept
}

TEST(MeetingCsv, AReplacedMeetingKeepsTheRolesOfParticipantsStillListed)
{
    const std::string id = "anchorage-talks-2021-03-18";
    auto dataset = testDataset();
    const auto anchorage = std::ranges::find(dataset.meetings, id, &Meeting::id);
    ASSERT_NE(anchorage, dataset.meetings.end());
    anchorage->roles = {{"antony-blinken", "Head of delegation"}, {"wang-yi", "Guest"}};
    auto store = storeWith(dataset);
    auto stored = *store.meeting(id);
    std::erase(stored.participants, "wang-yi");
    store.import(parseMeetingsCsv(writeMeetingsCsv({stored}, store.names()), "x.csv", store));
    EXPECT_EQ(store.meeting(id)->roles,
              (std::vector<Role>{{"antony-blinken", "Head of delegation"}}));
}

TEST(MeetingCsv, HostileTextSurvivesTheRoundTrip)
{
    auto store = storeWith(referenceData());
    Meeting m;
    m.id = "hostile-text";
    m.title = "\"Quoted\", with commas; and semicolons";
    m.start = day("2023-07-13");
    m.end = day("2023-07-14");
    m.location = "北京，中南海 — \"Zhongnanhai\"";
    m.host = "CN";
    m.kind = "summit";
    m.participants = {"antony-blinken", "wang-yi"};
    m.topics = {"taiwan"};
    m.summary = "Line one,\r\nline \"two\"\nline three 😀";
    store.import(parseMeetingsCsv(writeMeetingsCsv({m}, {}), "x.csv", store));
    EXPECT_EQ(store.meetings({}), std::vector<Meeting>{m});
}

TEST(MeetingCsv, OptionalColumnsMayBeEmptyAndColumnsComeInAnyOrder)
{
    auto store = storeWith(referenceData());
    store.import(parseMeetingsCsv("kind,id,title,start,end,precision,location,host,participants,"
                                  "topics,summary,source_url\r\n"
                                  "call,short-row,A call,2020-01-01,,,,US,,,,\r\n",
                                  "x.csv", store));
    const auto meetings = store.meetings({});
    ASSERT_EQ(meetings.size(), 1u);
    const Meeting& m = meetings.front();
    EXPECT_EQ(m.kind, "call");
    EXPECT_EQ(m.end, m.start);
    EXPECT_EQ(m.precision, Precision::Day);
    EXPECT_FALSE(m.location);
    EXPECT_FALSE(m.summary);
    EXPECT_TRUE(m.participants.empty());
}

TEST(MeetingCsv, SourceUrlsMakeOrReuseSources)
{
    auto store = storeWith(referenceData());
    auto reference = referenceData();
    reference.sources.push_back(
        {"reuters-item", "Reuters", "A report", day("2023-01-02"), "https://reuters.example/r"});
    store.import(reference);
    const std::string url = "https://WWW.News.example:8443/2023/talks?id=1#top";
    const auto dataset = parseMeetingsCsv(
        kCsvHeader +
            csvRow({{"id", "later"}, {"start", "2023-08-01"}, {"end", ""}, {"source_url", url}}) +
            csvRow({{"id", "earlier"}, {"start", "2023-07-01"}, {"end", ""}, {"source_url", url}}) +
            csvRow({{"id", "reused"}, {"source_url", "https://reuters.example/r"}}),
        "x.csv", store);
    const std::string id = sourceIdForUrl(url);
    EXPECT_TRUE(id.starts_with("web-news-example-")) << id;
    EXPECT_EQ(id.size(), std::string("web-news-example-").size() + 8);
    EXPECT_EQ(sourceIdForUrl(url), id);
    EXPECT_NE(sourceIdForUrl(url + "2"), id);
    // One new source for both rows, dated by the earlier meeting.
    EXPECT_EQ(dataset.sources,
              (std::vector<Source>{{id, "news.example", url, day("2023-07-01"), url}}));
    store.import(dataset);
    const auto meetings = store.meetings({});
    EXPECT_EQ(meetingWithId(meetings, "later").sources, std::vector<std::string>{id});
    EXPECT_EQ(meetingWithId(meetings, "earlier").sources, std::vector<std::string>{id});
    EXPECT_EQ(meetingWithId(meetings, "reused").sources, std::vector<std::string>{"reuters-item"});

    // Exported again, each meeting gives its source's URL, and a re-import adds nothing.
    const auto text = writeMeetingsCsv(meetings, store.names());
    EXPECT_NE(text.find(",https://reuters.example/r,"), std::string::npos);
    const auto again = parseMeetingsCsv(text, "x.csv", store);
    EXPECT_TRUE(again.sources.empty());
    EXPECT_EQ(again.meetings, meetings);
}

class BadMeetingCsvs : public ::testing::TestWithParam<BadCsv> {};

TEST_P(BadMeetingCsvs, AreRefusedNamingRowAndColumn)
{
    const auto store = storeWith(testDataset());
    std::string message = "(no error)";
    try {
        parseMeetingsCsv(GetParam().text, "x.csv", store);
    } catch (const DataError& error) {
        message = error.what();
    }
    EXPECT_TRUE(message.starts_with("x.csv: ")) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    for (const auto& part : GetParam().mustName)
        EXPECT_NE(message.find(part), std::string::npos)
            << "\"" << part << "\" missing in " << message;
}

INSTANTIATE_TEST_SUITE_P(Cases, BadMeetingCsvs, ::testing::ValuesIn(badCsvs()),
                         [](const auto& test) { return test.param.name; });

} // namespace
} // namespace parley::test
