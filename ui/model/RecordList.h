#pragma once

#include "db/model/Records.h"
#include "ui/model/BriefMeetings.h"

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace parley::ui {

// The records a snapshot shows, in the order it shows them: a view of
// records that are held once per version of the database and shared by
// every snapshot, so a filter change picks records instead of reading and
// copying them again. Reads like a vector of records.
template <typename Records> class RecordList {
public:
    using Record = std::remove_cvref_t<decltype(std::declval<const Records&>()[0])>;

private:
    struct RecordAt {
        const RecordList* list = nullptr;
        const Record& operator()(std::size_t row) const { return (*list)[row]; }
    };

public:
    using const_iterator =
        boost::transform_iterator<RecordAt, boost::counting_iterator<std::size_t>>;

    RecordList() = default;
    // Every record of RECORDS, which the list keeps alive: nothing is held
    // per record.
    explicit RecordList(std::shared_ptr<const Records> records)
        : m_records(std::move(records))
        , m_all(true)
        , m_size(m_records->size())
    {
    }
    // Records of RECORDS, at these POSITIONS (ascending) among them.
    RecordList(std::shared_ptr<const Records> records, std::vector<std::uint32_t> positions)
        : m_records(std::move(records))
        , m_positions(std::move(positions))
        , m_size(m_positions.size())
    {
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const Record& operator[](std::size_t row) const { return (*m_records)[positionOf(row)]; }
    const Record& front() const { return (*this)[0]; }
    const Record& back() const { return (*this)[size() - 1]; }
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
    // The row of the record with this id, or -1 (for records that find an
    // id's position, as BriefMeetings does).
    int rowOf(const std::string& id) const
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

private:
    std::shared_ptr<const Records> m_records;
    std::vector<std::uint32_t> m_positions; // unless m_all
    bool m_all = false;
    std::size_t m_size = 0;
};

// The meetings a snapshot shows: brief records, made when first read.
using MeetingList = RecordList<BriefMeetings>;
// The measures a snapshot shows, of all the measures its data holds.
using MeasureList = RecordList<std::vector<Measure>>;

} // namespace parley::ui
