#include "db/index/StoreColumns.h"

#include "db/index/PositionsInOrder.h"
#include "db/model/Vocabulary.h"
#include "db/store/Store.h"

#include <algorithm>
#include <future>
#include <utility>

namespace parley {

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFF;

// Where each key's record stands in the builder's sorted list.
template <typename Position>
std::vector<std::uint32_t> positionsByKey(const std::vector<std::string>& idsByKey,
                                          Position position)
{
    std::vector<std::uint32_t> positions(idsByKey.size(), kNone);
    for (std::size_t key = 0; key < idsByKey.size(); ++key) {
        if (const auto at = position(idsByKey[key]))
            positions[key] = *at;
    }
    return positions;
}

std::uint32_t at(const std::vector<std::uint32_t>& byKey, std::int64_t key)
{
    return key >= 0 && static_cast<std::size_t>(key) < byKey.size()
               ? byKey[static_cast<std::size_t>(key)]
               : kNone;
}

// A key as the links keep it.
std::uint32_t narrowed(std::int64_t key)
{
    return key >= 0 && key < kNone ? static_cast<std::uint32_t>(key) : kNone;
}

// Where each meeting's key stands among KEYS.
std::vector<std::uint32_t> rowsByKey(const std::vector<std::int64_t>& keys)
{
    std::vector<std::uint32_t> rows;
    for (std::uint32_t row = 0; row < keys.size(); ++row) {
        const auto key = static_cast<std::size_t>(keys[row]);
        if (key >= rows.size())
            rows.resize(key + 1, kNone);
        rows[key] = row;
    }
    return rows;
}

// The rows in date order: by first day, then by id, as the store orders
// meetings everywhere else.
std::vector<std::uint32_t> dateOrder(const StoredMeetings& stored)
{
    return positionsInOrder(stored.keys.size(), [&](std::uint32_t left, std::uint32_t right) {
        if (stored.firstDays[left] != stored.firstDays[right])
            return stored.firstDays[left] < stored.firstDays[right];
        return stored.texts.id(left) < stored.texts.id(right);
    });
}

// One facet's links of every meeting: row r's are values[offsets[r], offsets[r + 1]).
struct LinksByRow {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> values;
};

// The links grouped by meeting row, each named by its target's position: a
// counting sort, which the links' order by meeting keeps in step with memory.
LinksByRow linksByRow(const StoredMeetings::Links& links,
                      const std::vector<std::uint32_t>& rowByKey,
                      const std::vector<std::uint32_t>& targetByKey, std::size_t rows)
{
    LinksByRow byRow;
    byRow.offsets.assign(rows + 1, 0);
    const auto rowOf = [&](std::size_t link) {
        return at(rowByKey, links.meetings[link]);
    };
    const auto valueOf = [&](std::size_t link) {
        return at(targetByKey, links.targets[link]);
    };
    for (std::size_t link = 0; link < links.meetings.size(); ++link) {
        if (const auto row = rowOf(link); row != kNone && valueOf(link) != kNone)
            ++byRow.offsets[row + 1];
    }
    for (std::size_t i = 1; i <= rows; ++i)
        byRow.offsets[i] += byRow.offsets[i - 1];
    byRow.values.resize(byRow.offsets.back());
    auto next = byRow.offsets;
    for (std::size_t link = 0; link < links.meetings.size(); ++link) {
        if (const auto row = rowOf(link), value = valueOf(link); row != kNone && value != kNone)
            byRow.values[next[row]++] = value;
    }
    return byRow;
}

StoredMeetings::Links linksOf(const Store& store, Store::MeetingLink link,
                              const LoadProgress& progress)
{
    StoredMeetings::Links links;
    const auto count = store.linkCount(link);
    links.meetings.reserve(count);
    links.targets.reserve(count);
    store.forEachLink(link, [&](std::int64_t meeting, std::int64_t target) {
        links.meetings.push_back(narrowed(meeting));
        links.targets.push_back(narrowed(target));
        if (links.meetings.size() % LoadProgress::kStep == 0)
            progress.throwIfCancelled();
    });
    return links;
}

void fill(std::vector<std::uint32_t>& into, const LinksByRow& links, std::size_t row)
{
    into.assign(links.values.begin() + links.offsets[row],
                links.values.begin() + links.offsets[row + 1]);
}

} // namespace

