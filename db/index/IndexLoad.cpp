#include "db/index/IndexLoad.h"

#include "db/index/SnapshotFile.h"
#include "db/model/Vocabulary.h"
#include "db/store/Store.h"

#include <algorithm>

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

// One facet's links of every meeting: meeting i's are values[offsets[i], offsets[i + 1]).
struct LinksByMeeting {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> values;
};

// The store's links of one kind, grouped by meeting position: a counting sort
// of (meeting, target) pairs, read once in the order SQLite keeps them.
LinksByMeeting linksOf(const Store& store, Store::MeetingLink link,
                       const std::vector<std::uint32_t>& meetingByKey,
                       const std::vector<std::uint32_t>& targetByKey, std::size_t meetings)
{
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    store.forEachLink(link, [&](std::int64_t meeting, std::int64_t target) {
        const auto position = at(meetingByKey, meeting);
        const auto value = at(targetByKey, target);
        if (position != kNone && value != kNone)
            pairs.emplace_back(position, value);
    });
    LinksByMeeting links;
    links.offsets.assign(meetings + 1, 0);
    for (const auto& pair : pairs)
        ++links.offsets[pair.first + 1];
    for (std::size_t i = 1; i <= meetings; ++i)
        links.offsets[i] += links.offsets[i - 1];
    links.values.resize(pairs.size());
    auto next = links.offsets;
    for (const auto& [meeting, value] : pairs)
        links.values[next[meeting]++] = value;
    return links;
}

void fill(std::vector<std::uint32_t>& into, const LinksByMeeting& links, std::size_t meeting)
{
    into.assign(links.values.begin() + links.offsets[meeting],
                links.values.begin() + links.offsets[meeting + 1]);
}

// Adds the texts of the meeting at AT, and the roles it states for the
// participants OFFICIAL_AT finds a position of.
template <typename OfficialAt>
void addTextsAndRoles(MeetingTexts::Builder& texts, MeetingRoles& roles, std::size_t at,
                      const Meeting& meeting, OfficialAt officialAt)
{
    texts.add(meeting.id, meeting.title, meeting.location);
    for (const auto& role : meeting.roles) {
        if (const auto official = officialAt(role.official))
            roles.add(static_cast<std::uint32_t>(at), *official, role.title);
    }
}

} // namespace

MeetingColumns meetingColumnsOf(MeetingIndex::Builder builder,
                                const std::vector<std::int64_t>& keys,
                                std::span<const Meeting> meetings)
{
    MeetingColumns columns;
    MeetingTexts::Builder texts;
    for (std::size_t at = 0; at < meetings.size(); ++at) {
        builder.add(keys[at], meetings[at]);
        addTextsAndRoles(texts, columns.roles, at, meetings[at],
                         [&](const std::string& id) { return builder.official(id); });
    }
    columns.texts = texts.finish();
    columns.roles.finish();
    columns.index = builder.finish();
    return columns;
}

MeetingColumns loadMeetingColumns(const Store& store, const std::vector<Official>& officials,
                                  const std::vector<Country>& countries,
                                  const std::vector<Topic>& topics)
{
    MeetingIndex::Builder builder(officials, countries, topics);
    const auto countryByKey = positionsByKey(store.idsByKey(RecordKind::Country),
                                             [&](const auto& id) { return builder.country(id); });
    const auto officialByKey = positionsByKey(store.idsByKey(RecordKind::Official),
                                              [&](const auto& id) { return builder.official(id); });
    const auto topicByKey = positionsByKey(store.idsByKey(RecordKind::Topic),
                                           [&](const auto& id) { return builder.topic(id); });
    const auto kinds = meetingKinds();

    MeetingColumns columns;
    MeetingTexts::Builder texts;
    std::vector<MeetingIndex::Builder::Facets> rows;
    std::vector<std::uint32_t> meetingByKey;
    store.forEachMeeting([&](const Store::MeetingRow& row) {
        MeetingIndex::Builder::Facets facets;
        facets.key = row.key;
        facets.firstDay = row.firstDay;
        facets.lastDay = row.lastDay;
        facets.precision = row.precision;
        facets.kind = static_cast<std::uint8_t>(std::ranges::find(kinds, row.kind) - kinds.begin());
        if (const auto host = at(countryByKey, row.hostKey); host != kNone)
            facets.host = host;
        const auto key = static_cast<std::size_t>(row.key);
        if (key >= meetingByKey.size())
            meetingByKey.resize(key + 1, kNone);
        meetingByKey[key] = static_cast<std::uint32_t>(rows.size());
        rows.push_back(std::move(facets));
        texts.add(row.id, row.title, row.location);
    });
    columns.texts = texts.finish();

    const auto participants =
        linksOf(store, Store::MeetingLink::Participant, meetingByKey, officialByKey, rows.size());
    const auto meetingTopics =
        linksOf(store, Store::MeetingLink::Topic, meetingByKey, topicByKey, rows.size());
    // One set of lists for every meeting: no allocation per meeting.
    MeetingIndex::Builder::Facets facets;
    for (std::size_t meeting = 0; meeting < rows.size(); ++meeting) {
        const auto& row = rows[meeting];
        facets.key = row.key;
        facets.firstDay = row.firstDay;
        facets.lastDay = row.lastDay;
        facets.precision = row.precision;
        facets.kind = row.kind;
        facets.host = row.host;
        fill(facets.participants, participants, meeting);
        fill(facets.topics, meetingTopics, meeting);
        builder.add(facets);
    }
    columns.index = builder.finish();
    store.forEachRole([&](std::int64_t meeting, std::int64_t official, std::string_view role) {
        const auto position = at(meetingByKey, meeting);
        const auto participant = at(officialByKey, official);
        if (position != kNone && participant != kNone)
            columns.roles.add(position, participant, std::string(role));
    });
    columns.roles.finish();
    return columns;
}

namespace {

void writeColumns(const MeetingIndex& index, const MeetingTexts& texts, const MeetingRoles& roles,
                  const std::filesystem::path& file, const std::string& stamp)
{
    SnapshotWriter writer(file, stamp);
    index.save(writer);
    texts.save(writer);
    roles.save(writer);
    writer.commit();
}

} // namespace

void saveMeetingColumns(const MeetingColumns& columns, const std::filesystem::path& file,
                        const std::string& stamp)
{
    writeColumns(columns.index, columns.texts, columns.roles, file, stamp);
}

void saveMeetingColumns(
    const MeetingIndex& index,
    const std::function<void(const std::function<void(const Meeting&)>&)>& forEachBrief,
    const std::filesystem::path& file, const std::string& stamp)
{
    MeetingTexts::Builder texts;
    MeetingRoles roles;
    const auto& officials = index.officialIds();
    std::size_t at = 0;
    forEachBrief([&](const Meeting& brief) {
        addTextsAndRoles(texts, roles, at++, brief,
                         [&](const std::string& id) -> std::optional<std::uint32_t> {
                             const auto found = std::ranges::lower_bound(officials, id);
                             if (found == officials.end() || *found != id)
                                 return std::nullopt;
                             return static_cast<std::uint32_t>(found - officials.begin());
                         });
    });
    roles.finish();
    writeColumns(index, texts.finish(), roles, file, stamp);
}

MeetingColumns readMeetingColumns(const std::filesystem::path& file, const std::string& stamp)
{
    SnapshotReader reader(file, stamp);
    MeetingColumns columns{MeetingIndex(reader), MeetingTexts(reader), MeetingRoles(reader)};
    reader.finish();
    if (columns.texts.size() != columns.index.size())
        reader.refuse("texts of another number of meetings");
    return columns;
}

} // namespace parley
