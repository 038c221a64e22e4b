#pragma once

#include "db/model/Records.h"
#include "ui/model/BriefMeetings.h"

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace parley::ui {

// The meetings a snapshot shows, in the order it shows them: a view of brief
// records that are held once per version of the database and shared by every
// snapshot, so a filter change picks records instead of reading and copying
// them again. Reads like a vector of meetings.
class MeetingList {
    struct RecordAt {
        const MeetingList* list = nullptr;
        const Meeting& operator()(std::size_t row) const { return (*list)[row]; }
    };

public:
    using const_iterator =
        boost::transform_iterator<RecordAt, boost::counting_iterator<std::size_t>>;

    MeetingList() = default;
    // Every record of RECORDS, which the list keeps alive: nothing is held
    // per meeting.
    explicit MeetingList(std::shared_ptr<const BriefMeetings> records);
    // Records of RECORDS, at these POSITIONS (ascending) among them.
    MeetingList(std::shared_ptr<const BriefMeetings> records, std::vector<std::uint32_t> positions);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const Meeting& operator[](std::size_t row) const { return (*m_records)[positionOf(row)]; }
    const Meeting& front() const { return (*this)[0]; }
    const Meeting& back() const { return (*this)[size() - 1]; }
    const_iterator begin() const
    {
        return {boost::counting_iterator<std::size_t>(0), RecordAt{this}};
    }
    const_iterator end() const
    {
        return {boost::counting_iterator<std::size_t>(m_size), RecordAt{this}};
    }

    // Where the row's record is among the records.
    std::size_t positionOf(std::size_t row) const { return m_all ? row : m_positions[row]; }
    // The row of the meeting with this id, or -1.
    int rowOf(const std::string& id) const;

private:
    std::shared_ptr<const BriefMeetings> m_records;
    std::vector<std::uint32_t> m_positions; // unless m_all
    bool m_all = false;
    std::size_t m_size = 0;
};

} // namespace parley::ui
