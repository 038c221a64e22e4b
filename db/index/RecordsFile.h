#pragma once

// The records the window holds beside the meetings from its start: the
// officials, countries, topics and measures. At ten million meetings the
// store takes seconds to read half a million officials with their aliases
// and offices; kept in a snapshot file (SnapshotFile.h) beside the meetings'
// columns, stamped and checked the same way, they are read back in one pass
// over mapped memory.

#include "db/model/Records.h"

#include <filesystem>
#include <string>
#include <vector>

namespace parley {

class LoadProgress;
class Store;

struct ReferenceRecords {
    std::vector<Official> officials; // by id
    std::vector<Country> countries;  // by code
    std::vector<Topic> topics;       // by id
    std::vector<Measure> measures;   // by date then id, as Store::measures() gives them
    bool operator==(const ReferenceRecords&) const = default;
};

// Stops before, between and after its reads once PROGRESS, when given, is
// cancelled (LoadCancelled): at ten million meetings they take seconds.
ReferenceRecords loadReferenceRecords(const Store& store, const LoadProgress* progress = nullptr);

// The records file that goes with a file of the meetings' columns: beside
// it, with another extension. Empty for none.
std::filesystem::path recordsFileBeside(const std::filesystem::path& columnsFile);

// RECORDS as a snapshot file stamped STAMP (Store::stamp()); throws
// std::runtime_error when it cannot be written.
void saveReferenceRecords(const ReferenceRecords& records, const std::filesystem::path& file,
                          const std::string& stamp);
// The records of a snapshot file of the database as it is (STAMP); throws
// SnapshotRefused, with the reason, when the file is missing, foreign, stale,
// truncated or damaged.
ReferenceRecords readReferenceRecords(const std::filesystem::path& file, const std::string& stamp);

} // namespace parley
