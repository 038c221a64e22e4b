// A MeetingIndex patched after an edit: every column follows the same Splice,
// with block copies of the runs of meetings the edit did not touch.
#include "db/index/MeetingIndex.h"

#include "db/index/Splice.h"

#include <algorithm>

namespace parley {

MeetingIndex::Links MeetingIndex::Links::spliced(const Splice& splice, const Links& added) const
{
    const std::size_t before = offsets.size() - 1;
    std::vector<std::uint32_t> resultOffsets{0};
    std::vector<std::uint32_t> resultValues;
    resultOffsets.reserve(splice.sizeAfter(before) + 1);
    resultValues.reserve(values.size() + added.values.size());
    splice.forEachRun(
        before,
        [&](std::size_t first, std::size_t last) {
            // The run's values move as one block; their offsets move with it.
            const std::uint32_t from = offsets[first];
            const auto to = static_cast<std::uint32_t>(resultValues.size());
            resultValues.insert(resultValues.end(), values.begin() + from,
                                values.begin() + offsets[last]);
            for (std::size_t meeting = first + 1; meeting <= last; ++meeting)
                resultOffsets.push_back(offsets[meeting] - from + to);
        },
        [&](std::size_t k) {
            const auto own = added.of(k);
            resultValues.insert(resultValues.end(), own.begin(), own.end());
            resultOffsets.push_back(static_cast<std::uint32_t>(resultValues.size()));
        });
    return {Column(std::move(resultOffsets)), Column(std::move(resultValues))};
}

MeetingIndex MeetingIndex::spliced(const Splice& splice, const MeetingIndex& added) const
{
    MeetingIndex result;
    result.m_keys = Column(splice.applied(m_keys, added.m_keys.span()));
    result.m_firstDay = Column(splice.applied(m_firstDay, added.m_firstDay.span()));
    result.m_lastDay = Column(splice.applied(m_lastDay, added.m_lastDay.span()));
    result.m_precision = Column(splice.applied(m_precision, added.m_precision.span()));
    result.m_kind = Column(splice.applied(m_kind, added.m_kind.span()));
    result.m_host = Column(splice.applied(m_host, added.m_host.span()));
    result.m_countries = m_countries.spliced(splice, added.m_countries);
    result.m_topics = m_topics.spliced(splice, added.m_topics);
    result.m_topicLineages = m_topicLineages.spliced(splice, added.m_topicLineages);
    result.m_officials = m_officials.spliced(splice, added.m_officials);
    result.m_countryCodes = m_countryCodes;
    result.m_topicIds = m_topicIds;
    result.m_officialIds = m_officialIds;
    result.m_countryOfOfficial = m_countryOfOfficial;

    // The kept meetings' new positions, still in the order of their keys,
    // merged with the added ones by key.
    std::vector<std::uint32_t> movedTo(size(), kNone);
    std::uint32_t next = 0;
    splice.forEachRun(
        size(),
        [&](std::size_t first, std::size_t last) {
            for (std::size_t meeting = first; meeting < last; ++meeting)
                movedTo[meeting] = next++;
        },
        [&](std::size_t) { ++next; });
    std::vector<std::uint32_t> kept;
    kept.reserve(m_byKey.size());
    for (const auto position : m_byKey) {
        if (movedTo[position] != kNone)
            kept.push_back(movedTo[position]);
    }
    std::vector<std::uint32_t> come(splice.addedAt.begin(), splice.addedAt.end());
    const auto keyAt = [&](std::uint32_t position) {
        return result.m_keys[position];
    };
    std::ranges::sort(come, {}, keyAt);
    std::vector<std::uint32_t> byKey;
    byKey.reserve(kept.size() + come.size());
    std::ranges::merge(kept, come, std::back_inserter(byKey), {}, keyAt, keyAt);
    result.m_byKey = Column(std::move(byKey));
    return result;
}

} // namespace parley
