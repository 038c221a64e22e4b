#pragma once

#include "db/index/Splice.h"
#include "db/model/Records.h"

#include <boost/iterator/indirect_iterator.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace parley::ui {

// The brief record of every meeting, in date order (start, then id), held
// once per version of the database. A version made by an edit shares every
// record it did not touch with the version before: it keeps the blocks of
// records alive and holds its order as pointers into them, so patching a
// million meetings copies pointers, not records. Beside each pointer it keeps
// a hash of the record's id, so that finding a meeting by id reads 8 bytes a
// meeting in a row instead of following a million pointers.
class BriefMeetings {
public:
    using const_iterator = boost::indirect_iterator<std::vector<const Meeting*>::const_iterator>;

    BriefMeetings() = default;
    explicit BriefMeetings(std::vector<Meeting> records);

    std::size_t size() const { return m_order.size(); }
    bool empty() const { return m_order.empty(); }
    const Meeting& operator[](std::size_t position) const { return *m_order[position]; }
    const Meeting& front() const { return *m_order.front(); }
    const Meeting& back() const { return *m_order.back(); }
    const_iterator begin() const { return const_iterator(m_order.begin()); }
    const_iterator end() const { return const_iterator(m_order.end()); }
    // Each position's record, for code that reads them by pointer.
    std::span<const Meeting* const> pointers() const { return m_order; }
    // idHash() (RecordHash.h) of the id of the record at POSITION.
    std::uint64_t idHashAt(std::size_t position) const { return m_idHashes[position]; }

    // The position of this meeting as it was when held (its start and id
    // name its place), or nullopt when it is not held.
    std::optional<std::size_t> positionOf(const Meeting& meeting) const;
    // The position of the meeting with this id, or nullopt when none has it.
    std::optional<std::size_t> positionOfId(std::string_view id) const;
    // Where a meeting would go among these, in date order.
    std::size_t placeFor(const Meeting& meeting) const;
    // These meetings after SPLICE, whose added records are ADDED (in date order).
    BriefMeetings spliced(const Splice& splice, std::vector<Meeting> added) const;

private:
    std::vector<std::shared_ptr<const std::vector<Meeting>>> m_blocks;
    std::vector<const Meeting*> m_order;
    std::vector<std::uint64_t> m_idHashes; // by position
};

} // namespace parley::ui
