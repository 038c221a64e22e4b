#pragma once

#include "db/index/IndexLoad.h"
#include "db/index/Splice.h"
#include "db/model/Records.h"

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace parley::ui {

// The brief record of every meeting, in date order (start, then id), held
// once per version of the database. The records are made from the meetings'
// columns (MeetingColumns) the first time each is read, and kept: a window
// on a million meetings makes the few thousand it shows, not a million
// records with their strings at start. Ids, titles and start dates are read
// from the columns without making a record.
//
// A version made by an edit shares every record it did not touch with the
// version before: both name records by their place in the columns they come
// from, so patching a million meetings copies those places, not records.
// Until the first edit, the places are the columns' own order and nothing
// is held per meeting but room for the records made.
//
// Reading is safe from any thread: a record made by two threads at once is
// kept once.
class BriefMeetings {
    struct RecordAt {
        const BriefMeetings* records = nullptr;
        const Meeting& operator()(std::size_t position) const { return (*records)[position]; }
    };

public:
    // Reads like a vector of records; a pass over all of them makes and keeps
    // every record, so the window's own passes read the columns instead
    // (idAt(), forEach(), the MeetingIndex).
    using const_iterator =
        boost::transform_iterator<RecordAt, boost::counting_iterator<std::size_t>>;

    BriefMeetings() = default;
    // Every meeting of COLUMNS, in their order.
    explicit BriefMeetings(std::shared_ptr<const MeetingColumns> columns);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const Meeting& operator[](std::size_t position) const;
    const Meeting& front() const { return (*this)[0]; }
    const Meeting& back() const { return (*this)[size() - 1]; }
    const_iterator begin() const
    {
        return {boost::counting_iterator<std::size_t>(0), RecordAt{this}};
    }
    const_iterator end() const
    {
        return {boost::counting_iterator<std::size_t>(size()), RecordAt{this}};
    }
    std::string_view idAt(std::size_t position) const;
    std::string_view titleAt(std::size_t position) const;

    // How many records have been made so far, by every version that shares
    // them: what holding these meetings has cost beyond their columns.
    std::size_t recordsMade() const;

    // Calls VISIT with every record in order, without keeping those it had
    // to make: for a pass over all of them, as writing the columns file is.
    void forEach(const std::function<void(const Meeting&)>& visit) const;

    // The position of this meeting as it was when held (its start and id
    // name its place), or nullopt when it is not held.
    std::optional<std::size_t> positionOf(const Meeting& meeting) const;
    // The position of the meeting with this id, or nullopt when none has it.
    std::optional<std::size_t> positionOfId(std::string_view id) const;
    // Where a meeting would go among these, in date order.
    std::size_t placeFor(const Meeting& meeting) const;
    // These meetings after SPLICE, whose added meetings are every one of
    // ADDED (in date order).
    BriefMeetings spliced(const Splice& splice, std::shared_ptr<const MeetingColumns> added) const;

private:
    class Source;
    // A record's place: which source, and where among its columns.
    struct Place {
        std::uint32_t source = 0;
        std::uint32_t at = 0;
        bool operator==(const Place&) const = default;
    };

    Place placeAt(std::size_t position) const
    {
        return m_order.empty() ? Place{0, static_cast<std::uint32_t>(position)} : m_order[position];
    }
    Date startAt(std::size_t position) const;
    // The places of every record, in order.
    std::vector<Place> places() const;
    // The places of the added source's meetings, in its order.
    std::vector<Place> addSource(std::shared_ptr<const MeetingColumns> columns);

    std::vector<std::shared_ptr<const Source>> m_sources;
    // Empty while the records are those of the first source, in its order.
    std::vector<Place> m_order;
    std::size_t m_size = 0;
};

} // namespace parley::ui
