#include "db/index/MeetingRoles.h"

#include "db/index/SnapshotFile.h"

#include <algorithm>
#include <tuple>

namespace parley {

MeetingRoles::MeetingRoles(SnapshotReader& reader)
{
    const auto meetings = reader.column<std::uint32_t>();
    const auto officials = reader.column<std::uint32_t>();
    auto titles = reader.strings();
    if (officials.size() != meetings.size() || titles.size() != meetings.size())
        reader.refuse("roles of unequal lengths");
    if (!std::ranges::is_sorted(meetings))
        reader.refuse("roles out of order");
    m_entries.reserve(meetings.size());
    for (std::size_t i = 0; i < meetings.size(); ++i)
        m_entries.push_back({meetings[i], officials[i], std::move(titles[i])});
}

void MeetingRoles::save(SnapshotWriter& writer) const
{
    std::vector<std::uint32_t> meetings;
    std::vector<std::uint32_t> officials;
    std::vector<std::string> titles;
    for (const auto& entry : m_entries) {
        meetings.push_back(entry.meeting);
        officials.push_back(entry.official);
        titles.push_back(entry.title);
    }
    writer.vector(meetings);
    writer.vector(officials);
    writer.strings(titles);
}

void MeetingRoles::add(std::uint32_t meeting, std::uint32_t official, std::string title)
{
    m_entries.push_back({meeting, official, std::move(title)});
}

void MeetingRoles::finish()
{
    std::ranges::sort(m_entries, {},
                      [](const Entry& entry) { return std::tie(entry.meeting, entry.official); });
}

namespace {

// Compares entries with a meeting position, either way round, for equal_range.
struct MeetingOrder {
    bool operator()(const MeetingRoles::Entry& entry, std::uint32_t meeting) const
    {
        return entry.meeting < meeting;
    }
    bool operator()(std::uint32_t meeting, const MeetingRoles::Entry& entry) const
    {
        return meeting < entry.meeting;
    }
};

} // namespace

std::span<const MeetingRoles::Entry> MeetingRoles::of(std::uint32_t meeting) const
{
    // std::equal_range rather than the ranges one: clang-tidy's clang cannot
    // read libstdc++ 12's ranges::subrange.
    const auto [first, last] =
        std::equal_range(m_entries.begin(), m_entries.end(), meeting, MeetingOrder{});
    return {first, last};
}

} // namespace parley
