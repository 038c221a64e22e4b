#include "db/index/MeetingTexts.h"

#include "db/index/SnapshotFile.h"

#include <algorithm>
#include <numeric>

namespace parley {

MeetingTexts::MeetingTexts(SnapshotReader& reader)
    : m_text(reader.text())
    , m_starts(reader.vector<std::uint32_t>())
    , m_hasLocation(reader.vector<std::uint8_t>())
    , m_byId(reader.vector<std::uint32_t>())
{
    const bool whole = m_starts.size() == 3 * m_hasLocation.size() + 1 &&
                       m_byId.size() == m_hasLocation.size() && m_starts.front() == 0 &&
                       m_starts.back() == m_text.size() && std::ranges::is_sorted(m_starts) &&
                       std::ranges::all_of(m_byId, [&](std::uint32_t at) { return at < size(); });
    if (!whole)
        reader.refuse("meeting texts that do not fit together");
}

void MeetingTexts::save(SnapshotWriter& writer) const
{
    writer.text(m_text);
    writer.vector(m_starts);
    writer.vector(m_hasLocation);
    writer.vector(m_byId);
}

void MeetingTexts::add(std::string_view id, std::string_view title,
                       std::optional<std::string_view> location)
{
    for (const auto text : {id, title, location.value_or(std::string_view())}) {
        m_text += text;
        m_starts.push_back(static_cast<std::uint32_t>(m_text.size()));
    }
    m_hasLocation.push_back(location ? 1 : 0);
}

void MeetingTexts::finish()
{
    m_byId.resize(size());
    std::iota(m_byId.begin(), m_byId.end(), 0U);
    std::ranges::sort(m_byId, {}, [this](std::uint32_t at) { return id(at); });
}

std::string_view MeetingTexts::field(std::size_t meeting, std::size_t which) const
{
    const auto at = 3 * meeting + which;
    return std::string_view(m_text).substr(m_starts[at], m_starts[at + 1] - m_starts[at]);
}

std::optional<std::string_view> MeetingTexts::location(std::size_t meeting) const
{
    if (!m_hasLocation[meeting])
        return std::nullopt;
    return field(meeting, 2);
}

std::optional<std::size_t> MeetingTexts::find(std::string_view wanted) const
{
    const auto found =
        std::ranges::lower_bound(m_byId, wanted, {}, [this](std::uint32_t at) { return id(at); });
    if (found == m_byId.end() || id(*found) != wanted)
        return std::nullopt;
    return *found;
}

} // namespace parley
