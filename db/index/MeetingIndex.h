#pragma once

#include "db/model/Filter.h"
#include "db/model/Records.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace parley {

class Store;

// Every meeting's facets in compact columns, so that a view holding all the
// meetings answers a Filter, and the counts beside the country and topic
// lists, in memory: one pass over a million meetings takes milliseconds where
// the store's queries take a second. It answers exactly as Store::meetings()
// and Store::meetingsPerCountry()/meetingsPerTopic() do.
//
// Meetings are named by their position in the records it was built from
// (Store::allMeetingBriefs()). Text is the one facet it leaves to the store's
// full-text index.
class MeetingIndex {
public:
    MeetingIndex() = default;
    MeetingIndex(const std::vector<std::int64_t>& keys, std::span<const Meeting> meetings,
                 const std::vector<Official>& officials, const std::vector<Country>& countries,
                 const std::vector<Topic>& topics);

    struct Answer {
        std::vector<bool> matching; // by position
        std::vector<Count> countryCounts;
        std::vector<Count> topicCounts;
    };
    // The meetings the filter's search text admits, by position, as the full-text
    // index of STORE (the one the index was built from) finds them; nullopt when
    // the filter has no text to search for.
    std::optional<std::vector<bool>> textMatches(const Store& store, const Filter& filter) const;
    // TEXT is what textMatches() gave for FILTER.
    Answer answer(const Filter& filter, const std::optional<std::vector<bool>>& text) const;

    std::size_t size() const { return m_keys.size(); }

    // The day numbers (Date::day_number()) of a meeting's first and last day;
    // a meeting known to the month covers the month.
    std::int32_t firstDay(std::size_t meeting) const { return m_firstDay[meeting]; }
    std::int32_t lastDay(std::size_t meeting) const { return m_lastDay[meeting]; }
    Precision precision(std::size_t meeting) const { return m_precision[meeting]; }
    // A meeting's countries (its host's and its participants'), participants
    // and own topics, each once and ascending, as positions in the lists below.
    std::span<const std::uint32_t> countriesOf(std::size_t meeting) const;
    std::span<const std::uint32_t> officialsOf(std::size_t meeting) const;
    std::span<const std::uint32_t> topicsOf(std::size_t meeting) const;
    // An official's country, by their positions in officialIds() and
    // countryCodes(); nullopt when it is not known.
    std::optional<std::uint32_t> countryOfOfficial(std::uint32_t official) const
    {
        return m_countryOfOfficial[official];
    }
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
        std::vector<std::uint32_t> offsets{0};
        std::vector<std::uint32_t> values;
        std::span<const std::uint32_t> of(std::size_t meeting) const;
        // Adds the next meeting's values, sorted and each once; clears them.
        std::span<const std::uint32_t> add(std::vector<std::uint32_t>& meetingValues);
    };

    std::vector<std::int64_t> m_keys;   // the store's, by position
    std::vector<std::uint32_t> m_byKey; // positions, in the order of their keys
    std::vector<std::int32_t> m_firstDay;
    std::vector<std::int32_t> m_lastDay;
    std::vector<Precision> m_precision;
    std::vector<std::uint8_t> m_kind; // into meetingKinds(), which holds every meeting's
    Links m_countries;                // the host's and every participant's
    Links m_topics;                   // its own
    Links m_topicLineages;            // each topic and its ancestors
    Links m_officials;
    std::vector<std::string> m_countryCodes;                       // by index
    std::vector<std::string> m_topicIds;                           // by index
    std::vector<std::string> m_officialIds;                        // by index
    std::vector<std::optional<std::uint32_t>> m_countryOfOfficial; // by official
};

} // namespace parley
