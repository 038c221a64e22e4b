#pragma once

#include "db/model/Records.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class LoadProgress;
class Store;

// What a database holds, one fingerprint (RecordHash.h) per meeting,
// official and measure: enough to tell, later, which records are new or
// changed, in 16 bytes a record.
struct Fingerprint {
    std::uint64_t id = 0;      // idHash of the record's id
    std::uint64_t content = 0; // contentHash of the whole record
    bool operator==(const Fingerprint&) const = default;
    bool operator<(const Fingerprint& other) const
    {
        return id != other.id ? id < other.id : content < other.content;
    }
};
using FingerprintTable = std::vector<Fingerprint>; // ascending by id

struct Fingerprints {
    FingerprintTable meetings;
    FingerprintTable officials;
    FingerprintTable measures;
    bool operator==(const Fingerprints&) const = default;
};

// Every record of STORE. Meetings are read one at a time
// (Store::forEachWholeMeeting), so that memory holds one full record, not a
// million. At ten million meetings that takes tens of seconds: the read stops
// every LoadProgress::kStep meetings once PROGRESS, when given, is cancelled
// (LoadCancelled).
Fingerprints fingerprintsOf(const Store& store, const LoadProgress* progress = nullptr);

// What changed in a store since its fingerprints were taken, as far as its
// writer knows: the meetings (added, changed or removed) by id, and whether
// any measure did. When the writer cannot say (an import, another program),
// `everything`.
struct TouchedRecords {
    std::vector<std::string> meetings;
    bool measures = false;
    bool everything = false;
    bool empty() const { return meetings.empty() && !measures && !everything; }
    // Adds what OTHER touched after this.
    void add(const TouchedRecords& other);
};

// FINGERPRINTS of STORE after TOUCHED (not `everything`) changed it: only
// those records are read again, a few where fingerprintsOf() reads them all.
void refingerprint(Fingerprints& fingerprints, const Store& store, const TouchedRecords& touched);

// The ids of the records a view holds, to name what changed.
struct ViewedIds {
    std::vector<std::string_view> meetings;
    std::vector<std::string_view> officials;
    std::vector<std::string_view> measures;
};

// The records added or changed since SEEN: of IDS, those that CURRENT holds
// and SEEN does not (new) or holds otherwise (changed). Records removed since
// are not listed.
struct SinceSeen {
    struct Item {
        std::string id;
        bool changed = false; // new when false
        bool operator==(const Item&) const = default;
    };
    std::vector<Item> meetings; // in the order of the ids given
    std::vector<Item> officials;
    std::vector<Item> measures;

    bool empty() const { return meetings.empty() && officials.empty() && measures.empty(); }
    bool operator==(const SinceSeen&) const = default;
};
SinceSeen changesSince(const Fingerprints& seen, const Fingerprints& current, const ViewedIds& ids);

} // namespace parley
