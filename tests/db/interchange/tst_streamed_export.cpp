// Export in parts (DatasetWriter fed by Store::exportInParts): the document
// written a meeting at a time has the text nlohmann gives the whole document,
// its meetings stay in id order across the batches the store reads them in,
// and it reads back as the records it was written from.
#include "db/interchange/DatasetWriter.h"
#include "tests/db/TestData.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

namespace parley::test {
namespace {

std::string exported(const Store& store)
{
    std::ostringstream out;
    writeDataset(out, store);
    return std::move(out).str();
}

// The text of the same JSON dumped at once, as exports were written before
// they were streamed.
std::string dumpedWhole(const std::string& text)
{
    return nlohmann::ordered_json::parse(text).dump(2) + "\n";
}

// More meetings than one batch of the store's, their ids shuffled against
// the order they are stored in (7919 is prime to kExtra, so each number
// below kExtra comes once): every batch holds ids from all over the range.
constexpr std::size_t kExtra = 10000;

Dataset withShuffledMeetings()
{
    auto dataset = testDataset();
    const auto model = dataset.meetings.front();
    for (std::size_t i = 0; i < kExtra; ++i) {
        auto meeting = model;
        char id[32];
        std::snprintf(id, sizeof id, "extra-%05zu", i * 7919 % kExtra);
        meeting.id = id;
        meeting.title += " " + std::to_string(i);
        dataset.meetings.push_back(std::move(meeting));
    }
    return dataset;
}

TEST(StreamedExport, WritesTheTextOfTheWholeDocumentAndReadsBackAsTheRecords)
{
    const auto text = exported(storeWith(testDataset()));
    EXPECT_EQ(text, dumpedWhole(text));
    EXPECT_TRUE(parseDataset(text, "export") == sortedById(testDataset()));
}

TEST(StreamedExport, WritesAnEmptyDatabaseAsEmptyArrays)
{
    const auto text = exported(Store::inMemory());
    EXPECT_EQ(text, dumpedWhole(text));
    EXPECT_EQ(text, "{\n  \"format\": \"parley/1\",\n  \"sources\": [],\n  \"countries\": [],\n"
                    "  \"topics\": [],\n  \"officials\": [],\n  \"meetings\": [],\n"
                    "  \"measures\": []\n}\n");
}

TEST(StreamedExport, KeepsMeetingsInIdOrderAcrossBatches)
{
    const auto dataset = withShuffledMeetings();
    const auto store = storeWith(dataset);
    std::vector<std::string> ids;
    store.exportInParts([](const Dataset& held) { EXPECT_TRUE(held.meetings.empty()); },
                        [&](const Meeting& meeting) { ids.push_back(meeting.id); });
    EXPECT_EQ(ids, idsOf(sortedById(dataset).meetings));
    const auto text = exported(store);
    EXPECT_EQ(text, dumpedWhole(text));
    EXPECT_TRUE(parseDataset(text, "export") == sortedById(dataset));
}

} // namespace
} // namespace parley::test
