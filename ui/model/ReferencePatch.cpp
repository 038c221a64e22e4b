// ReferenceData::afterChange: the data the window holds, patched after an
// edit. Reading a million meetings again takes seconds; an edit touches a
// few, so only those are read, and the columns follow one Splice.
#include "ui/model/TimelineSnapshot.h"

#include "db/index/IndexLoad.h"
#include "db/store/Store.h"

#include <algorithm>

namespace parley::ui {

namespace {

// Whether CHANGE writes or deletes a record that meetings and measures name.
bool touchesNames(const ChangeSet& change)
{
    return !change.put.officials.empty() || !change.put.countries.empty() ||
           !change.put.topics.empty() || !change.remove.officials.empty() ||
           !change.remove.countries.empty() || !change.remove.topics.empty();
}

bool touchesMeasures(const ChangeSet& change)
{
    return !change.put.measures.empty() || !change.remove.measures.empty();
}

// The meetings a change touched, from the change that undoes it: those it
// puts back as they were and those it removes again. A meeting saved
// unchanged is in neither: undone, it would be written over with itself.
std::vector<std::string> touchedMeetingIds(const ChangeSet& undo)
{
    std::vector<std::string> ids = undo.remove.meetings;
    for (const auto& meeting : undo.put.meetings)
        ids.push_back(meeting.id);
    return ids;
}

} // namespace

std::shared_ptr<const ReferenceData>
ReferenceData::afterChange(const Store& store, const ChangeSet& change, const ChangeSet& undo) const
{
    if (touchesNames(change))
        return nullptr;
    auto after = std::make_shared<ReferenceData>(*this);
    after->patch = Patch{this, Splice()};
    after->unkept.reset(); // TimelineModel::keepColumns() writes the data after an edit
    if (touchesMeasures(change))
        after->allMeasures = std::make_shared<const std::vector<Measure>>(store.measures(Filter()));
    const auto ids = touchedMeetingIds(undo);
    if (ids.empty())
        return after;

    // UNDO puts back every touched meeting that was there before, as it was:
    // its start and id say where it is held.
    Splice splice;
    for (const auto& was : undo.put.meetings) {
        const auto at = meetings->positionOf(was);
        if (!at)
            return nullptr; // not as held: another program changed it first
        splice.removed.push_back(*at);
    }
    std::ranges::sort(splice.removed);
    if (std::ranges::adjacent_find(splice.removed) != splice.removed.end())
        return nullptr;
    // Every touched meeting the store holds now goes to its place in date
    // order among those kept.
    auto now = store.meetingBriefsWithIds(ids);
    for (std::size_t k = 0; k < now.meetings.size(); ++k) {
        const std::size_t place = meetings->placeFor(now.meetings[k]);
        const auto removedBefore = std::ranges::lower_bound(splice.removed, place);
        splice.addedAt.push_back(
            place - static_cast<std::size_t>(removedBefore - splice.removed.begin()) + k);
    }

    std::vector<Topic> topicList;
    topicList.reserve(topics->size());
    for (const auto& [id, topic] : *topics)
        topicList.push_back(topic);
    const auto columns = std::make_shared<const MeetingColumns>(
        meetingColumnsOf(MeetingIndex::Builder(*index, topicList), now.keys, now.meetings));
    after->index = std::make_shared<const MeetingIndex>(index->spliced(splice, columns->index));
    after->meetings = std::make_shared<const BriefMeetings>(meetings->spliced(splice, columns));
    after->patch->meetings = std::move(splice);
    return after;
}

} // namespace parley::ui