StoredMeetings readStoredMeetings(const Store& store, LoadProgress* progress)
{
    LoadProgress unwatched;
    auto& watched = progress ? *progress : unwatched;
    StoredMeetings stored;
    // The links and ids are read meanwhile, on connections of their own.
    auto links = std::async(std::launch::async, [&] {
        stored.participants = linksOf(store, Store::MeetingLink::Participant, watched);
        stored.topics = linksOf(store, Store::MeetingLink::Topic, watched);
        stored.countryIds = store.idsByKey(RecordKind::Country);
        stored.officialIds = store.idsByKey(RecordKind::Official);
        stored.topicIds = store.idsByKey(RecordKind::Topic);
    });
    const auto kinds = meetingKinds();
    const auto meetings = store.meetingCount();
    watched.expect(meetings);
    for (auto* column : {&stored.keys, &stored.hostKeys})
        column->reserve(meetings);
    for (auto* column : {&stored.firstDays, &stored.lastDays})
        column->reserve(meetings);
    stored.precisions.reserve(meetings);
    stored.kinds.reserve(meetings);
    stored.texts.reserve(meetings);
    store.forEachMeeting([&](const Store::MeetingRow& row) {
        stored.keys.push_back(row.key);
        stored.firstDays.push_back(row.firstDay);
        stored.lastDays.push_back(row.lastDay);
        stored.precisions.push_back(row.precision);
        stored.kinds.push_back(
            static_cast<std::uint8_t>(std::ranges::find(kinds, row.kind) - kinds.begin()));
        stored.hostKeys.push_back(row.hostKey);
        stored.texts.add(row.id, row.title, row.location);
        if (stored.keys.size() % LoadProgress::kStep == 0)
            watched.reached(stored.keys.size());
    });
    watched.reached(stored.keys.size());
    links.get();
    return stored;
}

MeetingColumns loadMeetingColumns(const Store& store, StoredMeetings stored,
                                  const std::vector<Official>& officials,
                                  const std::vector<Country>& countries,
                                  const std::vector<Topic>& topics, const LoadProgress* progress)
{
    // The rows are put in date order on the other core meanwhile.
    auto dated = std::async(std::launch::async, [&] { return dateOrder(stored); });
    const auto rows = stored.keys.size();
    MeetingIndex::Builder builder(officials, countries, topics);
    const auto countryByKey =
        positionsByKey(stored.countryIds, [&](const auto& id) { return builder.country(id); });
    const auto officialByKey =
        positionsByKey(stored.officialIds, [&](const auto& id) { return builder.official(id); });
    const auto topicByKey =
        positionsByKey(stored.topicIds, [&](const auto& id) { return builder.topic(id); });
    const auto rowByKey = rowsByKey(stored.keys);
    // Each part of what was read is let go once used: at ten million
    // meetings the links by key alone are most of a gigabyte.
    const auto participants =
        linksByRow(std::exchange(stored.participants, {}), rowByKey, officialByKey, rows);
    const auto meetingTopics =
        linksByRow(std::exchange(stored.topics, {}), rowByKey, topicByKey, rows);
    const auto order = dated.get();
    stopIfCancelled(progress);
    // The texts, kept as read, are given that order and sorted by id on the
    // other core meanwhile.
    auto texts = std::async(std::launch::async,
                            [&] { return std::exchange(stored.texts, {}).finish(order); });
    MeetingColumns columns;
    builder.reserve(rows, participants.values.size(), meetingTopics.values.size());
    // One set of lists for every meeting: no allocation per meeting.
    MeetingIndex::Builder::Facets facets;
    std::size_t added = 0;
    for (const auto row : order) {
        facets.key = stored.keys[row];
        facets.firstDay = stored.firstDays[row];
        facets.lastDay = stored.lastDays[row];
        facets.precision = stored.precisions[row];
        facets.kind = stored.kinds[row];
        const auto host = at(countryByKey, stored.hostKeys[row]);
        facets.host = host == kNone ? std::nullopt : std::optional(host);
        fill(facets.participants, participants, row);
        fill(facets.topics, meetingTopics, row);
        builder.add(facets);
        if (++added % LoadProgress::kStep == 0)
            stopIfCancelled(progress); // seconds at ten million meetings
    }
    columns.index = builder.finish();
    stopIfCancelled(progress);

    std::vector<std::uint32_t> positionOfRow(rows);
    for (std::uint32_t position = 0; position < rows; ++position)
        positionOfRow[order[position]] = position;
    store.forEachRole([&](std::int64_t meeting, std::int64_t official, std::string_view role) {
        const auto row = at(rowByKey, meeting);
        const auto participant = at(officialByKey, official);
        if (row != kNone && participant != kNone)
            columns.roles.add(positionOfRow[row], participant, std::string(role));
    });
    columns.roles.finish();
    columns.texts = texts.get();
    return columns;
}

MeetingColumns loadMeetingColumns(const Store& store, const std::vector<Official>& officials,
                                  const std::vector<Country>& countries,
                                  const std::vector<Topic>& topics)
{
    return loadMeetingColumns(store, readStoredMeetings(store), officials, countries, topics);
}

} // namespace parley
