#pragma once

#include "db/model/Records.h"

#include <string>
#include <type_traits>
#include <vector>

namespace parley {

// The ids of records of each kind.
struct RecordIds {
    std::vector<std::string> sources;
    std::vector<std::string> countries;
    std::vector<std::string> topics;
    std::vector<std::string> officials;
    std::vector<std::string> meetings;
    std::vector<std::string> measures;

    bool empty() const
    {
        return sources.empty() && countries.empty() && topics.empty() && officials.empty() &&
               meetings.empty() && measures.empty();
    }
    bool operator==(const RecordIds&) const = default;
};

// One change to a database, as the editor makes it and Store::apply writes
// it in one transaction: records to write in full (each added, or replacing
// the record with its id, links and all) and records to delete. A change
// that removes a record also rewrites every record that named it, so that
// the database stays whole; Store::removal() makes such a change.
struct ChangeSet {
    Dataset put;
    RecordIds remove;

    bool empty() const;
    bool operator==(const ChangeSet&) const = default;
};

inline bool ChangeSet::empty() const { return put == Dataset() && remove.empty(); }

// The change that writes these records (each added, or replacing its namesake).
template <typename Record> ChangeSet putting(std::vector<Record> records)
{
    ChangeSet change;
    if constexpr (std::is_same_v<Record, Source>)
        change.put.sources = std::move(records);
    else if constexpr (std::is_same_v<Record, Country>)
        change.put.countries = std::move(records);
    else if constexpr (std::is_same_v<Record, Topic>)
        change.put.topics = std::move(records);
    else if constexpr (std::is_same_v<Record, Official>)
        change.put.officials = std::move(records);
    else if constexpr (std::is_same_v<Record, Meeting>)
        change.put.meetings = std::move(records);
    else
        change.put.measures = std::move(records);
    return change;
}

} // namespace parley
