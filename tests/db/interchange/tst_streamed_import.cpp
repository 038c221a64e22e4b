// A document imported from its file with its meetings streamed (DatasetFile
// into Store::import) writes what reading it whole and importing the Dataset
// writes, row for row and in the search index; refuses every bad document
// with the same first message; and a refusal midway, after thousands of
// meetings were written, leaves the database as it was.
#include "tests/db/TestData.h"

#include "db/interchange/DatasetFile.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include <functional>

namespace parley::test {
namespace {

// Enough meetings for the search index to be built on another core (10,000).
constexpr std::size_t kManyMeetings = 12000;

std::string extraId(std::size_t i)
{
    auto number = std::to_string(i);
    return "extra-" + std::string(5 - number.size(), '0') + number;
}

// The test dataset with `extra` meetings more, copies of its first one.
Dataset withExtraMeetings(std::size_t extra)
{
    auto dataset = testDataset();
    const auto model = dataset.meetings.front();
    for (std::size_t i = 0; i < extra; ++i) {
        auto meeting = model;
        meeting.id = extraId(i);
        meeting.title = model.title + " " + std::to_string(i);
        dataset.meetings.push_back(std::move(meeting));
    }
    return dataset;
}

fs::path written(const fs::path& file, const std::string& text)
{
    writeBytes(file, text);
    return file;
}

// Every row of every table (the search index's included) as text, sorted:
// two files that give the same hold the same data.
std::vector<std::string> rowsOf(const fs::path& file, bool withSearchIndex = true)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                 " AND sql NOT LIKE 'CREATE VIRTUAL%'");
    std::vector<std::string> rows;
    while (tables.executeStep()) {
        const auto table = tables.getColumn(0).getString();
        if (!withSearchIndex && table.starts_with("meeting_fts"))
            continue;
        SQLite::Statement query(db, "SELECT * FROM \"" + table + "\"");
        while (query.executeStep()) {
            std::string row = table;
            for (int i = 0; i < query.getColumnCount(); ++i)
                row += query.getColumn(i).isNull() ? "|null" : "|" + query.getColumn(i).getString();
            rows.push_back(std::move(row));
        }
    }
    std::ranges::sort(rows);
    return rows;
}

std::string streamedError(const fs::path& file, Store& store)
{
    return errorOf([&] { store.import(DatasetFile(file)); });
}

std::string wholeError(const fs::path& file)
{
    return errorOf([&] { checkDataset(readDatasetFile(file), file.string()); });
}

std::vector<std::string> found(const Store& store, const std::string& text)
{
    Filter filter;
    filter.setText(text);
    return idsOf(store.meetings(filter));
}

class StreamedImport : public ::testing::Test {
protected:
    TempDir m_dir;
};

TEST_F(StreamedImport, WritesTheRowsAndSearchIndexOfADatasetImport)
{
    const auto document =
        written(m_dir / "many.json", writeDataset(withExtraMeetings(kManyMeetings)));
    const auto whole = m_dir / "whole.parley";
    const auto streamed = m_dir / "streamed.parley";
    Store::create(whole).import(loadDataset(document));
    {
        auto store = Store::create(streamed);
        const DatasetFile file(document);
        EXPECT_EQ(file.meetingIds().size(), testDataset().meetings.size() + kManyMeetings);
        EXPECT_TRUE(file.held().meetings.empty());
        store.import(file);
        EXPECT_EQ(store.check(), std::vector<std::string>{});
        EXPECT_EQ(found(store, extraId(kManyMeetings - 1).substr(6)).size(), 1u);
    }
    EXPECT_EQ(rowsOf(streamed), rowsOf(whole));
    EXPECT_FALSE(fs::exists(streamed.string() + "-search"));
}

TEST_F(StreamedImport, MergesIntoADatabaseThatHoldsData)
{
    auto revised = withExtraMeetings(kManyMeetings);
    revised.meetings[0].title = "Renamed talks";
    revised.meetings[3].summary = "A summary the search finds: quinquennial";
    const auto document = written(m_dir / "revised.json", writeDataset(revised));
    const auto whole = m_dir / "whole.parley";
    const auto streamed = m_dir / "streamed.parley";
    for (const auto& file : {whole, streamed})
        Store::create(file).import(testDataset());

    Store::open(whole).import(loadDataset(document));
    auto store = Store::open(streamed);
    store.import(DatasetFile(document));
    EXPECT_EQ(rowsOf(streamed, false), rowsOf(whole, false));
    EXPECT_EQ(store.check(), std::vector<std::string>{});
    const auto reference = Store::open(whole, Store::Access::ReadOnly);
    for (const auto* text : {"Renamed", "quinquennial", "talks 11999", "Raimondo"})
        EXPECT_EQ(found(store, text), found(reference, text)) << text;
    EXPECT_EQ(found(store, "quinquennial").size(), 1u);
}

