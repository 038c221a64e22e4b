#pragma once

// Every meeting of a database as the window keeps it: the index of its facets
// (MeetingIndex), its texts (MeetingTexts) and the roles it states
// (MeetingRoles), by position in date order. Made
// from the store's rows without a record or a string per meeting
// (StoreColumns.h), or read back from a snapshot file written after an
// earlier start.

#include "db/index/MeetingIndex.h"
#include "db/index/MeetingRoles.h"
#include "db/index/MeetingTexts.h"

#include <filesystem>
#include <functional>
#include <span>
#include <string>

namespace parley {

struct MeetingColumns {
    MeetingIndex index;
    MeetingTexts texts;
    MeetingRoles roles;
};

// The brief record (as Store::allMeetingBriefs() gives it) of the meeting at
// POSITION, made from the columns alone.
Meeting briefMeetingOf(const MeetingColumns& columns, std::size_t position);
// The brief record of every meeting, in the same order.
std::vector<Meeting> briefMeetingsOf(const MeetingColumns& columns);

// The columns of MEETINGS (brief records in date order, with their store
// KEYS), as BUILDER names their records: for the few meetings an edit touched.
MeetingColumns meetingColumnsOf(MeetingIndex::Builder builder,
                                const std::vector<std::int64_t>& keys,
                                std::span<const Meeting> meetings);

// The columns as a snapshot file stamped STAMP (Store::stamp()); throws
// std::runtime_error when it cannot be written.
void saveMeetingColumns(const MeetingColumns& columns, const std::filesystem::path& file,
                        const std::string& stamp);
// The same, from the brief record of every meeting, which FOR_EACH_BRIEF
// hands its argument in order of position, and their INDEX: what the window
// holds after its own edits, written so that the next start need not read the
// store again.
void saveMeetingColumns(
    const MeetingIndex& index,
    const std::function<void(const std::function<void(const Meeting&)>&)>& forEachBrief,
    const std::filesystem::path& file, const std::string& stamp);
// The columns of a snapshot file of the database as it is (STAMP); throws
// SnapshotRefused, with the reason, when the file is missing, foreign, stale,
// truncated or damaged.
MeetingColumns readMeetingColumns(const std::filesystem::path& file, const std::string& stamp);

} // namespace parley
