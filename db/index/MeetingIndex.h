#pragma once

#include "db/index/Column.h"
#include "db/model/Filter.h"
#include "db/model/Records.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley {

class SnapshotReader;
class SnapshotWriter;
class Store;
struct Splice;

// Every meeting's facets in compact columns, so that a view holding all the
// meetings answers a Filter, and the counts beside the country and topic
// lists, in memory: one pass over a million meetings takes milliseconds where
// the store's queries take a second. It answers exactly as Store::meetings()
// and Store::meetingsPerCountry()/meetingsPerTopic() do.
//
// Meetings are named by their position in date order (start, then id), as
// Store::allMeetingBriefs() and Store::forEachMeeting() give them. Text is
// the one facet it leaves to the store's full-text index.
class MeetingIndex {
public:
    class Builder;

    MeetingIndex() = default;
    MeetingIndex(const std::vector<std::int64_t>& keys, std::span<const Meeting> meetings,
                 const std::vector<Official>& officials, const std::vector<Country>& countries,
                 const std::vector<Topic>& topics);
    // As save() wrote it (MeetingIndexSnapshot.cpp).
    explicit MeetingIndex(SnapshotReader& reader);
    void save(SnapshotWriter& writer) const;

    // This index after SPLICE (MeetingIndexSplice.cpp): ADDED holds the added
    // meetings, built by a Builder like this index (Builder(const
    // MeetingIndex&, ...)), so that both name records by the same positions.
    MeetingIndex spliced(const Splice& splice, const MeetingIndex& added) const;

    bool operator==(const MeetingIndex&) const = default;

    struct Answer {
        // The positions of the meetings the filter keeps, ascending; nullopt
        // when it keeps every one (an empty filter), rather than listing
        // them all.
        std::optional<std::vector<std::uint32_t>> matching;
        std::vector<Count> countryCounts;
        std::vector<Count> topicCounts;
    };
    // The meetings the filter's search text admits, by position, as the full-text
    // index of STORE (the one the index was built from) finds them; nullopt when
    // the filter has no text to search for.
    std::optional<std::vector<bool>> textMatches(const Store& store, const Filter& filter) const;
    // TEXT is what textMatches() gave for FILTER. The meetings are gone
    // through in PARTS at once; by default one per core when there are enough
    // of them (InParts.h). The answer is the same in any number of parts.
    Answer answer(const Filter& filter, const std::optional<std::vector<bool>>& text,
                  std::optional<std::size_t> parts = {}) const;

    std::size_t size() const { return m_keys.size(); }

    // The day numbers (Date::day_number()) of a meeting's first and last day;
    // a meeting known to the month covers the month.
    std::int32_t firstDay(std::size_t meeting) const { return m_firstDay[meeting]; }
    std::int32_t lastDay(std::size_t meeting) const { return m_lastDay[meeting]; }
    Precision precision(std::size_t meeting) const { return m_precision[meeting]; }
    // The store's key of a meeting.
    std::int64_t key(std::size_t meeting) const { return m_keys[meeting]; }
    // Its kind, as a position in meetingKinds().
    std::uint8_t kind(std::size_t meeting) const { return m_kind[meeting]; }
    // Its host, as a position in countryCodes(); nullopt when not known.
    std::optional<std::uint32_t> host(std::size_t meeting) const;
    // A meeting's countries (its host's and its participants'), participants
    // and own topics, each once and ascending, as positions in the lists below.
    std::span<const std::uint32_t> countriesOf(std::size_t meeting) const;
    std::span<const std::uint32_t> officialsOf(std::size_t meeting) const;
    std::span<const std::uint32_t> topicsOf(std::size_t meeting) const;
    // An official's country, by their positions in officialIds() and
    // countryCodes(); nullopt when it is not known.
    std::optional<std::uint32_t> countryOfOfficial(std::uint32_t official) const;
    // The meetings this official took part in, as positions, ascending.
    std::vector<std::size_t> meetingsOf(const std::string& officialId) const;
    // Every id, ascending.
    const std::vector<std::string>& countryCodes() const { return m_countryCodes; }
    const std::vector<std::string>& officialIds() const { return m_officialIds; }
    const std::vector<std::string>& topicIds() const { return m_topicIds; }

private:
    // Each meeting's values of one facet, each once: meeting i's are
    // values[offsets[i], offsets[i + 1]).
    struct Links {
        Column<std::uint32_t> offsets{std::vector<std::uint32_t>{0}};
        Column<std::uint32_t> values;
        std::span<const std::uint32_t> of(std::size_t meeting) const;
        // The values of the meetings [first, last).
        std::span<const std::uint32_t> of(std::size_t first, std::size_t last) const;
        Links spliced(const Splice& splice, const Links& added) const;
        bool operator==(const Links&) const = default;
    };