TEST_F(StreamedImport, ReadsArraysInAnyOrder)
{
    // Meetings first, naming officials, topics and measures that come later.
    const auto sorted = nlohmann::ordered_json::parse(writeDataset(testDataset()));
    nlohmann::ordered_json reversed;
    for (const auto* key :
         {"meetings", "measures", "officials", "topics", "countries", "sources", "format"})
        reversed[key] = sorted[key];
    const auto document = written(m_dir / "reversed.json", reversed.dump(1));
    auto store = Store::inMemory();
    store.import(DatasetFile(document));
    EXPECT_EQ(writeDataset(store.exportAll()), writeDataset(testDataset()));
}

TEST_F(StreamedImport, RefusesEveryBadDocumentWithTheSameMessage)
{
    auto store = storeWith(testDataset());
    const auto before = writeDataset(store.exportAll());
    for (const auto& bad : badDocuments()) {
        const auto file = badDocumentFile(bad.file);
        EXPECT_EQ(streamedError(file, store), wholeError(file)) << bad.file;
    }
    const auto missing = m_dir / "missing.json";
    EXPECT_EQ(streamedError(missing, store), wholeError(missing));
    EXPECT_EQ(streamedError(m_dir.path(), store), wholeError(m_dir.path()));
    EXPECT_EQ(writeDataset(store.exportAll()), before);
}

TEST_F(StreamedImport, NamesTheErrorThatCheckDatasetNamesFirst)
{
    struct Defects {
        std::function<void(Dataset&)> make;
        std::string named; // a part of the message
    };
    const std::vector<Defects> defects{
        // A broken measure and a broken meeting: the meeting is named first.
        {[](Dataset& d) {
             d.measures.back().targets.emplace_back("XX");
             d.meetings.back().participants.emplace_back("nobody");
         },
         "\"nobody\" is not an official"},
        // Only the measure.
        {[](Dataset& d) { d.measures.front().sources.emplace_back("nowhere"); },
         "\"nowhere\" is not a source"},
        // Ids repeated twice: the first to repeat an earlier one is named.
        {[](Dataset& d) {
             d.meetings.push_back(d.meetings[5]);
             d.meetings.push_back(d.meetings[2]);
             d.meetings.push_back(d.meetings[2]);
         },
         ".id: duplicate id"},
        // A repeated official and a dangling meeting: repeats come first.
        {[](Dataset& d) {
             d.meetings.front().topics.emplace_back("nothing");
             d.officials.push_back(d.officials.back());
         },
         "officials["},
    };
    auto store = storeWith(testDataset());
    for (const auto& defect : defects) {
        auto dataset = testDataset();
        defect.make(dataset);
        // Written unsorted, as a person may write it.
        auto json = nlohmann::ordered_json::parse(writeDataset(dataset));
        std::ranges::reverse(json["meetings"]);
        const auto document = written(m_dir / "defect.json", json.dump());
        const auto expected = wholeError(document);
        EXPECT_NE(expected.find(defect.named), std::string::npos) << expected;
        EXPECT_EQ(streamedError(document, store), expected);
    }
}

TEST_F(StreamedImport, ARefusalAfterThousandsOfMeetingsLeavesTheDatabaseAsItWas)
{
    auto broken = withExtraMeetings(kManyMeetings);
    broken.meetings.back().participants.emplace_back("nobody-at-all");
    const auto document = written(m_dir / "broken.json", writeDataset(broken));
    const std::string expected = document.string() + ": meetings[" + extraId(kManyMeetings - 1) +
                                 "].participants: \"nobody-at-all\" is not an official defined in "
                                 "the document";

    const auto empty = m_dir / "empty.parley";
    Store::create(empty);
    const auto emptyRows = rowsOf(empty);
    const auto holding = m_dir / "holding.parley";
    Store::create(holding).import(testDataset());
    const auto holdingRows = rowsOf(holding);

    for (const auto& [file, rows] :
         {std::pair{empty, emptyRows}, std::pair{holding, holdingRows}}) {
        auto store = Store::open(file);
        EXPECT_EQ(streamedError(document, store), expected);
        EXPECT_EQ(store.check(), std::vector<std::string>{});
        EXPECT_EQ(rowsOf(file), rows);
        EXPECT_FALSE(fs::exists(file.string() + "-search"));
    }
}

TEST_F(StreamedImport, ADocumentChangedBetweenItsPassesIsRefused)
{
    const auto document = written(m_dir / "doc.json", writeDataset(testDataset()));
    auto store = Store::inMemory();
    const DatasetFile file(document);
    auto other = testDataset();
    other.meetings.pop_back();
    written(document, writeDataset(other));
    EXPECT_EQ(errorOf([&] { store.import(file); }),
              document.string() + ": changed while it was read");
    EXPECT_EQ(store.stats().meetings, 0);
}

} // namespace
} // namespace parley::test
