#include "db/index/MeetingIndex.h"

#include "db/model/Vocabulary.h"
#include "db/store/Store.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace parley {

namespace {

using Positions = std::unordered_map<std::string_view, std::uint32_t>;

// Sorted ids, and where each one is among them.
template <typename Record, typename Id>
std::vector<std::string> sortedIds(const std::vector<Record>& records, Id id, Positions& positions)
{
    std::vector<std::string> ids;
    ids.reserve(records.size());
    for (const auto& record : records)
        ids.push_back(record.*id);
    std::ranges::sort(ids);
    for (std::uint32_t at = 0; at < ids.size(); ++at)
        positions.emplace(ids[at], at);
    return ids;
}

std::optional<std::uint32_t> positionOf(const Positions& positions, std::string_view id)
{
    const auto found = positions.find(id);
    if (found == positions.end())
        return std::nullopt;
    return found->second;
}

std::int32_t dayNumber(Date day) { return static_cast<std::int32_t>(day.day_number()); }

// The values of a facet the filter chose, as flags by index; null when the
// facet does not restrict. Ids the index lacks match nothing.
using Chosen = std::optional<std::vector<bool>>;

Chosen chosen(const Filter::Ids& ids, const std::vector<std::string>& sorted)
{
    if (ids.empty())
        return std::nullopt;
    std::vector<bool> flags(sorted.size(), false);
    for (const auto& id : ids) {
        const auto found = std::ranges::lower_bound(sorted, id);
        if (found != sorted.end() && *found == id)
            flags[static_cast<std::size_t>(found - sorted.begin())] = true;
    }
    return flags;
}

bool anyChosen(const Chosen& chosen, std::span<const std::uint32_t> values)
{
    return !chosen ||
           std::ranges::any_of(values, [&](std::uint32_t value) { return (*chosen)[value]; });
}

void countEach(std::span<const std::uint32_t> values, std::vector<int>& counts)
{
    for (const auto value : values)
        ++counts[value];
}

std::vector<Count> listed(const std::vector<int>& counts, const std::vector<std::string>& ids)
{
    std::vector<Count> result;
    for (std::size_t at = 0; at < counts.size(); ++at) {
        if (counts[at] > 0)
            result.push_back({ids[at], counts[at]});
    }
    return result;
}

} // namespace

std::span<const std::uint32_t> MeetingIndex::Links::of(std::size_t meeting) const
{
    return std::span(values).subspan(offsets[meeting], offsets[meeting + 1] - offsets[meeting]);
}

std::span<const std::uint32_t> MeetingIndex::Links::add(std::vector<std::uint32_t>& meetingValues)
{
    std::ranges::sort(meetingValues);
    meetingValues.erase(std::unique(meetingValues.begin(), meetingValues.end()),
                        meetingValues.end());
    values.insert(values.end(), meetingValues.begin(), meetingValues.end());
    offsets.push_back(static_cast<std::uint32_t>(values.size()));
    meetingValues.clear();
    return of(offsets.size() - 2);
}

std::span<const std::uint32_t> MeetingIndex::countriesOf(std::size_t meeting) const
{
    return m_countries.of(meeting);
}

std::span<const std::uint32_t> MeetingIndex::officialsOf(std::size_t meeting) const
{
    return m_officials.of(meeting);
}

std::span<const std::uint32_t> MeetingIndex::topicsOf(std::size_t meeting) const
{
    return m_topics.of(meeting);
}

MeetingIndex::MeetingIndex(const std::vector<std::int64_t>& keys, std::span<const Meeting> meetings,
                           const std::vector<Official>& officials,
                           const std::vector<Country>& countries, const std::vector<Topic>& topics)
    : m_keys(keys)
    , m_byKey(keys.size())
{
    std::iota(m_byKey.begin(), m_byKey.end(), 0U);
    std::ranges::sort(m_byKey, {}, [&](std::uint32_t at) { return m_keys[at]; });
    Positions countryAt, topicAt, officialAt;
    m_countryCodes = sortedIds(countries, &Country::code, countryAt);
    m_topicIds = sortedIds(topics, &Topic::id, topicAt);
    m_officialIds = sortedIds(officials, &Official::id, officialAt);

    m_countryOfOfficial.resize(officials.size());
    for (const auto& official : officials)
        m_countryOfOfficial[*positionOf(officialAt, official.id)] =
            positionOf(countryAt, official.country);
    // Each topic and its ancestors; the step limit guards against a cycle.
    std::vector<std::vector<std::uint32_t>> lineage(topics.size());
    std::vector<std::optional<std::uint32_t>> parentOf(topics.size());
    for (const auto& topic : topics) {
        if (topic.parent)
            parentOf[*positionOf(topicAt, topic.id)] = positionOf(topicAt, *topic.parent);
    }
    for (std::uint32_t topic = 0; topic < topics.size(); ++topic) {
        std::optional<std::uint32_t> at = topic;
        for (std::size_t step = 0; at && step < topics.size(); ++step, at = parentOf[*at])
            lineage[topic].push_back(*at);
    }

    const auto kinds = meetingKinds();
    m_firstDay.reserve(meetings.size());
    m_lastDay.reserve(meetings.size());
    m_precision.reserve(meetings.size());
    m_kind.reserve(meetings.size());
    std::vector<std::uint32_t> values, lineages;
    for (const Meeting& meeting : meetings) {
        const Period period = meeting.period();
        m_firstDay.push_back(dayNumber(period.begin()));
        m_lastDay.push_back(dayNumber(period.last()));
        m_precision.push_back(meeting.precision);
        m_kind.push_back(
            static_cast<std::uint8_t>(std::ranges::find(kinds, meeting.kind) - kinds.begin()));

        if (const auto host = positionOf(countryAt, meeting.host))
            values.push_back(*host);
        for (const auto& participant : meeting.participants) {
            if (const auto official = positionOf(officialAt, participant)) {
                if (const auto country = m_countryOfOfficial[*official])
                    values.push_back(*country);
            }
        }
        m_countries.add(values);

        for (const auto& topic : meeting.topics) {
            if (const auto at = positionOf(topicAt, topic))
                values.push_back(*at);
        }
        for (const auto own : m_topics.add(values))
            lineages.insert(lineages.end(), lineage[own].begin(), lineage[own].end());
        m_topicLineages.add(lineages);

        for (const auto& participant : meeting.participants) {
            if (const auto official = positionOf(officialAt, participant))
                values.push_back(*official);
        }
        m_officials.add(values);
    }
}

