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

void MeetingTexts::Joined::save(SnapshotWriter& writer, const Column<std::uint32_t>& rows) const
{
    std::vector<std::uint32_t> startsInOrder;
    startsInOrder.reserve(rows.size() + 1);
    startsInOrder.push_back(0);
    for (const auto row : rows)
        startsInOrder.push_back(startsInOrder.back() + starts[row + 1] - starts[row]);
    writer.sectionInPieces(text.size(), [&](const SnapshotWriter::Pieces& write) {
        for (const auto row : rows)
            write(of(row));
    });
    writer.vector(startsInOrder);
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
    // A snapshot holds the texts in order, so that the next start maps them
    // as they are.
    if (m_rowOf.empty()) {
        for (const auto* texts : {&m_ids, &m_titles, &m_locations})
            texts->save(writer);
        writer.vector(m_hasLocation);
    } else {
        for (const auto* texts : {&m_ids, &m_titles, &m_locations})
            texts->save(writer, m_rowOf);
        std::vector<std::uint8_t> hasLocation;
        hasLocation.reserve(size());
        for (const auto row : m_rowOf)
            hasLocation.push_back(m_hasLocation[row]);
        writer.vector(hasLocation);
    }
    writer.vector(m_byId);
}

std::optional<std::string_view> MeetingTexts::location(std::size_t meeting) const
{
    const auto row = rowOf(meeting);
    if (!m_hasLocation[row])
        return std::nullopt;
    return m_locations.of(row);
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

MeetingTexts MeetingTexts::Builder::finish() { return finishWith({}); }

MeetingTexts MeetingTexts::Builder::finish(std::span<const std::uint32_t> order)
{
    if (leavesAsTheyAre(order))
        return finishWith({});
    return finishWith(Column(std::vector(order.begin(), order.end())));
}

MeetingTexts MeetingTexts::Builder::finishWith(Column<std::uint32_t> rowOf)
{
    MeetingTexts texts;
    texts.m_ids = m_ids.finish();
    texts.m_titles = m_titles.finish();
    texts.m_locations = m_locations.finish();
    texts.m_hasLocation = Column(std::move(m_hasLocation));
    texts.m_rowOf = std::move(rowOf);
    texts.m_byId =
        Column(positionsInOrder(texts.size(), [&](std::uint32_t left, std::uint32_t right) {
            return texts.id(left) < texts.id(right);
        }));
    return texts;
}

} // namespace parley
