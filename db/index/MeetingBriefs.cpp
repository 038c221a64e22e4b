// Brief records made from the columns, for views that still read records:
// what Store::allMeetingBriefs() reads from SQLite, from memory instead.
#include "db/index/IndexLoad.h"

#include "db/model/Vocabulary.h"

namespace parley {

namespace {

// The last day of a meeting's period back to the date its record gives: a
// period known to the month or year ends on the first day of its last month
// or year.
Date endOf(std::int32_t lastDay, Precision precision)
{
    const Date last(static_cast<Date::date_int_type>(lastDay));
    switch (precision) {
    case Precision::Month:
        return Date(last.year(), last.month(), 1);
    case Precision::Year:
        return Date(last.year(), 1, 1);
    case Precision::Day:
        break;
    }
    return last;
}

} // namespace

Meeting briefMeetingOf(const MeetingColumns& columns, std::size_t position)
{
    const auto& index = columns.index;
    const auto& texts = columns.texts;
    Meeting meeting;
    meeting.id = texts.id(position);
    meeting.title = texts.title(position);
    if (const auto location = texts.location(position))
        meeting.location = std::string(*location);
    meeting.start = Date(static_cast<Date::date_int_type>(index.firstDay(position)));
    meeting.precision = index.precision(position);
    meeting.end = endOf(index.lastDay(position), meeting.precision);
    if (const auto host = index.host(position))
        meeting.host = index.countryCodes()[*host];
    meeting.kind = std::string(meetingKinds()[index.kind(position)]);
    for (const auto official : index.officialsOf(position))
        meeting.participants.push_back(index.officialIds()[official]);
    for (const auto topic : index.topicsOf(position))
        meeting.topics.push_back(index.topicIds()[topic]);
    for (const auto& role : columns.roles.of(static_cast<std::uint32_t>(position)))
        meeting.roles.push_back({index.officialIds()[role.official], role.title});
    return meeting;
}

std::vector<Meeting> briefMeetingsOf(const MeetingColumns& columns)
{
    std::vector<Meeting> meetings;
    meetings.reserve(columns.index.size());
    for (std::size_t at = 0; at < columns.index.size(); ++at)
        meetings.push_back(briefMeetingOf(columns, at));
    return meetings;
}

} // namespace parley
