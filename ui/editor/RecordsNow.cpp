#include "ui/editor/RecordsNow.h"

#include "db/store/Store.h"
#include "ui/editor/RecordAccess.h"

#include <algorithm>

namespace parley::ui {

namespace {

void sortUnique(std::vector<std::string>& ids)
{
    std::ranges::sort(ids);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

void addIds(RecordIds& ids, const Dataset& records)
{
    const auto add = [](std::vector<std::string>& to, const auto& list) {
        for (const auto& record : list)
            to.push_back(idOf(record));
    };
    add(ids.sources, records.sources);
    add(ids.countries, records.countries);
    add(ids.topics, records.topics);
    add(ids.officials, records.officials);
    add(ids.meetings, records.meetings);
    add(ids.measures, records.measures);
}

void sortAll(RecordIds& ids)
{
    sortUnique(ids.sources);
    sortUnique(ids.countries);
    sortUnique(ids.topics);
    sortUnique(ids.officials);
    sortUnique(ids.meetings);
    sortUnique(ids.measures);
}

template <typename Record>
std::vector<Record> having(std::vector<Record> all, const std::vector<std::string>& ids)
{
    std::erase_if(all, [&](const Record& r) { return !std::ranges::binary_search(ids, idOf(r)); });
    std::ranges::sort(all, {}, [](const Record& r) { return idOf(r); });
    return all;
}

} // namespace

RecordIds oneId(RecordKind kind, const std::string& id)
{
    RecordIds ids;
    switch (kind) {
    case RecordKind::Source:
        ids.sources = {id};
        break;
    case RecordKind::Country:
        ids.countries = {id};
        break;
    case RecordKind::Topic:
        ids.topics = {id};
        break;
    case RecordKind::Official:
        ids.officials = {id};
        break;
    case RecordKind::Meeting:
        ids.meetings = {id};
        break;
    case RecordKind::Measure:
        ids.measures = {id};
        break;
    }
    return ids;
}

RecordIds idsOf(const Dataset& records)
{
    RecordIds ids;
    addIds(ids, records);
    sortAll(ids);
    return ids;
}

RecordIds idsOf(const ChangeSet& change)
{
    RecordIds ids = change.remove;
    addIds(ids, change.put);
    sortAll(ids);
    return ids;
}

Dataset recordsNow(const Store& store, const RecordIds& ids)
{
    Dataset now;
    if (!ids.sources.empty())
        now.sources = having(store.sources(ids.sources), ids.sources);
    if (!ids.countries.empty())
        now.countries = having(store.countries(), ids.countries);
    if (!ids.topics.empty())
        now.topics = having(store.topics(), ids.topics);
    for (const auto& id : ids.officials) {
        if (auto official = store.official(id))
            now.officials.push_back(std::move(*official));
    }
    if (!ids.meetings.empty())
        now.meetings = having(store.meetingsWithIds(ids.meetings), ids.meetings);
    for (const auto& id : ids.measures) {
        if (auto measure = store.measure(id))
            now.measures.push_back(std::move(*measure));
    }
    return now;
}

void appendRecords(Dataset& into, const Dataset& from)
{
    const auto append = [](auto& to, const auto& list) {
        for (const auto& record : list) {
            std::erase_if(to, [&](const auto& r) { return idOf(r) == idOf(record); });
            to.push_back(record);
        }
    };
    append(into.sources, from.sources);
    append(into.countries, from.countries);
    append(into.topics, from.topics);
    append(into.officials, from.officials);
    append(into.meetings, from.meetings);
    append(into.measures, from.measures);
}

} // namespace parley::ui
