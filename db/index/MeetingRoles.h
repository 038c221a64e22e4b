#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace parley {

class SnapshotReader;
class SnapshotWriter;

// The roles meetings state for some participants ("Prime Minister" on a
// visit), by meeting position and official position. Few meetings state one,
// so they are kept as a sorted list of entries, not a column per meeting.
class MeetingRoles {
public:
    struct Entry {
        std::uint32_t meeting = 0;
        std::uint32_t official = 0;
        std::string title;
    };

    MeetingRoles() = default;
    explicit MeetingRoles(SnapshotReader& reader);
    void save(SnapshotWriter& writer) const;

    void add(std::uint32_t meeting, std::uint32_t official, std::string title);
    // Orders the entries by meeting, then official; once, after the last add().
    void finish();

    // The meeting's roles, by official position.
    std::span<const Entry> of(std::uint32_t meeting) const;
    std::size_t size() const { return m_entries.size(); }

private:
    std::vector<Entry> m_entries;
};

} // namespace parley
