#include "ui/TimelineSnapshot.h"

#include "db/Store.h"

#include <algorithm>

namespace parley::ui {

namespace {

// Fills MAP (ordered or hashed) with RECORDS by their KEY member.
template <typename Map, typename Record, typename Key>
void fillById(Map& map, std::vector<Record> records, Key key)
{
    for (auto& record : records) {
        std::string id = record.*key;
        map.emplace(std::move(id), std::move(record));
    }
}

template <typename Record>
const Record* findById(const std::vector<Record>& records, const std::string& id)
{
    const auto it = std::ranges::find(records, id, &Record::id);
    return it == records.end() ? nullptr : &*it;
}

} // namespace

std::shared_ptr<const ReferenceData> ReferenceData::load(const Store& store)
{
    auto reference = std::make_shared<ReferenceData>();
    fillById(reference->officials, store.officials(), &Official::id);
    fillById(reference->countries, store.countries(), &Country::code);
    fillById(reference->topics, store.topics(), &Topic::id);
    fillById(reference->allMeasures, store.measures(Filter()), &Measure::id);
    return reference;
}

std::shared_ptr<const TimelineSnapshot>
TimelineSnapshot::build(const Store& store, const Filter& filter,
                        std::shared_ptr<const ReferenceData> reference)
{
    auto snapshot = std::make_shared<TimelineSnapshot>();
    snapshot->filter = filter;
    snapshot->meetings = store.meetingBriefs(filter);
    snapshot->measures = store.measures(filter);
    snapshot->totalMeetings = store.stats().meetings;
    snapshot->countryCounts = store.meetingsPerCountry(filter);
    snapshot->topicCounts = store.meetingsPerTopic(filter);
    snapshot->reference = reference ? std::move(reference) : ReferenceData::load(store);
    return snapshot;
}

const Meeting* TimelineSnapshot::meeting(const std::string& id) const
{
    return findById(meetings, id);
}

const Measure* TimelineSnapshot::measure(const std::string& id) const
{
    const auto it = reference->allMeasures.find(id);
    return it == reference->allMeasures.end() ? nullptr : &it->second;
}

const Official* TimelineSnapshot::official(const std::string& id) const
{
    const auto it = reference->officials.find(id);
    return it == reference->officials.end() ? nullptr : &it->second;
}

std::string TimelineSnapshot::officialName(const std::string& id) const
{
    const auto* found = official(id);
    return found ? found->name : id;
}

std::string TimelineSnapshot::countryName(const std::string& code) const
{
    const auto it = reference->countries.find(code);
    return it == reference->countries.end() ? code : it->second.name;
}

std::string TimelineSnapshot::topicName(const std::string& id) const
{
    const auto it = reference->topics.find(id);
    return it == reference->topics.end() ? id : it->second.name;
}

} // namespace parley::ui
