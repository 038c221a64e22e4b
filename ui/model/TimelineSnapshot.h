#pragma once

#include "db/index/MeetingIndex.h"
#include "db/index/Splice.h"
#include "db/model/ChangeSet.h"
#include "db/model/Filter.h"
#include "db/model/Records.h"
#include "ui/model/BriefMeetings.h"
#include "ui/model/RecordList.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley {
class LoadProgress;
class Store;
struct ReferenceRecords;
} // namespace parley

namespace parley::ui {

// What names the records, and every meeting, whatever the filter: the same
// for every snapshot until the database changes, so a filter change shares the
// previous one, and its index picks the meetings and counts them in memory.
// Each part is shared read-only, so that the data after an edit shares every
// part the edit did not touch (afterChange).
struct ReferenceData {
    std::shared_ptr<const BriefMeetings> meetings =
        std::make_shared<const BriefMeetings>(); // by start date then id
    std::shared_ptr<const MeetingIndex> index =
        std::make_shared<const MeetingIndex>(); // of the meetings, by the same positions
    // Looked up for every participant.
    std::shared_ptr<const std::unordered_map<std::string, Official>> officials =
        std::make_shared<const std::unordered_map<std::string, Official>>();
    std::shared_ptr<const std::map<std::string, Country>> countries =
        std::make_shared<const std::map<std::string, Country>>();
    std::shared_ptr<const std::map<std::string, Topic>> topics =
        std::make_shared<const std::map<std::string, Topic>>();
    // By date then id; a meeting may link one the filter hides.
    std::shared_ptr<const std::vector<Measure>> allMeasures =
        std::make_shared<const std::vector<Measure>>();

    // How afterChange() made this data from the data before the edit, so
    // that a view of every meeting can follow the splice instead of starting
    // over. FROM only names that data (compare it with one still held).
    struct Patch {
        const ReferenceData* from = nullptr;
        Splice meetings;
    };
    std::optional<Patch> patch; // none when loaded

    // Reads the meetings from COLUMNS_FILE, a snapshot of their columns, and
    // the records from the file beside it, when they hold the store as it is
    // now; otherwise from the store, and unkept says so. No file, no snapshot.
    // PROGRESS, when given, counts the meetings read from the store and stops
    // the load (LoadCancelled) once cancelled.
    static std::shared_ptr<const ReferenceData> load(const Store& store,
                                                     const std::filesystem::path& columnsFile = {},
                                                     LoadProgress* progress = nullptr);

    // What load() read from the store for want of files that held it, with
    // the store's stamp then, for keep() to write for the next start. The
    // window writes them after it has shown the data: at a million meetings
    // that takes a third of a second. None in the data after an edit.
    struct Unkept {
        std::filesystem::path columnsFile;
        std::string stamp;
        std::shared_ptr<const MeetingColumns> columns; // null: read from their file
        bool records = false;                          // read from the store
    };
    std::optional<Unkept> unkept;
    // Writes the files unkept names. They are a cache: one that cannot be
    // written costs the next start its time and nothing else.
    void keep() const;

    // This data after CHANGE was written to STORE, which held this data
    // before: the meetings and measures it touched are read again and put in
    // their places, and every other part is shared (ReferencePatch.cpp).
    // UNDO is what Store::apply returned for CHANGE, the touched records as
    // they were. Nullptr when the change renamed or moved what names the
    // records (officials, countries, topics), or when this data does not hold
    // the records UNDO names: then load() is the way.
    std::shared_ptr<const ReferenceData> afterChange(const Store& store, const ChangeSet& change,
                                                     const ChangeSet& undo) const;

    // From the first day of the earliest meeting to the last day of the
    // latest one; nullopt when there are none.
    std::optional<Period> meetingsSpan() const;
    // The records held beside the meetings, in the store's orders, as
    // load() reads them from a records file (db/index/RecordsFile.h).
    ReferenceRecords records() const;
};

// The most meetings, and the most measures, the window shows: the timeline
// keeps an item's index in 27 bits (TimelineLayout::Item). A larger database
// is refused with a message rather than drawn wrong.
constexpr std::size_t kMostShown = (std::size_t{1} << 26) - 1;

// Everything the views show for one Filter, queried once and shared read-only
// by the timeline, the table, the panels and the status bar, so they can never
// disagree.
struct TimelineSnapshot {
    Filter filter;
    // Matching the filter, by start date then id; brief records (no summary,
    // measures or sources: Store::meeting() and Store::sources(ids) have them).
    MeetingList meetings;
    MeasureList measures;  // matching the filter, by date then id
    int totalMeetings = 0; // in the whole database
    std::vector<Count> countryCounts;
    std::vector<Count> topicCounts;

    std::shared_ptr<const ReferenceData> reference = std::make_shared<const ReferenceData>();

    // Queries FILTER; REFERENCE, when given, must be of the store as it is now
    // (the previous snapshot's while the database has not changed).
    // Without REFERENCE, it is loaded (ReferenceData::load with COLUMNS_FILE).
    static std::shared_ptr<const TimelineSnapshot>
    build(const Store& store, const Filter& filter,
          std::shared_ptr<const ReferenceData> reference = nullptr,
          const std::filesystem::path& columnsFile = {});

    // The meeting with this id, or nullptr when the filter hides it.
    const Meeting* meeting(const std::string& id) const;
    // The last day of the shown meetings' periods; nullopt when none is shown.
    std::optional<Date> lastMeetingDay() const;
    // Any measure of the database, shown or not.
    const Measure* measure(const std::string& id) const;
    const Official* official(const std::string& id) const;
    // Display names, falling back to the id.
    std::string officialName(const std::string& id) const;
    std::string countryName(const std::string& code) const;
    std::string topicName(const std::string& id) const;
};

using SnapshotPtr = std::shared_ptr<const TimelineSnapshot>;

} // namespace parley::ui