std::vector<std::size_t> MeetingIndex::meetingsOf(const std::string& officialId) const
{
    std::vector<std::size_t> positions;
    const auto found = std::ranges::lower_bound(m_officialIds, officialId);
    if (found == m_officialIds.end() || *found != officialId)
        return positions;
    const auto official = static_cast<std::uint32_t>(found - m_officialIds.begin());
    // One straight pass over every meeting's participants; the offsets then
    // say whose each match is.
    const auto& values = m_officials.values;
    for (auto at = std::ranges::find(values, official); at != values.end();
         at = std::find(at + 1, values.end(), official)) {
        const auto index = static_cast<std::uint32_t>(at - values.begin());
        const auto next = std::ranges::upper_bound(m_officials.offsets, index);
        positions.push_back(static_cast<std::size_t>(next - m_officials.offsets.begin()) - 1);
    }
    return positions;
}

std::optional<std::vector<bool>> MeetingIndex::textMatches(const Store& store,
                                                           const Filter& filter) const
{
    if (!filter.hasText())
        return std::nullopt;
    Filter text;
    text.setText(filter.text());
    std::vector<bool> matches(size(), false);
    // Both by key: one walk marks every match (a key the index lacks, of a
    // meeting added since, is left for the index built after it).
    const auto keyAt = [&](std::uint32_t at) {
        return m_keys[at];
    };
    auto at = m_byKey.begin();
    for (const auto key : store.meetingKeys(text)) {
        at = std::ranges::lower_bound(at, m_byKey.end(), key, {}, keyAt);
        if (at != m_byKey.end() && keyAt(*at) == key)
            matches[*at] = true;
    }
    return matches;
}

MeetingIndex::Answer MeetingIndex::answer(const Filter& filter,
                                          const std::optional<std::vector<bool>>& text) const
{
    const auto from = filter.from() ? std::optional(dayNumber(*filter.from())) : std::nullopt;
    const auto to = filter.to() ? std::optional(dayNumber(*filter.to())) : std::nullopt;
    const Chosen countries = chosen(filter.countries(), m_countryCodes);
    const Chosen topics = chosen(filter.topics(), m_topicIds);
    const Chosen officials = chosen(filter.officials(), m_officialIds);
    // A chosen kind that is no meeting's (a measure kind) matches no meeting;
    // the flag past the list's end is for kinds outside it, which the schema bars.
    const auto kinds = meetingKinds();
    std::vector<bool> kindChosen(kinds.size() + 1, filter.kinds().empty());
    for (std::size_t kind = 0; kind < kinds.size(); ++kind) {
        if (filter.kinds().contains(std::string(kinds[kind])))
            kindChosen[kind] = true;
    }

    Answer answer;
    answer.matching.assign(size(), false);
    std::vector<int> perCountry(m_countryCodes.size(), 0);
    std::vector<int> perTopic(m_topicIds.size(), 0);
    for (std::size_t meeting = 0; meeting < size(); ++meeting) {
        if ((to && m_firstDay[meeting] > *to) || (from && m_lastDay[meeting] < *from) ||
            !kindChosen[m_kind[meeting]] || (text && !(*text)[meeting]) ||
            !anyChosen(officials, m_officials.of(meeting)))
            continue;
        const bool countryMatches = anyChosen(countries, m_countries.of(meeting));
        const bool topicMatches = anyChosen(topics, m_topicLineages.of(meeting));
        answer.matching[meeting] = countryMatches && topicMatches;
        // Each list counts what choosing one of its values would give.
        if (topicMatches)
            countEach(m_countries.of(meeting), perCountry);
        if (countryMatches)
            countEach(m_topicLineages.of(meeting), perTopic);
    }
    answer.countryCounts = listed(perCountry, m_countryCodes);
    answer.topicCounts = listed(perTopic, m_topicIds);
    return answer;
}

} // namespace parley
