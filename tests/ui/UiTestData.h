#pragma once

// Test datasets for the ui tests, loaded into an in-memory Store.

#include "db/interchange/DatasetJson.h"
#include "db/model/DatasetCheck.h"
#include "db/store/Store.h"
#include "ui/model/TimelineSnapshot.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace parley::test {

inline std::string sourcePath(const std::string& relative)
{
    const char* root = std::getenv("PARLEY_SOURCE_DIR");
    return std::string(root ? root : ".") + "/" + relative;
}

inline std::shared_ptr<Store> storeWith(const std::string& relativeJson)
{
    auto store = std::make_shared<Store>(Store::inMemory());
    const auto dataset = readDatasetFile(sourcePath(relativeJson));
    checkDataset(dataset, relativeJson);
    store->import(dataset);
    return store;
}

inline std::shared_ptr<Store> sampleStore()
{
    return storeWith("resources/sample/us-china-2023.json");
}
inline std::shared_ptr<Store> testStore()
{
    return storeWith("tests/data/us-china-2017-2024.json");
}

// A bilateral meeting the United States hosts on DAY.
inline Meeting bilateralOn(std::string id, std::string title, Date day)
{
    Meeting meeting;
    meeting.id = std::move(id);
    meeting.title = std::move(title);
    meeting.start = meeting.end = day;
    meeting.host = "US";
    meeting.kind = "bilateral";
    return meeting;
}

// A snapshot of every one of MEETINGS, which are hosted by "US" and list no
// participants, topics or measures.
inline ui::SnapshotPtr snapshotOf(std::vector<Meeting> meetings)
{
    Dataset dataset;
    dataset.countries = {{"US", "United States"}};
    dataset.meetings = std::move(meetings);
    checkDataset(dataset, "hand-made meetings");
    auto store = Store::inMemory();
    store.import(dataset);
    return ui::TimelineSnapshot::build(store, Filter());
}

} // namespace parley::test
