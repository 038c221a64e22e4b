#include "ui/model/MeetingList.h"

#include <algorithm>

namespace parley::ui {

MeetingList::MeetingList(std::shared_ptr<const BriefMeetings> records)
    : m_records(std::move(records))
    , m_all(true)
    , m_size(m_records->size())
{
}

MeetingList::MeetingList(std::shared_ptr<const BriefMeetings> records,
                         std::vector<std::uint32_t> positions)
    : m_records(std::move(records))
    , m_positions(std::move(positions))
    , m_size(m_positions.size())
{
}

int MeetingList::rowOf(const std::string& id) const
{
    const auto position = m_records->positionOfId(id);
    if (!position)
        return -1;
    if (m_all)
        return static_cast<int>(*position);
    const auto found = std::ranges::lower_bound(m_positions, *position);
    if (found == m_positions.end() || *found != *position)
        return -1;
    return static_cast<int>(found - m_positions.begin());
}

} // namespace parley::ui
