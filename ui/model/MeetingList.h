#pragma once

#include "db/model/Records.h"
#include "ui/model/BriefMeetings.h"

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
        const BriefMeetings* records = nullptr;
        const Meeting& operator()(std::uint32_t position) const { return (*records)[position]; }
    };

public:
    using const_iterator =
        boost::transform_iterator<RecordAt, std::vector<std::uint32_t>::const_iterator>;

    MeetingList() = default;
    // Records of RECORDS, at these POSITIONS (ascending) among them; the list
    // keeps them alive.
    MeetingList(std::shared_ptr<const BriefMeetings> records, std::vector<std::uint32_t> positions);

    std::size_t size() const { return m_positions.size(); }
    bool empty() const { return m_positions.empty(); }
    const Meeting& operator[](std::size_t row) const { return (*m_records)[m_positions[row]]; }
    const Meeting& front() const { return (*this)[0]; }
    const Meeting& back() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return {m_positions.begin(), RecordAt{m_records.get()}}; }
    const_iterator end() const { return {m_positions.end(), RecordAt{m_records.get()}}; }

    // Where the row's record is among the records.
    std::size_t positionOf(std::size_t row) const { return m_positions[row]; }
    // The row of the meeting with this id, or -1.
    int rowOf(const std::string& id) const;

private:
    std::shared_ptr<const BriefMeetings> m_records;
    std::vector<std::uint32_t> m_positions;
};

} // namespace parley::ui
