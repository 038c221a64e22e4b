#include "db/index/MeetingTexts.h"

#include "db/index/PositionsInOrder.h"
#include "db/index/SnapshotFile.h"

#include <algorithm>

namespace parley {

MeetingTexts::Joined::Joined(SnapshotReader& reader)
    : text(reader.text())
    , starts(reader.column<std::uint32_t>())
{
}

MeetingTexts::Joined::Joined(Column<char> joinedText, Column<std::uint32_t> joinedStarts)
    : text(std::move(joinedText))
    , starts(std::move(joinedStarts))
{
}

void MeetingTexts::Joined::save(SnapshotWriter& writer) const
{
    writer.vector(text);
    writer.vector(starts);
}

bool MeetingTexts::Joined::fits(std::size_t meetings) const
{
    return starts.size() == meetings + 1 && starts.front() == 0 && starts.back() == text.size() &&
           std::ranges::is_sorted(starts);
}

std::string_view MeetingTexts::Joined::of(std::size_t meeting) const
{
    return textOf(text).substr(starts[meeting], starts[meeting + 1] - starts[meeting]);
}

MeetingTexts::MeetingTexts(SnapshotReader& reader)
    : m_ids(reader)
    , m_titles(reader)
    , m_locations(reader)
    , m_hasLocation(reader.column<std::uint8_t>())
    , m_byId(reader.column<std::uint32_t>())
{
    const bool whole = m_ids.fits(size()) && m_titles.fits(size()) && m_locations.fits(size()) &&
                       m_byId.size() == size() &&
                       std::ranges::all_of(m_byId, [&](std::uint32_t at) { return at < size(); });
    if (!whole)
        reader.refuse("meeting texts that do not fit together");
}

void MeetingTexts::save(SnapshotWriter& writer) const
{
    m_ids.save(writer);
    m_titles.save(writer);
    m_locations.save(writer);
    writer.vector(m_hasLocation);
    writer.vector(m_byId);
}

std::optional<std::string_view> MeetingTexts::location(std::size_t meeting) const
{
    if (!m_hasLocation[meeting])
        return std::nullopt;
    return m_locations.of(meeting);
}

std::optional<std::size_t> MeetingTexts::find(std::string_view wanted) const
{
    const auto found =
        std::ranges::lower_bound(m_byId, wanted, {}, [this](std::uint32_t at) { return id(at); });
    if (found == m_byId.end() || id(*found) != wanted)
        return std::nullopt;
    return *found;
}

void MeetingTexts::Builder::Growing::add(std::string_view more)
{
    text.insert(text.end(), more.begin(), more.end());
    starts.push_back(static_cast<std::uint32_t>(text.size()));
}

std::string_view MeetingTexts::Builder::Growing::of(std::size_t at) const
{
    return {text.data() + starts[at], starts[at + 1] - starts[at]};
}

void MeetingTexts::Builder::Growing::reserveLike(const Growing& other)
{
    text.reserve(other.text.size());
    starts.reserve(other.starts.size());
}

MeetingTexts::Joined MeetingTexts::Builder::Growing::finish()
{
    return {Column(std::move(text)), Column(std::move(starts))};
}

void MeetingTexts::Builder::add(std::string_view id, std::string_view title,
                                std::optional<std::string_view> location)
{
    m_ids.add(id);
    m_titles.add(title);
    m_locations.add(location.value_or(std::string_view()));
    m_hasLocation.push_back(location ? 1 : 0);
}

void MeetingTexts::Builder::reserve(std::size_t meetings)
{
    for (auto* texts : {&m_ids, &m_titles, &m_locations})
        texts->starts.reserve(texts->starts.size() + meetings);
    m_hasLocation.reserve(m_hasLocation.size() + meetings);
}

MeetingTexts MeetingTexts::Builder::finish()
{
    MeetingTexts texts;
    texts.m_ids = m_ids.finish();
    texts.m_titles = m_titles.finish();
    texts.m_locations = m_locations.finish();
    texts.m_hasLocation = Column(std::move(m_hasLocation));
    texts.m_byId =
        Column(positionsInOrder(texts.size(), [&](std::uint32_t left, std::uint32_t right) {
            return texts.id(left) < texts.id(right);
        }));
    return texts;
}

MeetingTexts MeetingTexts::Builder::finish(std::span<const std::uint32_t> order) &&
{
    if (leavesAsTheyAre(order))
        return finish();
    Builder ordered;
    ordered.m_ids.reserveLike(m_ids);
    ordered.m_titles.reserveLike(m_titles);
    ordered.m_locations.reserveLike(m_locations);
    ordered.m_hasLocation.reserve(m_hasLocation.size());
    for (const auto at : order) {
        const auto location = m_hasLocation[at] ? std::optional(m_locations.of(at)) : std::nullopt;
        ordered.add(m_ids.of(at), m_titles.of(at), location);
    }
    return ordered.finish();
}

} // namespace parley
