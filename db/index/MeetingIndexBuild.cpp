// Building a MeetingIndex meeting by meeting, from brief records or from the
// store's rows: references first, then each meeting's facets in date order.
#include "db/index/MeetingIndex.h"

#include "db/index/PositionsInOrder.h"
#include "db/model/Vocabulary.h"

#include <algorithm>

namespace parley {

namespace {

// Sorted ids, and where each one is among them.
template <typename Record, typename Id>
std::vector<std::string> sortedIds(const std::vector<Record>& records, Id id)
{
    std::vector<std::string> ids;
    ids.reserve(records.size());
    for (const auto& record : records)
        ids.push_back(record.*id);
    std::ranges::sort(ids);
    return ids;
}

std::unordered_map<std::string_view, std::uint32_t>
positionsOf(const std::vector<std::string>& sorted)
{
    std::unordered_map<std::string_view, std::uint32_t> positions;
    positions.reserve(sorted.size());
    for (std::uint32_t at = 0; at < sorted.size(); ++at)
        positions.emplace(sorted[at], at);
    return positions;
}

std::optional<std::uint32_t>
positionIn(const std::unordered_map<std::string_view, std::uint32_t>& positions,
           std::string_view id)
{
    const auto found = positions.find(id);
    if (found == positions.end())
        return std::nullopt;
    return found->second;
}

} // namespace

std::span<const std::uint32_t>
MeetingIndex::Builder::GrowingLinks::add(std::vector<std::uint32_t>& meetingValues)
{
    std::ranges::sort(meetingValues);
    meetingValues.erase(std::unique(meetingValues.begin(), meetingValues.end()),
                        meetingValues.end());
    const std::size_t first = values.size();
    values.insert(values.end(), meetingValues.begin(), meetingValues.end());
    offsets.push_back(static_cast<std::uint32_t>(values.size()));
    meetingValues.clear();
    return std::span(values).subspan(first);
}

void MeetingIndex::Builder::GrowingLinks::reserve(std::size_t meetings, std::size_t links)
{
    offsets.reserve(offsets.size() + meetings);
    values.reserve(values.size() + links);
}

MeetingIndex::Links MeetingIndex::Builder::GrowingLinks::finish()
{
    return {Column(std::move(offsets)), Column(std::move(values))};
}

MeetingIndex::Builder::Builder(const std::vector<Official>& officials,
                               const std::vector<Country>& countries,
                               const std::vector<Topic>& topics)
{
    auto& index = m_index;
    index.m_countryCodes = sortedIds(countries, &Country::code);
    index.m_topicIds = sortedIds(topics, &Topic::id);
    index.m_officialIds = sortedIds(officials, &Official::id);
    lookUpReferences(topics);
    std::vector<std::uint32_t> countryOfOfficial(officials.size(), kNone);
    for (const auto& person : officials)
        countryOfOfficial[*official(person.id)] = country(person.country).value_or(kNone);
    index.m_countryOfOfficial = Column(std::move(countryOfOfficial));
}

MeetingIndex::Builder::Builder(const MeetingIndex& like, const std::vector<Topic>& topics)
{
    auto& index = m_index;
    index.m_countryCodes = like.m_countryCodes;
    index.m_topicIds = like.m_topicIds;
    index.m_officialIds = like.m_officialIds;
    index.m_countryOfOfficial = like.m_countryOfOfficial;
    lookUpReferences(topics);
}

void MeetingIndex::Builder::lookUpReferences(const std::vector<Topic>& topics)
{
    m_countryAt = positionsOf(m_index.m_countryCodes);
    m_topicAt = positionsOf(m_index.m_topicIds);
    m_officialAt = positionsOf(m_index.m_officialIds);
    // Each topic and its ancestors; the step limit guards against a cycle.
    m_lineage.resize(m_index.m_topicIds.size());
    std::vector<std::optional<std::uint32_t>> parentOf(m_lineage.size());
    for (const auto& record : topics) {
        const auto position = topic(record.id);
        if (position && record.parent)
            parentOf[*position] = topic(*record.parent);
    }
    for (std::uint32_t position = 0; position < m_lineage.size(); ++position) {
        std::optional<std::uint32_t> at = position;
        for (std::size_t step = 0; at && step < m_lineage.size(); ++step, at = parentOf[*at])
            m_lineage[position].push_back(*at);
    }
}

std::optional<std::uint32_t> MeetingIndex::Builder::country(std::string_view code) const
{
    return positionIn(m_countryAt, code);
}

std::optional<std::uint32_t> MeetingIndex::Builder::official(std::string_view id) const
{
    return positionIn(m_officialAt, id);
}

std::optional<std::uint32_t> MeetingIndex::Builder::topic(std::string_view id) const
{
    return positionIn(m_topicAt, id);
}

void MeetingIndex::Builder::reserve(std::size_t meetings, std::size_t participants,
                                    std::size_t topics)
{
    const auto more = [meetings](auto& column) {
        column.reserve(column.size() + meetings);
    };
    more(m_keys);
    more(m_firstDay);
    more(m_lastDay);
    more(m_precision);
    more(m_kind);
    more(m_host);
    // A meeting's countries are at most its host's and one a participant.
    m_countries.reserve(meetings, meetings + participants);
    m_topics.reserve(meetings, topics);
    m_topicLineages.reserve(meetings, topics);
    m_officials.reserve(meetings, participants);
}

void MeetingIndex::Builder::add(Facets& meeting)
{
    m_keys.push_back(meeting.key);
    m_firstDay.push_back(meeting.firstDay);
    m_lastDay.push_back(meeting.lastDay);
    m_precision.push_back(meeting.precision);
    m_kind.push_back(meeting.kind);
    m_host.push_back(meeting.host.value_or(kNone));

    // Countries: the host's and every participant's.
    if (meeting.host)
        m_values.push_back(*meeting.host);
    for (const auto official : meeting.participants) {
        if (const auto country = m_index.m_countryOfOfficial[official]; country != kNone)
            m_values.push_back(country);
    }
    m_countries.add(m_values);

    for (const auto own : m_topics.add(meeting.topics))
        m_lineages.insert(m_lineages.end(), m_lineage[own].begin(), m_lineage[own].end());
    m_topicLineages.add(m_lineages);
    m_officials.add(meeting.participants);
}

MeetingIndex MeetingIndex::Builder::finish()
{
    auto& index = m_index;
    index.m_byKey =
        Column(positionsInOrder(m_keys.size(), [&](std::uint32_t left, std::uint32_t right) {
            return m_keys[left] < m_keys[right];
        }));
    index.m_keys = Column(std::move(m_keys));
    index.m_firstDay = Column(std::move(m_firstDay));
    index.m_lastDay = Column(std::move(m_lastDay));
    index.m_precision = Column(std::move(m_precision));
    index.m_kind = Column(std::move(m_kind));
    index.m_host = Column(std::move(m_host));
    index.m_countries = m_countries.finish();
    index.m_topics = m_topics.finish();
    index.m_topicLineages = m_topicLineages.finish();
    index.m_officials = m_officials.finish();
    return std::move(m_index);
}

void MeetingIndex::Builder::add(std::int64_t key, const Meeting& meeting)
{
    const auto kinds = meetingKinds();
    const Period period = meeting.period();
    auto& facets = m_scratch;
    facets.key = key;
    facets.firstDay = dayNumber(period.begin());
    facets.lastDay = dayNumber(period.last());
    facets.precision = meeting.precision;
    facets.kind = static_cast<std::uint8_t>(std::ranges::find(kinds, meeting.kind) - kinds.begin());
    facets.host = country(meeting.host);
    for (const auto& participant : meeting.participants) {
        if (const auto position = official(participant))
            facets.participants.push_back(*position);
    }
    for (const auto& id : meeting.topics) {
        if (const auto position = topic(id))
            facets.topics.push_back(*position);
    }
    add(facets);
}

MeetingIndex::MeetingIndex(const std::vector<std::int64_t>& keys, std::span<const Meeting> meetings,
                           const std::vector<Official>& officials,
                           const std::vector<Country>& countries, const std::vector<Topic>& topics)
{
    Builder builder(officials, countries, topics);
    for (std::size_t at = 0; at < meetings.size(); ++at)
        builder.add(keys[at], meetings[at]);
    *this = builder.finish();
}

} // namespace parley
