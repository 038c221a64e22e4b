// Import and export: a round trip loses nothing and is byte-identical,
// importing twice equals importing once, and a merge replaces records by id
// with their links while leaving everything else alone.
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

template <typename Record> Record& byId(std::vector<Record>& records, const std::string& id)
{
    const auto it = std::ranges::find(records, id, &Record::id);
    if (it == records.end())
        throw std::runtime_error("no record " + id);
    return *it;
}

class RoundTrip : public ::testing::TestWithParam<std::string> {
protected:
    Dataset original() const { return loadDataset(sourceDir() / GetParam()); }
};

TEST_P(RoundTrip, ExportImportExportIsByteIdentical)
{
    const auto first = storeWith(original()).exportAll();
    const auto text = writeDataset(first);
    const auto reread = parseDataset(text, "export.json");
    EXPECT_NO_THROW(checkDataset(reread, "export.json"));
    const auto second = storeWith(reread).exportAll();
    EXPECT_TRUE(first == second);
    EXPECT_EQ(writeDataset(second), text);
}

TEST_P(RoundTrip, ExportHoldsEveryRecordOfTheDocument)
{
    const auto exported = storeWith(original()).exportAll();
    EXPECT_TRUE(exported == sortedById(original()));
    EXPECT_EQ(writeDataset(exported), writeDataset(sortedById(original())));
}

TEST_P(RoundTrip, ImportingTwiceEqualsImportingOnce)
{
    auto twice = storeWith(original());
    twice.import(original());
    const auto once = storeWith(original());
    EXPECT_EQ(writeDataset(twice.exportAll()), writeDataset(once.exportAll()));
    const auto a = twice.stats();
    const auto b = once.stats();
    EXPECT_EQ(a.positions, b.positions);
    EXPECT_EQ(a.meetings, b.meetings);
    EXPECT_TRUE(twice.check().empty());
}

TEST_P(RoundTrip, RoundTripThroughAFileOnDisk)
{
    const TempDir dir;
    {
        auto store = Store::create(dir / "parley.db");
        store.import(original());
    }
    const auto reopened = Store::open(dir / "parley.db", Store::Access::ReadOnly);
    EXPECT_EQ(writeDataset(reopened.exportAll()), writeDataset(sortedById(original())));
    EXPECT_TRUE(reopened.check().empty());
}

INSTANTIATE_TEST_SUITE_P(Datasets, RoundTrip,
                         ::testing::Values("tests/data/us-china-2017-2024.json",
                                           "resources/sample/us-china-2023.json"),
                         [](const auto& test) {
                             return std::string(test.param.starts_with("tests") ? "TestData"
                                                                                : "Sample");
                         });

// A document holding one changed meeting and only what it refers to.
Dataset anchorageRevised()
{
    auto full = testDataset();
    auto meeting = byId(full.meetings, "anchorage-talks-2021-03-18");
    meeting.title = "Anchorage talks (revised)";
    meeting.summary = "Revised account from Zanzibar archives.";
    meeting.participants = {"antony-blinken", "wang-yi"};
    meeting.topics = {"taiwan"};
    meeting.measures = {"us-uflpa-2021"};
    Dataset document{full.sources, full.countries, full.topics, {}, {meeting}, {}};
    document.officials = {byId(full.officials, "antony-blinken"), byId(full.officials, "wang-yi")};
    document.measures = {byId(full.measures, "us-uflpa-2021")};
    return document;
}

TEST(Merge, ReplacesARecordAndItsLinksAndTouchesNothingElse)
{
    auto store = storeWith(testDataset());
    const auto revised = anchorageRevised();
    ASSERT_NO_THROW(checkDataset(revised, "revised.json"));
    store.import(revised);

    auto expected = testDataset();
    byId(expected.meetings, "anchorage-talks-2021-03-18") = revised.meetings.front();
    EXPECT_EQ(writeDataset(store.exportAll()), writeDataset(sortedById(expected)));

    Filter yangJiechi;
    yangJiechi.setOfficials({"yang-jiechi"});
    EXPECT_FALSE(contains(idsOf(store.meetings(yangJiechi)), "anchorage-talks-2021-03-18"));
    Filter zanzibar;
    zanzibar.setText("zanzibar");
    EXPECT_EQ(idsOf(store.meetings(zanzibar)),
              std::vector<std::string>{"anchorage-talks-2021-03-18"});
    Filter oldTitle;
    oldTitle.setText("\"US–China talks in Anchorage\"");
    EXPECT_TRUE(store.meetings(oldTitle).empty());
    EXPECT_TRUE(store.check().empty());
}

TEST(Merge, ReplacesAnOfficialsPositionsAndAliases)
{
    auto store = storeWith(testDataset());
    const int positionsBefore = store.stats().positions;
    auto full = testDataset();
    auto wangYi = byId(full.officials, "wang-yi");
    wangYi.aliases = {"Wang Yi (王毅)"};
    wangYi.positions.resize(1);
    store.import(
        {{}, {*std::ranges::find(full.countries, "CN", &Country::code)}, {}, {wangYi}, {}, {}});

    const auto stored = store.official("wang-yi");
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(*stored == wangYi);
    EXPECT_EQ(store.stats().positions, positionsBefore - 2);
    // Malta is now seen with the one office left.
    const auto engagements = store.engagements("wang-yi", dateRange("2023-09-16", "2023-09-16"));
    ASSERT_EQ(engagements.size(), 1u);
    EXPECT_TRUE(engagements.front().positions.empty());
}

TEST(Merge, AddsNewRecordsBesideTheOldOnes)
{
    const auto sample = loadDataset(sampleDatasetFile());
    auto store = storeWith(sample);
    store.import(testDataset());
    std::set<std::string> meetingIds;
    for (const auto* dataset : {&sample, &testDataset()}) {
        for (const auto& meeting : dataset->meetings)
            meetingIds.insert(meeting.id);
    }
    // One meeting (the G7 summit in Hiroshima) is in both and is replaced.
    EXPECT_EQ(meetingIds.size(), 52u + 5u - 1u);
    EXPECT_EQ(store.stats().meetings, static_cast<int>(meetingIds.size()));
    EXPECT_TRUE(contains(idsOf(store.meetings({})), "sullivan-wang-yi-2023-05-10"));
    EXPECT_TRUE(store.check().empty());
}

TEST(Merge, AFailedImportChangesNothing)
{
    auto store = storeWith(testDataset());
    const auto before = writeDataset(store.exportAll());
    // Unchecked, so the store meets the dangling reference half way through.
    auto broken = anchorageRevised();
    broken.officials.push_back({"new-official", "New Official", "US", {}, {}, {}});
    broken.meetings.front().participants.emplace_back("nobody-at-all");
    EXPECT_ANY_THROW(store.import(broken));
    EXPECT_EQ(writeDataset(store.exportAll()), before);
    EXPECT_FALSE(store.official("new-official").has_value());
}

} // namespace
} // namespace parley::test
