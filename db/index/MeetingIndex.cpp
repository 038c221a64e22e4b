#include "db/index/MeetingIndex.h"

#include "db/index/InParts.h"

#include "db/model/Vocabulary.h"
#include "db/store/Store.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace parley {

namespace {

// The values of a facet the filter chose, as flags by index (bytes, not
// bits: they are read for every link of every meeting); null when the facet
// does not restrict. Ids the index lacks match nothing.
using Chosen = std::optional<std::vector<std::uint8_t>>;

Chosen chosen(const Filter::Ids& ids, const std::vector<std::string>& sorted)
{
    if (ids.empty())
        return std::nullopt;
    std::vector<std::uint8_t> flags(sorted.size(), 0);
    for (const auto& id : ids) {
        const auto found = std::ranges::lower_bound(sorted, id);
        if (found != sorted.end() && *found == id)
            flags[static_cast<std::size_t>(found - sorted.begin())] = 1;
    }
    return flags;
}

// Whether a value of MEETING's LINKS is chosen; the links are read only
// when the facet restricts. Every link is looked at, without a branch per
// link: which of them is chosen is what a branch cannot predict.
template <typename Links>
bool anyChosen(const Chosen& chosen, const Links& links, std::size_t meeting)
{
    if (!chosen)
        return true;
    std::uint8_t any = 0;
    for (const auto value : links.of(meeting))
        any |= (*chosen)[value];
    return any != 0;
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
    return of(meeting, meeting + 1);
}

std::span<const std::uint32_t> MeetingIndex::Links::of(std::size_t first, std::size_t last) const
{
    return values.span().subspan(offsets[first], offsets[last] - offsets[first]);
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

std::optional<std::uint32_t> MeetingIndex::host(std::size_t meeting) const
{
    const auto host = m_host[meeting];
    return host == kNone ? std::nullopt : std::optional(host);
}

std::optional<std::uint32_t> MeetingIndex::countryOfOfficial(std::uint32_t official) const
{
    const auto country = m_countryOfOfficial[official];
    return country == kNone ? std::nullopt : std::optional(country);
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
                                          const std::optional<std::vector<bool>>& text,
                                          std::optional<std::size_t> partsWanted) const
{
    const auto from = filter.from() ? std::optional(dayNumber(*filter.from())) : std::nullopt;
    const auto to = filter.to() ? std::optional(dayNumber(*filter.to())) : std::nullopt;
    const Chosen countries = chosen(filter.countries(), m_countryCodes);
    const Chosen topics = chosen(filter.topics(), m_topicIds);
    const Chosen officials = chosen(filter.officials(), m_officialIds);
    // A chosen kind that is no meeting's (a measure kind) matches no meeting;
    // the flag past the list's end is for kinds outside it, which the schema bars.
    const auto kinds = meetingKinds();
    std::vector<std::uint8_t> kindChosen(kinds.size() + 1, filter.kinds().empty() ? 1 : 0);
    for (std::size_t kind = 0; kind < kinds.size(); ++kind) {
        if (filter.kinds().contains(std::string(kinds[kind])))
            kindChosen[kind] = 1;
    }

    // Each list counts what choosing one of its values would give. A list
    // whose facet is all the filter chooses, or any list with no filter,
    // counts every meeting's values: a count of the links' values rather
    // than of each meeting's (a third of the time an edit took at a million
    // meetings).
    const bool restricts = from || to || !filter.kinds().empty() || text || officials;
    const bool countriesOfAll = !restricts && !topics;
    const bool topicsOfAll = !restricts && !countries;
    const bool everyMeeting = filter.isEmpty();
    // In parts, one per core, each with counts and matches of its own. The
    // matches are positions, as the snapshot keeps them (walking flags for
    // them took 40 ms at ten million meetings), written in place and kept
    // when the meeting matches, without a branch; the room for every meeting
    // of a part is touched only as far as its matches go.
    const std::size_t parts = std::max<std::size_t>(partsWanted.value_or(partsFor(size())), 1);
    std::vector<std::vector<int>> countryParts(parts, std::vector<int>(m_countryCodes.size(), 0));
    std::vector<std::vector<int>> topicParts(parts, std::vector<int>(m_topicIds.size(), 0));
    std::vector<std::unique_ptr<std::uint32_t[]>> matchParts(parts);
    std::vector<std::size_t> matchedParts(parts, 0);
    inParts(parts, [&](std::size_t part) {
        auto& partCountries = countryParts[part];
        auto& partTopics = topicParts[part];
        const std::size_t first = partStart(size(), part, parts);
        const std::size_t last = partStart(size(), part + 1, parts);
        if (countriesOfAll)
            countEach(m_countries.of(first, last), partCountries);
        if (topicsOfAll)
            countEach(m_topicLineages.of(first, last), partTopics);
        if (everyMeeting)
            return;
        auto& matches = matchParts[part];
        matches = std::make_unique_for_overwrite<std::uint32_t[]>(last - first);
        std::size_t matched = 0;
        for (std::size_t meeting = first; meeting < last; ++meeting) {
            if ((to && m_firstDay[meeting] > *to) || (from && m_lastDay[meeting] < *from) ||
                kindChosen[m_kind[meeting]] == 0 || (text && !(*text)[meeting]) ||
                !anyChosen(officials, m_officials, meeting))
                continue;
            const bool countryMatches = anyChosen(countries, m_countries, meeting);
            const bool topicMatches = anyChosen(topics, m_topicLineages, meeting);
            matches[matched] = static_cast<std::uint32_t>(meeting);
            matched += countryMatches && topicMatches ? 1 : 0;
            if (topicMatches && !countriesOfAll)
                countEach(m_countries.of(meeting), partCountries);
            if (countryMatches && !topicsOfAll)
                countEach(m_topicLineages.of(meeting), partTopics);
        }
        matchedParts[part] = matched;
    });

    Answer answer;
    if (!everyMeeting) {
        auto& matching = answer.matching.emplace();
        matching.reserve(std::reduce(matchedParts.begin(), matchedParts.end()));
        for (std::size_t part = 0; part < parts; ++part)
            matching.insert(matching.end(), matchParts[part].get(),
                            matchParts[part].get() + matchedParts[part]);
    }
    std::vector<int> perCountry(m_countryCodes.size(), 0);
    std::vector<int> perTopic(m_topicIds.size(), 0);
    for (std::size_t part = 0; part < parts; ++part) {
        std::ranges::transform(perCountry, countryParts[part], perCountry.begin(), std::plus<>());
        std::ranges::transform(perTopic, topicParts[part], perTopic.begin(), std::plus<>());
    }
    answer.countryCounts = listed(perCountry, m_countryCodes);
    answer.topicCounts = listed(perTopic, m_topicIds);
    return answer;
}

} // namespace parley
