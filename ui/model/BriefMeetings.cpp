#include "ui/model/BriefMeetings.h"

#include "db/analysis/RecordHash.h"

#include <algorithm>
#include <tuple>

namespace parley::ui {

namespace {

// Date order, as the store gives meetings: by start, then id.
bool before(const Meeting* a, const Meeting& b)
{
    return std::tie(a->start, a->id) < std::tie(b.start, b.id);
}

} // namespace

BriefMeetings::BriefMeetings(std::vector<Meeting> records)
{
    auto block = std::make_shared<const std::vector<Meeting>>(std::move(records));
    m_order.reserve(block->size());
    m_idHashes.reserve(block->size());
    for (const auto& record : *block) {
        m_order.push_back(&record);
        m_idHashes.push_back(idHash(record.id));
    }
    m_blocks.push_back(std::move(block));
}

std::size_t BriefMeetings::placeFor(const Meeting& meeting) const
{
    return static_cast<std::size_t>(
        std::lower_bound(m_order.begin(), m_order.end(), meeting, before) - m_order.begin());
}

std::optional<std::size_t> BriefMeetings::positionOf(const Meeting& meeting) const
{
    const std::size_t at = placeFor(meeting);
    if (at == m_order.size() || m_order[at]->id != meeting.id ||
        m_order[at]->start != meeting.start)
        return std::nullopt;
    return at;
}

std::optional<std::size_t> BriefMeetings::positionOfId(std::string_view id) const
{
    const std::uint64_t wanted = idHash(id);
    for (std::size_t at = 0; at < m_idHashes.size(); ++at) {
        if (m_idHashes[at] == wanted && m_order[at]->id == id)
            return at;
    }
    return std::nullopt;
}

BriefMeetings BriefMeetings::spliced(const Splice& splice, std::vector<Meeting> added) const
{
    BriefMeetings result;
    result.m_blocks = m_blocks;
    auto block = std::make_shared<const std::vector<Meeting>>(std::move(added));
    std::vector<const Meeting*> addedOrder;
    std::vector<std::uint64_t> addedHashes;
    addedOrder.reserve(block->size());
    addedHashes.reserve(block->size());
    for (const auto& record : *block) {
        addedOrder.push_back(&record);
        addedHashes.push_back(idHash(record.id));
    }
    result.m_order = splice.applied(m_order, std::span<const Meeting* const>(addedOrder));
    result.m_idHashes = splice.applied(m_idHashes, std::span<const std::uint64_t>(addedHashes));
    result.m_blocks.push_back(std::move(block));
    return result;
}

} // namespace parley::ui
