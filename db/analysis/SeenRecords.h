#pragma once

#include "db/analysis/Fingerprints.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace parley {

class Store;

// What Parley remembers of one database between sessions, in a file of its
// own: the fingerprints of what the user has seen (until they mark the new
// records seen), and of what the database held when Parley last looked, with
// the database file's size and time of change then. While the file has not
// changed, those stand for what it holds, and opening costs reading them
// instead of fingerprinting every record again.
struct SeenRecords {
    struct Stamp {
        std::uintmax_t size = 0;
        std::int64_t modified = 0; // nanoseconds of the file clock
        bool operator==(const Stamp&) const = default;
    };
    Stamp stamp;
    Fingerprints current;
    // What the user has seen, when it is not all of `current`. Most of the
    // time it is, and a million meetings' fingerprints are then held once.
    std::optional<Fingerprints> seenApart;

    const Fingerprints& seen() const { return seenApart ? *seenApart : current; }
    // What was seen, to change apart from `current`.
    Fingerprints& seenToChange()
    {
        if (!seenApart)
            seenApart = current;
        return *seenApart;
    }
    SinceSeen changes(const ViewedIds& ids) const { return changesSince(seen(), current, ids); }
    // Whether everything there is has been seen: changes() then lists nothing.
    bool nothingNew() const { return !seenApart || *seenApart == current; }
    // These records after TOUCHED changed STORE's database, with its stamp now.
    void follow(const Store& store, const TouchedRecords& touched);
    void markAllSeen() { seenApart.reset(); }
    bool operator==(const SeenRecords& other) const
    {
        return stamp == other.stamp && current == other.current && seen() == other.seen();
    }
};

SeenRecords::Stamp stampOf(const std::filesystem::path& database);

// FILE's records; nullopt when there is no such file, or it is not one that
// this Parley wrote (damaged, cut short, of another version): then nothing
// is remembered.
std::optional<SeenRecords> readSeenRecords(const std::filesystem::path& file);
// Replaces FILE at once (a whole new file renamed over it), making its
// folder. `seen` is written as its differences from `current`, which are few.
// Throws std::filesystem::filesystem_error when it cannot be written.
void writeSeenRecords(const std::filesystem::path& file, const SeenRecords& records);

// The records of STORE's database as they are now, given what was REMEMBERED
// of it (readSeenRecords()): those remembered while the database file has
// not changed; else fingerprinted afresh, keeping what was seen. With nothing
// remembered (the first time), everything there is counts as seen. Worth
// writing when nothing was remembered or the stamp differs. PROGRESS stops
// the fingerprinting (fingerprintsOf).
SeenRecords seenRecordsNow(std::optional<SeenRecords> remembered, const Store& store,
                           const LoadProgress* progress = nullptr);

} // namespace parley
