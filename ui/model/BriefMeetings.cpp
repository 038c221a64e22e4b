#include "ui/model/BriefMeetings.h"

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
    for (const auto& record : *block)
        m_order.push_back(&record);
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

BriefMeetings BriefMeetings::spliced(const Splice& splice, std::vector<Meeting> added) const
{
    BriefMeetings result;
    result.m_blocks = m_blocks;
    auto block = std::make_shared<const std::vector<Meeting>>(std::move(added));
    std::vector<const Meeting*> addedOrder;
    addedOrder.reserve(block->size());
    for (const auto& record : *block)
        addedOrder.push_back(&record);
    result.m_order = splice.applied(m_order, std::span<const Meeting* const>(addedOrder));
    result.m_blocks.push_back(std::move(block));
    return result;
}

} // namespace parley::ui
