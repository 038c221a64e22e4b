#include "db/index/IndexLoad.h"

#include "db/index/SnapshotFile.h"

#include <algorithm>

namespace parley {

namespace {

// Adds the texts of the meeting at AT, and the roles it states for the
// participants OFFICIAL_AT finds a position of.
template <typename OfficialAt>
void addTextsAndRoles(MeetingTexts::Builder& texts, MeetingRoles& roles, std::size_t at,
                      const Meeting& meeting, OfficialAt officialAt)
{
    texts.add(meeting.id, meeting.title, meeting.location);
    for (const auto& role : meeting.roles) {
        if (const auto official = officialAt(role.official))
            roles.add(static_cast<std::uint32_t>(at), *official, role.title);
    }
}

} // namespace

MeetingColumns meetingColumnsOf(MeetingIndex::Builder builder,
                                const std::vector<std::int64_t>& keys,
                                std::span<const Meeting> meetings)
{
    MeetingColumns columns;
    MeetingTexts::Builder texts;
    for (std::size_t at = 0; at < meetings.size(); ++at) {
        builder.add(keys[at], meetings[at]);
        addTextsAndRoles(texts, columns.roles, at, meetings[at],
                         [&](const std::string& id) { return builder.official(id); });
    }
    columns.texts = texts.finish();
    columns.roles.finish();
    columns.index = builder.finish();
    return columns;
}

namespace {

void writeColumns(const MeetingIndex& index, const MeetingTexts& texts, const MeetingRoles& roles,
                  const std::filesystem::path& file, const std::string& stamp)
{
    SnapshotWriter writer(file, stamp);
    index.save(writer);
    texts.save(writer);
    roles.save(writer);
    writer.commit();
}

} // namespace

void saveMeetingColumns(const MeetingColumns& columns, const std::filesystem::path& file,
                        const std::string& stamp)
{
    writeColumns(columns.index, columns.texts, columns.roles, file, stamp);
}

void saveMeetingColumns(
    const MeetingIndex& index,
    const std::function<void(const std::function<void(const Meeting&)>&)>& forEachBrief,
    const std::filesystem::path& file, const std::string& stamp)
{
    MeetingTexts::Builder texts;
    MeetingRoles roles;
    const auto& officials = index.officialIds();
    std::size_t at = 0;
    forEachBrief([&](const Meeting& brief) {
        addTextsAndRoles(texts, roles, at++, brief,
                         [&](const std::string& id) -> std::optional<std::uint32_t> {
                             const auto found = std::ranges::lower_bound(officials, id);
                             if (found == officials.end() || *found != id)
                                 return std::nullopt;
                             return static_cast<std::uint32_t>(found - officials.begin());
                         });
    });
    roles.finish();
    writeColumns(index, texts.finish(), roles, file, stamp);
}

MeetingColumns readMeetingColumns(const std::filesystem::path& file, const std::string& stamp)
{
    SnapshotReader reader(file, stamp);
    MeetingColumns columns{MeetingIndex(reader), MeetingTexts(reader), MeetingRoles(reader)};
    reader.finish();
    if (columns.texts.size() != columns.index.size())
        reader.refuse("texts of another number of meetings");
    return columns;
}

} // namespace parley
