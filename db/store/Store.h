#pragma once

#include "db/model/ChangeSet.h"
#include "db/model/Filter.h"
#include "db/model/NameIndex.h"
#include "db/model/RecordRules.h"
#include "db/model/Records.h"
#include "db/model/StreamedDataset.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct StoreStats {
    int schemaVersion = 0;
    int sources = 0;
    int countries = 0;
    int topics = 0;
    int officials = 0;
    int positions = 0;
    int meetings = 0;
    int measures = 0;
    std::optional<Period> meetingSpan; // first to last day any meeting covers
};

// A Parley database file: the only door to SQLite. Every query follows the data
// rules in DESIGN.md and is driven by a Filter. Errors are DatabaseError (the
// file cannot be used: damaged, locked, read-only) or DataError (bad data or an
// unknown id); no other exception leaves a Store.
class Store {
public:
    enum class Access { ReadOnly, ReadWrite };

    // Makes a new, empty database; refuses a path that already exists.
    static Store create(const std::filesystem::path& file);
    // Opens an existing Parley database. Refuses, without changing a byte, a
    // missing or empty file, one that is not SQLite or not Parley's, one made
    // by a newer Parley, one whose schema is damaged, and one that another
    // program keeps locked for longer than 2 seconds.
    // ReadWrite opens read-only when the file or its folder cannot be written
    // (see isReadOnly()), and upgrades a database made by an older Parley: it
    // writes a backup copy beside the file first (FILE.v1.bak), then migrates
    // in one transaction (see migrationNotice()). ReadOnly refuses an older
    // database, which can only be read once upgraded, and changes no data; if
    // a program died while changing the file, it first lets SQLite undo that
    // change when the file is writable, as any writer would.
    static Store open(const std::filesystem::path& file, Access access = Access::ReadWrite);
    // An empty database in memory, for tests.
    static Store inMemory();

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::filesystem::path& file() const;
    // True when the store refuses changes: opened ReadOnly, or the file or its
    // folder cannot be written. import() then throws DatabaseError.
    bool isReadOnly() const;
    // Set when open() upgraded a database made by an older Parley: a sentence
    // for people that names the backup copy written before the upgrade.
    std::optional<std::string> migrationNotice() const;
    // Changes whenever another connection (another program, or another Store
    // on the same file) commits a change to the file; this store's own changes
    // leave it alone. Poll it to notice an import made elsewhere.
    int dataVersion() const;

    // Merges a checked dataset by id in one transaction: all or nothing.
    void import(const Dataset& dataset);
    // The same for a dataset of any size: its meetings are written one at a
    // time as they are read, so memory never holds them all. The rows and the
    // search index are those import(Dataset) writes. A DataError the stream
    // throws midway rolls everything back.
    void import(const StreamedDataset& dataset);

    // Edits (StoreEdits.cpp). Writes CHANGE in one transaction, after checking
    // it whole: every record it writes keeps the rules (RecordRules.h) against
    // the database as it will be, topics still form a tree, and no record it
    // removes is still named by one it keeps. Returns the change that undoes
    // it, read in the same transaction. Throws DataError ("FILE: meetings[id].
    // field: what is wrong") or DatabaseError (read-only, locked); nothing is
    // written then.
    ChangeSet apply(const ChangeSet& change);
    // The change that deletes one record and rewrites the records that name
    // it: meetings and measures lose the official, topic, measure, source or
    // target country; a topic's subtopics move up to its parent. A country
    // that hosts a meeting, is an official's or imposes a measure is refused
    // with a DataError that says which records hold it.
    ChangeSet removal(RecordKind kind, const std::string& id) const;
    // An id for a new record of this kind named NAME: its slug (Slug.h), with
    // "-2", "-3"… when that is taken.
    std::string freeId(RecordKind kind, const std::string& name) const;
    // Every record, arrays and members ordered by id.
    Dataset exportAll() const;
    // The same for a database of any size: `held` gets every record but the
    // meetings, then `visit` each meeting in id order, as
    // StreamedDataset::forEachMeeting hands them out. The meetings are read
    // a batch at a time, all inside one read transaction, so memory holds a
    // batch whatever the size and every part sees the same database.
    void exportInParts(const std::function<void(Dataset held)>& held,
                       const std::function<void(Meeting&& meeting)>& visit) const;
    // Every meeting whole, as meetings() gives it, one at a time in the order
    // of the store's keys, for work over all of them in bounded memory (the
    // fingerprints of what was seen). The record lives only during the call.
    // Each run of KEYS_AT_ONCE keys is a read of its own, so that a writer
    // (an edit in the window) waits for one run at most, not the whole pass.
    void forEachWholeMeeting(const std::function<void(const Meeting&)>& visit,
                             std::size_t keysAtOnce = 50000) const;

