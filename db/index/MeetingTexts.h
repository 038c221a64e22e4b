#pragma once

#include "db/index/Column.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class SnapshotReader;
class SnapshotWriter;

// The ids, titles and places of every meeting, by position, each kind in one
// block of text: a million meetings' texts cost their bytes and 13 more each,
// where a string apiece cost several times that and a million allocations.
// Kept apart, the ids (which a pass over every meeting may read) share no
// pages with the titles (which only shown meetings need).
class MeetingTexts {
public:
    class Builder;

    MeetingTexts() = default;
    explicit MeetingTexts(SnapshotReader& reader);
    void save(SnapshotWriter& writer) const;

    std::size_t size() const { return m_hasLocation.size(); }
    std::string_view id(std::size_t meeting) const { return m_ids.of(rowOf(meeting)); }
    std::string_view title(std::size_t meeting) const { return m_titles.of(rowOf(meeting)); }
    std::optional<std::string_view> location(std::size_t meeting) const;
    // The position of the meeting with this id.
    std::optional<std::size_t> find(std::string_view id) const;

private:
    // One text of every meeting, end to end: meeting i's runs from starts[i]
    // to starts[i + 1].
    struct Joined {
        Column<char> text;
        Column<std::uint32_t> starts{std::vector<std::uint32_t>{0}};
        std::string_view of(std::size_t meeting) const;
        explicit Joined(SnapshotReader& reader);
        Joined(Column<char> text, Column<std::uint32_t> starts);
        Joined() = default;
        void save(SnapshotWriter& writer) const;
        // Saves meeting i's text as the ROWS[i]th.
        void save(SnapshotWriter& writer, const Column<std::uint32_t>& rows) const;
        bool fits(std::size_t meetings) const;
    };

    Joined m_ids;
    Joined m_titles;
    Joined m_locations;
    Column<std::uint8_t> m_hasLocation;
    Column<std::uint32_t> m_byId; // positions, in the order of their ids
    // Where each meeting's texts stand among those above; none when they
    // stand in order. Texts read in one order and shown in another are kept
    // as read (Builder::finish(order)): a copy in order would cost their
    // memory twice over while it is made.
    Column<std::uint32_t> m_rowOf;

    std::size_t rowOf(std::size_t meeting) const
    {
        return m_rowOf.empty() ? meeting : m_rowOf[meeting];
    }
};

// Makes the texts of meetings given one by one in position order.
class MeetingTexts::Builder {
public:
    void add(std::string_view id, std::string_view title, std::optional<std::string_view> location);
    MeetingTexts finish();
    // Makes room for MEETINGS more.
    void reserve(std::size_t meetings);
    // The texts in another order: meeting i of them is the ORDER[i]th added.
    // For meetings read in one order and shown in another; the texts are
    // kept as read, not copied.
    MeetingTexts finish(std::span<const std::uint32_t> order);

    std::size_t size() const { return m_hasLocation.size(); }
    // The id of the meeting added AT-th.
    std::string_view id(std::size_t at) const { return m_ids.of(at); }

private:
    struct Growing {
        std::vector<char> text;
        std::vector<std::uint32_t> starts{0};
        void add(std::string_view more);
        std::string_view of(std::size_t at) const;
        Joined finish();
    };

    // The texts, meeting i's the ROW_OF[i]th added (none: the ith).
    MeetingTexts finishWith(Column<std::uint32_t> rowOf);

    Growing m_ids;
    Growing m_titles;
    Growing m_locations;
    std::vector<std::uint8_t> m_hasLocation;
};

} // namespace parley
