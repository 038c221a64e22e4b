#include "db/analysis/Fingerprints.h"

#include "db/analysis/RecordHash.h"
#include "db/index/LoadProgress.h"
#include "db/store/Store.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace parley {

namespace {

template <typename Record> void addAll(FingerprintTable& table, const std::vector<Record>& records)
{
    for (const auto& record : records)
        table.push_back({idHash(record.id), contentHash(record)});
}

void sortTable(FingerprintTable& table) { std::sort(table.begin(), table.end()); }

std::vector<SinceSeen::Item> changed(const FingerprintTable& seen, const FingerprintTable& current,
                                     const std::vector<std::string_view>& ids)
{
    // One walk along both tables finds the few entries that differ; only the
    // ids are then hashed and looked up among those.
    std::unordered_map<std::uint64_t, bool> differing; // id -> whether seen holds it
    auto before = seen.begin();
    for (const auto& now : current) {
        while (before != seen.end() && before->id < now.id)
            ++before;
        const bool held = before != seen.end() && before->id == now.id;
        if (!held || before->content != now.content)
            differing.emplace(now.id, held);
    }
    std::vector<SinceSeen::Item> items;
    if (differing.empty())
        return items;
    for (const auto id : ids) {
        if (const auto found = differing.find(idHash(id)); found != differing.end())
            items.push_back({std::string(id), found->second});
    }
    return items;
}

} // namespace

Fingerprints fingerprintsOf(const Store& store, const LoadProgress* progress)
{
    stopIfCancelled(progress);
    Fingerprints fingerprints;
    fingerprints.meetings.reserve(store.meetingCount());
    store.forEachWholeMeeting([&](const Meeting& meeting) {
        fingerprints.meetings.push_back({idHash(meeting.id), contentHash(meeting)});
        if (fingerprints.meetings.size() % LoadProgress::kStep == 0)
            stopIfCancelled(progress);
    });
    addAll(fingerprints.officials, store.officials());
    addAll(fingerprints.measures, store.measures(Filter()));
    sortTable(fingerprints.meetings);
    sortTable(fingerprints.officials);
    sortTable(fingerprints.measures);
    return fingerprints;
}

void TouchedRecords::add(const TouchedRecords& other)
{
    meetings.insert(meetings.end(), other.meetings.begin(), other.meetings.end());
    measures = measures || other.measures;
    everything = everything || other.everything;
}

void refingerprint(Fingerprints& fingerprints, const Store& store, const TouchedRecords& touched)
{
    std::unordered_set<std::uint64_t> ids;
    for (const auto& id : touched.meetings)
        ids.insert(idHash(id));
    std::erase_if(fingerprints.meetings,
                  [&ids](const Fingerprint& fingerprint) { return ids.contains(fingerprint.id); });
    FingerprintTable now;
    addAll(now, store.meetingsWithIds(touched.meetings));
    sortTable(now);
    FingerprintTable merged;
    merged.reserve(fingerprints.meetings.size() + now.size());
    std::merge(fingerprints.meetings.begin(), fingerprints.meetings.end(), now.begin(), now.end(),
               std::back_inserter(merged));
    fingerprints.meetings = std::move(merged);
    if (touched.measures) {
        fingerprints.measures.clear();
        addAll(fingerprints.measures, store.measures(Filter()));
        sortTable(fingerprints.measures);
    }
}

SinceSeen changesSince(const Fingerprints& seen, const Fingerprints& current, const ViewedIds& ids)
{
    return {changed(seen.meetings, current.meetings, ids.meetings),
            changed(seen.officials, current.officials, ids.officials),
            changed(seen.measures, current.measures, ids.measures)};
}

} // namespace parley
