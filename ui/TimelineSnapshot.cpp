#include "ui/TimelineSnapshot.h"

#include "db/Store.h"

#include <algorithm>

namespace parley::ui {

namespace {

template <typename Record, typename Key>
std::map<std::string, Record> byId(std::vector<Record> records, Key key)
{
    std::map<std::string, Record> map;
    for (auto& record : records) {
        std::string id = record.*key;
        map.emplace(std::move(id), std::move(record));
    }
    return map;
}

template <typename Record>
const Record* findById(const std::vector<Record>& records, const std::string& id)
{
    const auto it = std::ranges::find(records, id, &Record::id);
    return it == records.end() ? nullptr : &*it;
}

} // namespace

std::shared_ptr<const TimelineSnapshot> TimelineSnapshot::build(const Store& store,
                                                                const Filter& filter)
{
    auto snapshot = std::make_shared<TimelineSnapshot>();
    snapshot->filter = filter;
    snapshot->meetings = store.meetings(filter);
    snapshot->measures = store.measures(filter);
    snapshot->totalMeetings = store.stats().meetings;
    snapshot->countryCounts = store.meetingsPerCountry(filter);
    snapshot->topicCounts = store.meetingsPerTopic(filter);
    snapshot->officials = byId(store.officials(), &Official::id);
    snapshot->countries = byId(store.countries(), &Country::code);
    snapshot->topics = byId(store.topics(), &Topic::id);
    snapshot->allMeasures = byId(store.measures(Filter()), &Measure::id);
    snapshot->sources = byId(store.sources(), &Source::id);
    return snapshot;
}

const Meeting* TimelineSnapshot::meeting(const std::string& id) const
{
    return findById(meetings, id);
}

const Measure* TimelineSnapshot::measure(const std::string& id) const
{
    const auto it = allMeasures.find(id);
    return it == allMeasures.end() ? nullptr : &it->second;
}

const Official* TimelineSnapshot::official(const std::string& id) const
{
    const auto it = officials.find(id);
    return it == officials.end() ? nullptr : &it->second;
}

std::string TimelineSnapshot::officialName(const std::string& id) const
{
    const auto* found = official(id);
    return found ? found->name : id;
}

std::string TimelineSnapshot::countryName(const std::string& code) const
{
    const auto it = countries.find(code);
    return it == countries.end() ? code : it->second.name;
}

std::string TimelineSnapshot::topicName(const std::string& id) const
{
    const auto it = topics.find(id);
    return it == topics.end() ? id : it->second.name;
}

} // namespace parley::ui