    Column<std::int64_t> m_keys;   // the store's, by position
    Column<std::uint32_t> m_byKey; // positions, in the order of their keys
    Column<std::int32_t> m_firstDay;
    Column<std::int32_t> m_lastDay;
    Column<Precision> m_precision;
    Column<std::uint8_t> m_kind;  // into meetingKinds(), which holds every meeting's
    Column<std::uint32_t> m_host; // kNone when the host is not known
    Links m_countries;            // the host's and every participant's
    Links m_topics;               // its own
    Links m_topicLineages;        // each topic and its ancestors
    Links m_officials;
    std::vector<std::string> m_countryCodes;   // by index
    std::vector<std::string> m_topicIds;       // by index
    std::vector<std::string> m_officialIds;    // by index
    Column<std::uint32_t> m_countryOfOfficial; // by official; kNone when not known

    static constexpr std::uint32_t kNone = 0xFFFFFFFF;
};

// Builds an index meeting by meeting, in date order: from the store's rows
// (IndexLoad.h) or from brief records.
class MeetingIndex::Builder {
public:
    Builder(const std::vector<Official>& officials, const std::vector<Country>& countries,
            const std::vector<Topic>& topics);
    // An index of other meetings that names the same officials, countries and
    // topics as LIKE, by the same positions; TOPICS are those topics.
    Builder(const MeetingIndex& like, const std::vector<Topic>& topics);

    // Positions of ids in the index's sorted lists.
    std::optional<std::uint32_t> country(std::string_view code) const;
    std::optional<std::uint32_t> official(std::string_view id) const;
    std::optional<std::uint32_t> topic(std::string_view id) const;

    struct Facets {
        std::int64_t key = 0;
        std::int32_t firstDay = 0;
        std::int32_t lastDay = 0;
        Precision precision = Precision::Day;
        std::uint8_t kind = 0;
        std::optional<std::uint32_t> host;
        std::vector<std::uint32_t> participants; // official positions, any order
        std::vector<std::uint32_t> topics;       // topic positions, any order
    };
    // Makes room for MEETINGS more meetings with PARTICIPANTS and TOPICS
    // links in all: growing a million meetings' columns a step at a time
    // copies them and touches fresh memory twice over.
    void reserve(std::size_t meetings, std::size_t participants, std::size_t topics);
    // Adds the next meeting; its lists are used up.
    void add(Facets& meeting);
    // Adds the next meeting from its brief record, with its store KEY.
    void add(std::int64_t key, const Meeting& meeting);
    MeetingIndex finish();

private:
    // A facet's links as they grow, meeting by meeting.
    struct GrowingLinks {
        std::vector<std::uint32_t> offsets{0};
        std::vector<std::uint32_t> values;
        // Adds the next meeting's values, sorted and each once; clears them.
        std::span<const std::uint32_t> add(std::vector<std::uint32_t>& meetingValues);
        void reserve(std::size_t meetings, std::size_t links);
        Links finish();
    };

    // The lookups of the ids in the index's lists, and each topic's lineage.
    void lookUpReferences(const std::vector<Topic>& topics);

    using Positions = std::unordered_map<std::string_view, std::uint32_t>;

    MeetingIndex m_index; // its lists of ids; the columns grow below
    std::vector<std::int64_t> m_keys;
    std::vector<std::int32_t> m_firstDay;
    std::vector<std::int32_t> m_lastDay;
    std::vector<Precision> m_precision;
    std::vector<std::uint8_t> m_kind;
    std::vector<std::uint32_t> m_host;
    GrowingLinks m_countries;
    GrowingLinks m_topics;
    GrowingLinks m_topicLineages;
    GrowingLinks m_officials;
    Positions m_countryAt;
    Positions m_officialAt;
    Positions m_topicAt;
    std::vector<std::vector<std::uint32_t>> m_lineage; // each topic and its ancestors
    std::vector<std::uint32_t> m_values;
    std::vector<std::uint32_t> m_lineages;
    Facets m_scratch; // for add(key, meeting), without an allocation a meeting
};

} // namespace parley