    // Meetings matching the filter, ordered by start date then id.
    std::vector<Meeting> meetings(const Filter& filter) const;
    // The same without summary, measures and sources (left empty), for views
    // that hold many meetings and show one in full on demand (meeting()).
    std::vector<Meeting> meetingBriefs(const Filter& filter) const;
    // Every meeting as a brief record, ordered by start date then id, with
    // each one's key (as meetingKeys() gives them): for a view that keeps all
    // meetings and answers filters by their keys.
    struct KeyedMeetings {
        std::vector<std::int64_t> keys;
        std::vector<Meeting> meetings;
    };
    KeyedMeetings allMeetingBriefs() const;
    // Every meeting in the order the table keeps them (not date order), a
    // row at a time, for a view that keeps its own columns of a million
    // meetings: nothing is made per row but what the visitor keeps
    // (StoreScans.cpp). A row's texts live only during the call. These scans
    // read on a connection of their own, so two may run at once on two threads.
    struct MeetingRow {
        std::int64_t key = 0;
        std::string_view id;
        std::string_view title;
        std::optional<std::string_view> location;
        std::int32_t firstDay = 0; // day numbers (Date::day_number()) of the
        std::int32_t lastDay = 0;  // period: a month-precision meeting fills its month
        Precision precision = Precision::Day;
        std::int64_t hostKey = 0;
        std::string_view kind;
    };
    void forEachMeeting(const std::function<void(const MeetingRow&)>& visit) const;
    // Every link of one kind as (meeting key, official or topic key), by meeting key.
    enum class MeetingLink { Participant, Topic };
    void
    forEachLink(MeetingLink link,
                const std::function<void(std::int64_t meeting, std::int64_t target)>& visit) const;
    // How many rows forEachMeeting() and forEachLink() give, for room to be
    // made beforehand.
    std::size_t meetingCount() const;
    std::size_t linkCount(MeetingLink link) const;
    // Every role a meeting states for a participant: (meeting key, official
    // key, role), in no order.
    void forEachRole(const std::function<void(std::int64_t meeting, std::int64_t official,
                                              std::string_view role)>& visit) const;
    // The id of every country, official and topic by its key; empty where no
    // record has the key.
    std::vector<std::string> idsByKey(RecordKind kind) const;
    // What the file is now, as SQLite's header counts its changes: equal
    // stamps mean nothing was committed between them (by any program), so
    // columns kept from the earlier one still hold. Reading it costs a few bytes.
    std::string stamp() const;

    // The one meeting with this id, in full, or nullopt.
    std::optional<Meeting> meeting(const std::string& id) const;
    // The light alternative to meetings() for views that hold many meetings:
    // the store's keys of the matching meetings, ascending. A key names a
    // meeting for as long as the database is open and nothing is imported.
    std::vector<std::int64_t> meetingKeys(const Filter& filter) const;
    // The meetings of these keys (from meetingKeys), ordered by start date then
    // id; keys of no meeting are left out.
    std::vector<Meeting> meetingsWithKeys(std::vector<std::int64_t> keys) const;
    // The stored meetings among these ids, ordered by id; unknown ids are left out.
    std::vector<Meeting> meetingsWithIds(const std::vector<std::string>& ids) const;
    // The same as brief records with their keys, ordered by start date then id,
    // as allMeetingBriefs() gives them: for a view that holds every meeting and
    // patches in those an edit touched.
    KeyedMeetings meetingBriefsWithIds(const std::vector<std::string>& ids) const;
    // Measures matching the filter, ordered by announcement date then id.
    std::vector<Measure> measures(const Filter& filter) const;
    // The one measure with this id, or nullopt.
    std::optional<Measure> measure(const std::string& id) const;
    // The meetings at which this measure was raised (that link it), in full,
    // ordered by start date then id; none for an unknown id.
    std::vector<Meeting> meetingsRaising(const std::string& measureId) const;
    // One official's meetings within the filter's date range, in date order.
    std::vector<Engagement> engagements(const std::string& officialId, const Filter& range) const;
    // Matching meetings per country and per topic (a topic counts its
    // descendants), each ignoring its own facet so a list shows what every
    // choice would give. Ordered by id; ids with no meeting are left out.
    std::vector<Count> meetingsPerCountry(const Filter& filter) const;
    std::vector<Count> meetingsPerTopic(const Filter& filter) const;
    // Matching meetings per participating official, ordered by id; officials
    // with no meeting are left out.
    std::vector<Count> meetingsPerOfficial(const Filter& filter) const;

    std::optional<Official> official(const std::string& id) const;
    std::vector<Official> officials() const;
    std::vector<Country> countries() const;
    std::vector<Topic> topics() const;
    std::vector<Source> sources() const;
    // The stored sources among these ids, ordered by id.
    std::vector<Source> sources(const std::vector<std::string>& ids) const;
    // Names of countries, officials and topics and every source, by id.
    NameIndex names() const;
    StoreStats stats() const;

    // Throws DataError naming the first id in the filter that the database lacks.
    void requireKnownIds(const Filter& filter) const;
    // What is wrong with the file (integrity, foreign keys, full-text index,
    // schema version); empty when it is sound. Damage is reported, not thrown.
    // The full-text index can only be checked when the store is writable.
    std::vector<std::string> check() const;

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace parley
