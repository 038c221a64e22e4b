#pragma once

// Internal to db/: the fixed cast of a synthetic dataset — countries, topics,
// officials with their careers, summits and news sources — written once, then
// drawn from for every meeting and measure.

#include "db/model/Dates.h"
#include "db/store/BulkWriter.h"
#include "db/synthetic/SyntheticData.h"
#include "db/synthetic/SyntheticRandom.h"
#include "db/synthetic/SyntheticVocabulary.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley::synthetic {

// Records fall between 1990-01-01 and 2026-12-31. Days are numbered from
// 1980-01-01, so a date is an int and its ISO text a table lookup.
int dayOf(Date date);
Date dateOf(int day);
int firstDayOfYear(int year);
int firstDayOfMonth(int day);
extern const int kFirstDay;
extern const int kLastDay;

class World {
public:
    using Key = BulkWriter::Key;

    struct Official {
        std::size_t country; // index into countryEntries()
        int activeFrom;      // first and last day in office
        int activeTo;
        std::string_view family;
    };
    struct Summit {
        int day; // the first
        int days;
        std::size_t bloc; // the bloc that holds it
        std::size_t host; // the country (or the bloc itself) that hosts it
        std::string_view city;
    };

    // Writes the countries, topics and officials.
    World(const SyntheticOptions& options, BulkWriter& writer, Random& random);

    const std::string& iso(int day) const { return m_iso[static_cast<std::size_t>(day)]; }
    // A day of the period, recent years more likely (more is reported).
    int randomDay();
    // A summit, recent and major blocs' ones more likely.
    std::size_t randomSummit() { return (*m_summitChoice)(m_random); }
    const Summit& summit(std::size_t index) const { return m_summits[index]; }
    // Countries by how often they take part in diplomacy; imposers of
    // measures far more concentrated on major powers.
    std::size_t randomCountry() { return m_countries(m_random); }
    std::size_t randomImposer() { return m_imposers(m_random); }

    // A participant in office on the day and not chosen yet, by Zipf-like
    // weights (a few officials meet very often); when `otherCountry`, one from
    // another country than the first chosen. After a few tries anyone new.
    std::size_t pickOfficial(int day, const std::vector<std::size_t>& chosen, bool otherCountry);
    const Official& official(std::size_t index) const { return m_officials[index]; }
    const CountryEntry& countryOf(std::size_t official) const;
    static Key keyOfOfficial(std::size_t index) { return static_cast<Key>(index) + 1; }
    static Key keyOfCountry(std::size_t index) { return static_cast<Key>(index) + 1; }

    // One to `most` distinct topics, a few of them far more popular; by key.
    std::vector<Key> pickTopics(int most);
    std::string_view topicName(Key topic) const;

    // The source that reports on something that happened on the day, written
    // the first time it is cited.
    Key sourceFor(int day);

private:
    void writeCountries();
    void writeTopics();
    void writeOfficials();
    void writePositions(Key official, const CountryEntry& country, Official& info);
    void planSummits();

    const SyntheticOptions& m_options;
    BulkWriter& m_writer;
    Random& m_random;
    std::vector<std::string> m_iso;
    WeightedChoice m_years;
    WeightedChoice m_countries;
    WeightedChoice m_imposers;
    std::vector<Key> m_topicKeys; // topics meetings are about, most popular first
    std::optional<WeightedChoice> m_topics;
    std::vector<Official> m_officials;
    std::optional<WeightedChoice> m_participation;
    std::vector<Summit> m_summits;
    std::optional<WeightedChoice> m_summitChoice;
    std::unordered_map<std::int64_t, Key> m_sources; // by day and publisher
    std::vector<std::string> m_publisherSlugs;
    std::string m_text, m_slug; // reused buffers
};

} // namespace parley::synthetic
