#pragma once

#include "db/model/Records.h"

#include <boost/iterator/indirect_iterator.hpp>

#include <memory>
#include <string>
#include <vector>

namespace parley::ui {

// The meetings a snapshot shows, in the order it shows them: a view of brief
// records that are held once per version of the database and shared by every
// snapshot, so a filter change picks records instead of reading and copying
// them again. Reads like a vector of meetings.
class MeetingList {
public:
    using const_iterator = boost::indirect_iterator<std::vector<const Meeting*>::const_iterator>;

    MeetingList() = default;
    // Records of RECORDS, which the list keeps alive.
    MeetingList(std::shared_ptr<const std::vector<Meeting>> records,
                std::vector<const Meeting*> rows);

    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    const Meeting& operator[](std::size_t row) const { return *m_rows[row]; }
    const Meeting& front() const { return *m_rows.front(); }
    const Meeting& back() const { return *m_rows.back(); }
    const_iterator begin() const { return const_iterator(m_rows.begin()); }
    const_iterator end() const { return const_iterator(m_rows.end()); }

    // Where the row's record is among the records.
    std::size_t positionOf(std::size_t row) const
    {
        return static_cast<std::size_t>(m_rows[row] - m_records->data());
    }
    // The row of the meeting with this id, or -1.
    int rowOf(const std::string& id) const;

private:
    std::shared_ptr<const std::vector<Meeting>> m_records;
    std::vector<const Meeting*> m_rows;
};

} // namespace parley::ui
