#pragma once

#include "db/model/Records.h"

#include <map>
#include <string>

namespace parley {

// What the exchange writers show instead of ids, loaded once from a store
// (Store::names) rather than queried per meeting.
struct NameIndex {
    std::map<std::string, std::string> countries; // code -> name
    std::map<std::string, std::string> officials; // id -> name
    std::map<std::string, std::string> topics;    // id -> name
    std::map<std::string, Source> sources;        // id -> source

    // The name for an id, or the id itself when the index lacks it, so that a
    // writer given records from elsewhere still says something true.
    static const std::string& nameOf(const std::map<std::string, std::string>& names,
                                     const std::string& id)
    {
        const auto found = names.find(id);
        return found == names.end() ? id : found->second;
    }
};

} // namespace parley
