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

// The reference's meetings that match FILTER, by date: the store gives their
// keys (a fast query), the records are the reference's.
MeetingList matchingMeetings(const ReferenceData& reference, const Store& store,
                             const Filter& filter)
{
    if (filter == Filter())
        return {reference.meetings, reference.meetingsByDate};
    const auto keys = store.meetingKeys(filter);
    const auto& all = reference.meetingKeys;
    std::vector<bool> chosen(all.size(), false);
    // Both ascending: one walk marks every match (a key the reference lacks, of
    // a meeting added meanwhile, is left for the reload that follows).
    auto at = all.begin();
    for (const auto key : keys) {
        at = std::lower_bound(at, all.end(), key);
        if (at != all.end() && *at == key)
            chosen[static_cast<std::size_t>(at - all.begin())] = true;
    }
    std::vector<const Meeting*> rows;
    rows.reserve(keys.size());
    const Meeting* first = reference.meetings->data();
    for (const Meeting* meeting : reference.meetingsByDate) {
        if (chosen[static_cast<std::size_t>(meeting - first)])
            rows.push_back(meeting);
    }
    return {reference.meetings, std::move(rows)};
}

} // namespace

std::shared_ptr<const ReferenceData> ReferenceData::load(const Store& store)
{
    auto reference = std::make_shared<ReferenceData>();
    auto all = store.allMeetingBriefs();
    reference->meetingKeys = std::move(all.keys);
    reference->meetings = std::make_shared<const std::vector<Meeting>>(std::move(all.meetings));
    for (const Meeting& meeting : *reference->meetings)
        reference->meetingsByDate.push_back(&meeting);
    std::ranges::sort(reference->meetingsByDate, [](const Meeting* a, const Meeting* b) {
        return a->start != b->start ? a->start < b->start : a->id < b->id;
    });
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
    snapshot->reference = reference ? std::move(reference) : ReferenceData::load(store);
    snapshot->meetings = matchingMeetings(*snapshot->reference, store, filter);
    snapshot->measures = store.measures(filter);
    snapshot->totalMeetings = static_cast<int>(snapshot->reference->meetings->size());
    snapshot->countryCounts = store.meetingsPerCountry(filter);
    snapshot->topicCounts = store.meetingsPerTopic(filter);
    return snapshot;
}

const Meeting* TimelineSnapshot::meeting(const std::string& id) const
{
    const int row = meetings.rowOf(id);
    return row < 0 ? nullptr : &meetings[static_cast<std::size_t>(row)];
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
