#pragma once

// What code written once for every kind of record needs to know of each:
// its kind, its id, and its array in a Dataset.

#include "db/model/RecordRules.h"
#include "db/model/Records.h"

#include <string>
#include <type_traits>
#include <vector>

namespace parley::ui {

template <typename Record> constexpr RecordKind kindOf()
{
    if constexpr (std::is_same_v<Record, Source>)
        return RecordKind::Source;
    else if constexpr (std::is_same_v<Record, Country>)
        return RecordKind::Country;
    else if constexpr (std::is_same_v<Record, Topic>)
        return RecordKind::Topic;
    else if constexpr (std::is_same_v<Record, Official>)
        return RecordKind::Official;
    else if constexpr (std::is_same_v<Record, Meeting>)
        return RecordKind::Meeting;
    else
        return RecordKind::Measure;
}

inline const std::string& idOf(const Country& country) { return country.code; }
template <typename Record> const std::string& idOf(const Record& record) { return record.id; }
inline void setIdOf(Country& country, const std::string& id) { country.code = id; }
template <typename Record> void setIdOf(Record& record, const std::string& id) { record.id = id; }

template <typename Record, typename Data> auto& recordsOf(Data& dataset)
{
    if constexpr (std::is_same_v<Record, Source>)
        return dataset.sources;
    else if constexpr (std::is_same_v<Record, Country>)
        return dataset.countries;
    else if constexpr (std::is_same_v<Record, Topic>)
        return dataset.topics;
    else if constexpr (std::is_same_v<Record, Official>)
        return dataset.officials;
    else if constexpr (std::is_same_v<Record, Meeting>)
        return dataset.meetings;
    else
        return dataset.measures;
}

} // namespace parley::ui
