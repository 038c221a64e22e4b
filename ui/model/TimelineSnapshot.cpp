#include "ui/model/TimelineSnapshot.h"

#include "db/index/IndexLoad.h"
#include "db/index/MeasureMatch.h"
#include "db/index/RecordsFile.h"
#include "db/index/SnapshotFile.h"
#include "db/index/StoreColumns.h"
#include "db/store/Store.h"

#include <algorithm>
#include <future>
#include <stdexcept>
#include <string>
#include <variant>

namespace parley::ui {

namespace {

// RECORDS by their KEY member, in a map (ordered or hashed) of its own.
template <typename Map, typename Record, typename Key>
std::shared_ptr<const Map> byId(std::vector<Record> records, Key key)
{
    auto map = std::make_shared<Map>();
    for (auto& record : records) {
        std::string id = record.*key;
        map->emplace(std::move(id), std::move(record));
    }
    return map;
}

// The reference's meetings at the positions MATCHING gives, or all of them.
MeetingList matchingMeetings(const ReferenceData& reference,
                             std::optional<std::vector<std::uint32_t>> matching)
{
    if (!matching)
        return MeetingList(reference.meetings);
    return {reference.meetings, std::move(*matching)};
}

// What READ finds in a snapshot FILE that holds the store as it is
// (STAMP); nullopt when there is none, or it is stale, damaged or foreign.
template <typename Read>
auto readSnapshot(const std::filesystem::path& file, const std::string& stamp, Read read)
    -> std::optional<decltype(read(file, stamp))>
{
    if (file.empty())
        return std::nullopt;
    try {
        return read(file, stamp);
    } catch (const SnapshotRefused&) {
        return std::nullopt;
    }
}

// What naming meetings by the positions of records reads of them
// (MeetingIndex::Builder): ids, an official's country, a topic's parent.
// Whole officials, with their offices and names, took 0.4 s to copy at
// 50,000 of them.
ReferenceRecords namesOf(const ReferenceData& reference)
{
    ReferenceRecords names;
    names.officials.reserve(reference.officials->size());
    for (const auto& [id, official] : *reference.officials) {
        Official named;
        named.id = id;
        named.country = official.country;
        names.officials.push_back(std::move(named));
    }
    for (const auto& [code, country] : *reference.countries)
        names.countries.push_back(country);
    for (const auto& [id, topic] : *reference.topics)
        names.topics.push_back(topic);
    return names;
}

} // namespace

std::shared_ptr<const ReferenceData> ReferenceData::load(const Store& store,
                                                         const std::filesystem::path& columnsFile,
                                                         LoadProgress* progress)
{
    auto reference = std::make_shared<ReferenceData>();
    const auto stamp = store.stamp();
    // The columns file asks nothing of SQLite: it is mapped and checked on
    // the other core while the records beside the meetings are read, from
    // their own file or else from the store. Without a file that holds the
    // store as it is, that core reads the meetings' rows instead.
    auto meetings =
        std::async(std::launch::async, [&]() -> std::variant<MeetingColumns, StoredMeetings> {
            if (auto read = readSnapshot(columnsFile, stamp, readMeetingColumns))
                return std::move(*read);
            return readStoredMeetings(store, progress);
        });
    auto records = readSnapshot(recordsFileBeside(columnsFile), stamp, readReferenceRecords);
    const bool recordsFromStore = !records;
    if (!records)
        records = loadReferenceRecords(store, progress);
    // Made while the columns file is still being checked.
    reference->officials = byId<std::unordered_map<std::string, Official>>(
        std::move(records->officials), &Official::id);
    reference->countries =
        byId<std::map<std::string, Country>>(std::move(records->countries), &Country::code);
    reference->topics = byId<std::map<std::string, Topic>>(std::move(records->topics), &Topic::id);
    reference->allMeasures =
        std::make_shared<const std::vector<Measure>>(std::move(records->measures));
    auto read = meetings.get();
    auto* stored = std::get_if<StoredMeetings>(&read);
    const auto fromStore = [&] {
        const auto names = namesOf(*reference);
        return loadMeetingColumns(store, std::move(*stored), names.officials, names.countries,
                                  names.topics, progress);
    };
    const auto columns = std::make_shared<const MeetingColumns>(
        stored ? fromStore() : std::get<MeetingColumns>(std::move(read)));
    if (!columnsFile.empty() && (stored || recordsFromStore))
        reference->unkept =
            Unkept{columnsFile, stamp, stored ? columns : nullptr, recordsFromStore};
    reference->meetings = std::make_shared<const BriefMeetings>(columns);
    reference->index = std::shared_ptr<const MeetingIndex>(columns, &columns->index);
    return reference;
}

void ReferenceData::keep() const
{
    if (!unkept)
        return;
    try {
        std::filesystem::create_directories(unkept->columnsFile.parent_path());
        if (unkept->columns)
            saveMeetingColumns(*unkept->columns, unkept->columnsFile, unkept->stamp);
        if (unkept->records)
            saveReferenceRecords(records(), recordsFileBeside(unkept->columnsFile), unkept->stamp);
    } catch (const std::exception&) {
    }
}

ReferenceRecords ReferenceData::records() const
{
    ReferenceRecords records;
    for (const auto& [id, official] : *officials)
        records.officials.push_back(official);
    std::ranges::sort(records.officials, {}, &Official::id);
    for (const auto& [code, country] : *countries)
        records.countries.push_back(country);
    for (const auto& [id, topic] : *topics)
        records.topics.push_back(topic);
    records.measures = *allMeasures;
    return records;
}

std::optional<Period> ReferenceData::meetingsSpan() const
{
    if (index->size() == 0)
        return std::nullopt;
    // By start date, so the first starts first; any may end last.
    std::int32_t last = index->lastDay(0);
    for (std::size_t meeting = 1; meeting < index->size(); ++meeting)
        last = std::max(last, index->lastDay(meeting));
    return Period(dateOfDay(index->firstDay(0)), dateOfDay(last) + boost::gregorian::days(1));
}

std::shared_ptr<const TimelineSnapshot>
TimelineSnapshot::build(const Store& store, const Filter& filter,
                        std::shared_ptr<const ReferenceData> reference,
                        const std::filesystem::path& columnsFile)
{
    auto snapshot = std::make_shared<TimelineSnapshot>();
    snapshot->filter = filter;
    snapshot->reference =
        reference ? std::move(reference) : ReferenceData::load(store, columnsFile);
    const auto& loaded = *snapshot->reference;
    if (loaded.meetings->size() > kMostShown || loaded.allMeasures->size() > kMostShown)
        throw std::length_error(std::to_string(loaded.meetings->size()) + " meetings and " +
                                std::to_string(loaded.allMeasures->size()) +
                                " measures: the timeline shows at most 67,108,863 of each");
    // The measures and the pass over the meetings' index share nothing: on
    // two cores they take the time of the longer one. Measures are found in
    // memory but for an official's, which the store links. (The text search
    // goes first: SQLite answers one query of a connection at a time.)
    const auto text = loaded.index->textMatches(store, filter);
    auto measures = std::async(std::launch::async, [&] {
        if (filter.isEmpty())
            return MeasureList(loaded.allMeasures);
        auto found = matchingMeasures(*loaded.allMeasures, *loaded.topics, filter);
        return MeasureList(loaded.allMeasures,
                           found ? std::move(*found)
                                 : positionsAmong(*loaded.allMeasures, store.measures(filter)));
    });
    auto answer = loaded.index->answer(filter, text);
    snapshot->meetings = matchingMeetings(loaded, std::move(answer.matching));
    snapshot->measures = measures.get();
    snapshot->totalMeetings = static_cast<int>(loaded.meetings->size());
    snapshot->countryCounts = std::move(answer.countryCounts);
    snapshot->topicCounts = std::move(answer.topicCounts);
    return snapshot;
}

const Meeting* TimelineSnapshot::meeting(const std::string& id) const
{
    const int row = meetings.rowOf(id);
    return row < 0 ? nullptr : &meetings[static_cast<std::size_t>(row)];
}

std::optional<Date> TimelineSnapshot::lastMeetingDay() const
{
    if (meetings.empty())
        return std::nullopt;
    // From the index's column: reading a million brief records and working
    // out their periods takes ten times as long.
    std::int32_t last = reference->index->lastDay(meetings.positionOf(0));
    for (std::size_t row = 1; row < meetings.size(); ++row)
        last = std::max(last, reference->index->lastDay(meetings.positionOf(row)));
    return dateOfDay(last);
}

const Measure* TimelineSnapshot::measure(const std::string& id) const
{
    const auto& all = *reference->allMeasures;
    const auto it = std::ranges::find(all, id, &Measure::id);
    return it == all.end() ? nullptr : &*it;
}

const Official* TimelineSnapshot::official(const std::string& id) const
{
    const auto it = reference->officials->find(id);
    return it == reference->officials->end() ? nullptr : &it->second;
}

std::string TimelineSnapshot::officialName(const std::string& id) const
{
    const auto* found = official(id);
    return found ? found->name : id;
}

std::string TimelineSnapshot::countryName(const std::string& code) const
{
    const auto it = reference->countries->find(code);
    return it == reference->countries->end() ? code : it->second.name;
}

std::string TimelineSnapshot::topicName(const std::string& id) const
{
    const auto it = reference->topics->find(id);
    return it == reference->topics->end() ? id : it->second.name;
}

} // namespace parley::ui
