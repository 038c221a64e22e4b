#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class SnapshotReader;
class SnapshotWriter;

// The ids, titles and places of every meeting, by position, in one block of
// text: a million meetings' texts cost their bytes and 13 more each, where a
// string apiece cost several times that and a million allocations.
class MeetingTexts {
public:
    MeetingTexts() = default;
    explicit MeetingTexts(SnapshotReader& reader);
    void save(SnapshotWriter& writer) const;

    // Appends the next meeting's texts; finish() once all are in.
    void add(std::string_view id, std::string_view title, std::optional<std::string_view> location);
    void finish();

    std::size_t size() const { return m_hasLocation.size(); }
    std::string_view id(std::size_t meeting) const { return field(meeting, 0); }
    std::string_view title(std::size_t meeting) const { return field(meeting, 1); }
    std::optional<std::string_view> location(std::size_t meeting) const;
    // The position of the meeting with this id.
    std::optional<std::size_t> find(std::string_view id) const;

private:
    std::string_view field(std::size_t meeting, std::size_t which) const;

    std::string m_text;
    std::vector<std::uint32_t> m_starts{
        0}; // three fields a meeting, each ends where the next starts
    std::vector<std::uint8_t> m_hasLocation;
    std::vector<std::uint32_t> m_byId; // positions, in the order of their ids
};

} // namespace parley
