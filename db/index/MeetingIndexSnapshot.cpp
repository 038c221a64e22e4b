// A MeetingIndex written to and read back from a snapshot file
// (SnapshotFile.h), checked as it is read: a file that passed its checksum
// can still be of a broken program, and bad positions would read past the
// columns.
#include "db/index/MeetingIndex.h"

#include "db/index/SnapshotFile.h"
#include "db/model/Vocabulary.h"

#include <algorithm>

namespace parley {

namespace {

bool within(std::span<const std::uint32_t> values, std::size_t bound,
            std::uint32_t allowed = 0xFFFFFFFF)
{
    return std::ranges::all_of(
        values, [&](std::uint32_t value) { return value < bound || value == allowed; });
}

} // namespace

void MeetingIndex::save(SnapshotWriter& writer) const
{
    writer.vector(m_keys);
    writer.vector(m_byKey);
    writer.vector(m_firstDay);
    writer.vector(m_lastDay);
    writer.vector(m_precision);
    writer.vector(m_kind);
    writer.vector(m_host);
    for (const Links* links : {&m_countries, &m_topics, &m_topicLineages, &m_officials}) {
        writer.vector(links->offsets);
        writer.vector(links->values);
    }
    writer.strings(m_countryCodes);
    writer.strings(m_topicIds);
    writer.strings(m_officialIds);
    writer.vector(m_countryOfOfficial);
}

MeetingIndex::MeetingIndex(SnapshotReader& reader)
    : m_keys(reader.column<std::int64_t>())
    , m_byKey(reader.column<std::uint32_t>())
    , m_firstDay(reader.column<std::int32_t>())
    , m_lastDay(reader.column<std::int32_t>())
    , m_precision(reader.column<Precision>())
    , m_kind(reader.column<std::uint8_t>())
    , m_host(reader.column<std::uint32_t>())
{
    for (Links* links : {&m_countries, &m_topics, &m_topicLineages, &m_officials}) {
        links->offsets = reader.column<std::uint32_t>();
        links->values = reader.column<std::uint32_t>();
    }
    m_countryCodes = reader.strings();
    m_topicIds = reader.strings();
    m_officialIds = reader.strings();
    m_countryOfOfficial = reader.column<std::uint32_t>();

    const std::size_t n = m_keys.size();
    bool whole = m_byKey.size() == n && m_firstDay.size() == n && m_lastDay.size() == n &&
                 m_precision.size() == n && m_kind.size() == n && m_host.size() == n &&
                 within(m_byKey, n) && within(m_host, m_countryCodes.size(), kNone) &&
                 m_countryOfOfficial.size() == m_officialIds.size() &&
                 within(m_countryOfOfficial, m_countryCodes.size(), kNone) &&
                 std::ranges::all_of(
                     m_kind, [](std::uint8_t kind) { return kind <= meetingKinds().size(); }) &&
                 std::ranges::all_of(m_precision, [](Precision precision) {
                     return precision == Precision::Day || precision == Precision::Month ||
                            precision == Precision::Year;
                 });
    const std::pair<const Links*, std::size_t> bounds[] = {{&m_countries, m_countryCodes.size()},
                                                           {&m_topics, m_topicIds.size()},
                                                           {&m_topicLineages, m_topicIds.size()},
                                                           {&m_officials, m_officialIds.size()}};
    for (const auto& [links, bound] : bounds)
        whole = whole && links->offsets.size() == n + 1 && links->offsets.front() == 0 &&
                links->offsets.back() == links->values.size() &&
                std::ranges::is_sorted(links->offsets) && within(links->values, bound);
    if (!whole)
        reader.refuse("columns that do not fit together");
}

} // namespace parley
