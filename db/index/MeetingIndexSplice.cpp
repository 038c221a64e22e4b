// A MeetingIndex patched after an edit: every column follows the same Splice,
// with block copies of the runs of meetings the edit did not touch.
#include "db/index/MeetingIndex.h"

#include "db/index/Splice.h"

#include <algorithm>

namespace parley {

MeetingIndex::Links MeetingIndex::Links::spliced(const Splice& splice, const Links& added) const
{
    const std::size_t before = offsets.size() - 1;
    Links result;
    result.offsets.reserve(splice.sizeAfter(before) + 1);
    result.values.reserve(values.size() + added.values.size());
    splice.forEachRun(
        before,
        [&](std::size_t first, std::size_t last) {
            // The run's values move as one block; their offsets move with it.
            const std::uint32_t from = offsets[first];
            const auto to = static_cast<std::uint32_t>(result.values.size());
            result.values.insert(result.values.end(), values.begin() + from,
                                 values.begin() + offsets[last]);
            for (std::size_t meeting = first + 1; meeting <= last; ++meeting)
                result.offsets.push_back(offsets[meeting] - from + to);
        },
        [&](std::size_t k) {
            const auto own = added.of(k);
            result.values.insert(result.values.end(), own.begin(), own.end());
            result.offsets.push_back(static_cast<std::uint32_t>(result.values.size()));
        });
    return result;
}

MeetingIndex MeetingIndex::spliced(const Splice& splice, const MeetingIndex& added) const
{
    MeetingIndex result;
    result.m_keys = splice.applied(m_keys, std::span<const std::int64_t>(added.m_keys));
    result.m_firstDay = splice.applied(m_firstDay, std::span<const std::int32_t>(added.m_firstDay));
    result.m_lastDay = splice.applied(m_lastDay, std::span<const std::int32_t>(added.m_lastDay));
    result.m_precision = splice.applied(m_precision, std::span<const Precision>(added.m_precision));
    result.m_kind = splice.applied(m_kind, std::span<const std::uint8_t>(added.m_kind));
    result.m_host = splice.applied(m_host, std::span<const std::uint32_t>(added.m_host));
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
    result.m_byKey.reserve(kept.size() + come.size());
    std::ranges::merge(kept, come, std::back_inserter(result.m_byKey), {}, keyAt, keyAt);
    return result;
}

} // namespace parley
