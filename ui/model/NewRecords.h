#pragma once

#include "db/analysis/Fingerprints.h"

#include <string>
#include <unordered_set>

namespace parley::ui {

// The ids of the records new or changed since the database was last seen, as
// sets, for the timeline to mark them as it draws them.
struct NewRecords {
    std::unordered_set<std::string> meetings;
    std::unordered_set<std::string> measures;
    std::unordered_set<std::string> officials;

    NewRecords() = default;
    explicit NewRecords(const SinceSeen& changes)
    {
        for (const auto& [items, ids] :
             {std::pair(&changes.meetings, &meetings), std::pair(&changes.measures, &measures),
              std::pair(&changes.officials, &officials)}) {
            ids->reserve(items->size());
            for (const auto& item : *items)
                ids->insert(item.id);
        }
    }

    bool empty() const { return meetings.empty() && measures.empty() && officials.empty(); }
};

} // namespace parley::ui
