#pragma once

#include "db/model/Dates.h"

#include <optional>
#include <string>
#include <vector>

namespace parley {

// The records of a Parley dataset, as the interchange format `parley/1` names
// them. Ids are the format's stable slugs; links between records are ids.

struct Source {
    std::string id;
    std::string publisher;
    std::string title;
    Date published;
    std::optional<std::string> url;
    bool operator==(const Source&) const = default;
};

struct Country {
    std::string code;
    std::string name;
    bool operator==(const Country&) const = default;
};

struct Topic {
    std::string id;
    std::string name;
    std::optional<std::string> parent;
    bool operator==(const Topic&) const = default;
};

struct Position {
    std::string title;
    std::string organization;
    Date start;
    std::optional<Date> end; // nullopt while the office is held
    bool heldOn(Date day) const { return start <= day && (!end || day <= *end); }
    bool operator==(const Position&) const = default;
};

struct Official {
    std::string id;
    std::string name;
    std::string country;
    std::optional<std::string> nativeName;
    std::vector<std::string> aliases;
    std::vector<Position> positions; // ordered by start date
    bool operator==(const Official&) const = default;
};

// The office a participant held at one meeting as the meeting's own record
// states it ("Prime Minister"): for someone whose positions the dataset does
// not know, such as a visiting leader.
struct Role {
    std::string official;
    std::string title;
    bool operator==(const Role&) const = default;
};

struct Meeting {
    std::string id;
    std::string title;
    Date start;
    Date end;
    Precision precision = Precision::Day;
    std::optional<std::string> location;
    std::string host;
    std::string kind;
    std::vector<std::string> participants;
    std::vector<Role> roles; // of some participants, ordered by official
    std::vector<std::string> topics;
    std::vector<std::string> measures;
    std::optional<std::string> summary;
    std::vector<std::string> sources;

    Period period() const { return periodOf(start, end, precision); }
    // The role the meeting states for this participant, or nullptr.
    const std::string* roleOf(const std::string& official) const
    {
        for (const auto& role : roles) {
            if (role.official == official)
                return &role.title;
        }
        return nullptr;
    }
    bool operator==(const Meeting&) const = default;
};

struct Measure {
    std::string id;
    std::string title;
    std::string kind;
    std::string imposedBy;
    std::vector<std::string> targets;
    std::optional<std::string> targetEntity;
    Date announced;
    Precision precision = Precision::Day;
    std::vector<std::string> topics;
    std::optional<std::string> summary;
    std::vector<std::string> sources;

    Period period() const { return periodOf(announced, announced, precision); }
    bool operator==(const Measure&) const = default;
};

// A whole document: what import reads and export writes.
struct Dataset {
    std::vector<Source> sources;
    std::vector<Country> countries;
    std::vector<Topic> topics;
    std::vector<Official> officials;
    std::vector<Meeting> meetings;
    std::vector<Measure> measures;
    bool operator==(const Dataset&) const = default;
};

// One meeting seen from one official: the offices held on the meeting's start
// date (several at once, or none known) and the other participants.
struct Engagement {
    std::string meeting;
    std::string title;
    Date start;
    Date end;
    Precision precision = Precision::Day;
    std::vector<Position> positions;
    std::vector<std::string> with;
    bool operator==(const Engagement&) const = default;
};

struct Count {
    std::string id;
    int meetings = 0;
    bool operator==(const Count&) const = default;
};

// Each meeting's address, for the analyses that look at meetings held
// elsewhere (a query's result, the window's index) without copying them.
inline std::vector<const Meeting*> pointersTo(const std::vector<Meeting>& meetings)
{
    std::vector<const Meeting*> pointers;
    pointers.reserve(meetings.size());
    for (const auto& meeting : meetings)
        pointers.push_back(&meeting);
    return pointers;
}

} // namespace parley
