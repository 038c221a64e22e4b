#include "ui/model/MeetingList.h"

#include <algorithm>

namespace parley::ui {

MeetingList::MeetingList(std::shared_ptr<const std::vector<Meeting>> records,
                         std::vector<const Meeting*> rows)
    : m_records(std::move(records))
    , m_rows(std::move(rows))
{
}

int MeetingList::rowOf(const std::string& id) const
{
    const auto it = std::ranges::find(m_rows, id, &Meeting::id);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

} // namespace parley::ui
