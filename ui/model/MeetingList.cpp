#include "ui/model/MeetingList.h"

#include "db/analysis/RecordHash.h"

namespace parley::ui {

MeetingList::MeetingList(std::shared_ptr<const BriefMeetings> records,
                         std::vector<std::uint32_t> positions)
    : m_records(std::move(records))
    , m_positions(std::move(positions))
{
}

int MeetingList::rowOf(const std::string& id) const
{
    const std::uint64_t wanted = idHash(id);
    for (std::size_t row = 0; row < size(); ++row) {
        if (m_records->idHashAt(m_positions[row]) == wanted && (*this)[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

} // namespace parley::ui
