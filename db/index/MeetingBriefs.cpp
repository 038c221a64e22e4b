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

std::vector<Meeting> briefMeetingsOf(const MeetingColumns& columns)
{
    const auto& index = columns.index;
    const auto& texts = columns.texts;
    const auto kinds = meetingKinds();
    std::vector<Meeting> meetings(index.size());
    for (std::size_t at = 0; at < meetings.size(); ++at) {
        auto& meeting = meetings[at];
        meeting.id = texts.id(at);
        meeting.title = texts.title(at);
        if (const auto location = texts.location(at))
            meeting.location = std::string(*location);
        meeting.start = Date(static_cast<Date::date_int_type>(index.firstDay(at)));
        meeting.precision = index.precision(at);
        meeting.end = endOf(index.lastDay(at), meeting.precision);
        if (const auto host = index.host(at))
            meeting.host = index.countryCodes()[*host];
        meeting.kind = std::string(kinds[index.kind(at)]);
        for (const auto official : index.officialsOf(at))
            meeting.participants.push_back(index.officialIds()[official]);
        for (const auto topic : index.topicsOf(at))
            meeting.topics.push_back(index.topicIds()[topic]);
        for (const auto& role : columns.roles.of(static_cast<std::uint32_t>(at)))
            meeting.roles.push_back({index.officialIds()[role.official], role.title});
    }
    return meetings;
}

} // namespace parley
