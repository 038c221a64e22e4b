#include "db/synthetic/SyntheticWorld.h"

#include <algorithm>
#include <climits>

namespace parley::synthetic {

namespace {

const Date kEpoch(1980, 1, 1);
// Enough days for every record and the sources published a few days after.
constexpr int kCalendarDays = 56 * 366;
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2026;

std::vector<std::uint64_t> countryWeights(bool squared)
{
    std::vector<std::uint64_t> weights;
    for (const auto& country : countryEntries())
        weights.push_back(static_cast<std::uint64_t>(country.weight) *
                          static_cast<std::uint64_t>(squared ? country.weight : 1));
    return weights;
}

// The yearly volume grows eightfold from 1990 to 2026.
std::uint64_t yearWeight(int year)
{
    return 10 + 2 * static_cast<std::uint64_t>(year - kFirstYear);
}

std::vector<std::uint64_t> yearWeights()
{
    std::vector<std::uint64_t> weights;
    for (int year = kFirstYear; year <= kLastYear; ++year)
        weights.push_back(yearWeight(year));
    return weights;
}

bool isBloc(const CountryEntry& country) { return country.code.size() > 2; }

std::string slugOf(std::string_view text)
{
    std::string slug;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            slug += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            slug += c;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    return slug;
}

} // namespace

int dayOf(Date date) { return static_cast<int>((date - kEpoch).days()); }
Date dateOf(int day) { return kEpoch + boost::gregorian::days(day); }
int firstDayOfYear(int year) { return dayOf(Date(static_cast<unsigned short>(year), 1, 1)); }

int firstDayOfMonth(int day)
{
    const Date date = dateOf(day);
    return dayOf(Date(date.year(), date.month(), 1));
}

const int kFirstDay = firstDayOfYear(kFirstYear);
const int kLastDay = firstDayOfYear(kLastYear + 1) - 1;

World::World(const SyntheticOptions& options, BulkWriter& writer, Random& random)
    : m_options(options)
    , m_writer(writer)
    , m_random(random)
    , m_years(yearWeights())
    , m_countries(countryWeights(false))
    , m_imposers(countryWeights(true))
{
    m_iso.reserve(kCalendarDays);
    for (int day = 0; day < kCalendarDays; ++day)
        m_iso.push_back(toIso(dateOf(day)));
    for (const auto publisher : publishers())
        m_publisherSlugs.push_back(slugOf(publisher));
    writeCountries();
    writeTopics();
    writeOfficials();
    planSummits();
}

void World::writeCountries()
{
    const auto countries = countryEntries();
    for (std::size_t i = 0; i < countries.size(); ++i)
        m_writer.country(keyOfCountry(i), countries[i].code, countries[i].name);
}

void World::writeTopics()
{
    const auto topics = topicEntries();
    Key parents[3] = {};
    for (std::size_t i = 0; i < topics.size(); ++i) {
        const Key key = static_cast<Key>(i) + 1;
        const auto& topic = topics[i];
        m_writer.topic(key, topic.id, topic.name,
                       topic.depth > 0 ? std::optional(parents[topic.depth - 1]) : std::nullopt);
        parents[topic.depth] = key;
        // Meetings are about specific matters, not about "Trade" as a whole.
        if (topic.depth > 0)
            m_topicKeys.push_back(key);
    }
    m_random.shuffle(m_topicKeys);
    m_topics.emplace(zipfWeights(m_topicKeys.size(), 8));
}

void World::writeOfficials()
{
    const auto countries = countryEntries();
    const auto count = static_cast<std::size_t>(m_options.officialCount());
    m_officials.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Key key = keyOfOfficial(i);
        const auto country = m_countries(m_random);
        const auto given = m_random.pick(givenNames());
        const auto family = m_random.pick(familyNames());
        m_text.assign(given).append(" ").append(family);
        m_slug = slugOf(m_text) + "-" + std::to_string(key);
        m_writer.official(key, m_slug, m_text, keyOfCountry(country));
        if (m_random.chance(300)) {
            m_text = given.front();
            m_text += ". ";
            m_text += family;
            m_writer.alias(key, m_text);
        }
        Official info{country, 0, 0, family};
        writePositions(key, countries[country], info);
        m_officials.push_back(info);
    }
    // Zipf weights dealt to officials in random order: a few meet very often.
    const auto zipf = zipfWeights(count, count / 500);
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    m_random.shuffle(order);
    std::vector<std::uint64_t> weights(count);
    for (std::size_t rank = 0; rank < count; ++rank)
        weights[order[rank]] = zipf[rank];
    m_participation.emplace(weights);
}

// One to four successive offices; a quarter of the changes overlap (a new
// office taken up before the last one is left). An office still held at the
// end of 2026 has no end date.
void World::writePositions(Key official, const CountryEntry& country, Official& info)
{
    const auto offices = isBloc(country) ? blocOffices() : countryOffices();
    static const std::uint64_t kOfficeCounts[] = {35, 30, 20, 15};
    const int count = 1 + static_cast<int>(WeightedChoice(kOfficeCounts)(m_random));
    int start = m_random.between(firstDayOfYear(1986), firstDayOfYear(2025) - 1);
    info.activeFrom = start;
    info.activeTo = start;
    std::string_view previous;
    for (int i = 0; i < count && start <= kLastDay; ++i) {
        auto office = m_random.pick(offices);
        while (office == previous)
            office = m_random.pick(offices);
        previous = office;
        const auto bar = office.find('|');
        m_text.clear();
        for (char c : office.substr(bar + 1)) {
            if (c == '%')
                m_text += country.name;
            else
                m_text += c;
        }
        const int length = m_random.between(365, 7 * 365);
        const int end = start + length;
        const bool held = end > kLastDay;
        m_writer.position(official, office.substr(0, bar), m_text, iso(start),
                          held ? std::nullopt : std::optional<std::string_view>(iso(end)));
        if (held) {
            info.activeTo = INT_MAX;
            break;
        }
        info.activeTo = std::max(info.activeTo, end);
        start = m_random.chance(250) ? end - m_random.between(30, std::min(300, length - 1))
                                     : end + m_random.between(1, 200);
    }
}

// Every bloc meets once a year, the major ones twice, for one to three days,
// at its seat or in a member's capital.
void World::planSummits()
{
    const auto countries = countryEntries();
    std::vector<std::uint64_t> weights;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        for (std::size_t bloc = 0; bloc < countries.size(); ++bloc) {
            if (!isBloc(countries[bloc]))
                continue;
            for (int n = 0; n < (countries[bloc].weight >= 8 ? 2 : 1); ++n) {
                Summit summit{firstDayOfYear(year) + m_random.between(0, 362),
                              m_random.between(1, 3), bloc, bloc, countries[bloc].city};
                if (m_random.chance(500)) {
                    summit.host = m_countries(m_random);
                    summit.city = countries[summit.host].city;
                }
                m_summits.push_back(summit);
                weights.push_back(yearWeight(year) *
                                  static_cast<std::uint64_t>(countries[bloc].weight));
            }
        }
    }
    m_summitChoice.emplace(weights);
}

int World::randomDay()
{
    const int year = kFirstYear + static_cast<int>(m_years(m_random));
    return m_random.between(firstDayOfYear(year), firstDayOfYear(year + 1) - 1);
}

std::size_t World::pickOfficial(int day, const std::vector<std::size_t>& chosen, bool otherCountry)
{
    const auto fits = [&](std::size_t official, bool inOffice, bool foreign) {
        const auto& info = m_officials[official];
        return std::ranges::find(chosen, official) == chosen.end() &&
               (!inOffice || (info.activeFrom <= day && day <= info.activeTo)) &&
               (!foreign || info.country != m_officials[chosen.front()].country);
    };
    for (int attempt = 0; attempt < 12; ++attempt) {
        const auto official = (*m_participation)(m_random);
        if (fits(official, true, otherCountry))
            return official;
    }
    // The busy few are out of office that day: anyone in office, else anyone.
    for (int attempt = 0;; ++attempt) {
        const auto official = static_cast<std::size_t>(m_random.below(m_officials.size()));
        if (fits(official, attempt < 64, false))
            return official;
    }
}

const CountryEntry& World::countryOf(std::size_t official) const
{
    return countryEntries()[m_officials[official].country];
}

std::vector<World::Key> World::pickTopics(int most)
{
    std::vector<Key> chosen;
    const int count = m_random.between(1, most);
    while (static_cast<int>(chosen.size()) < count) {
        const auto topic = m_topicKeys[(*m_topics)(m_random)];
        if (std::ranges::find(chosen, topic) == chosen.end())
            chosen.push_back(topic);
    }
    return chosen;
}

std::string_view World::topicName(Key topic) const
{
    return topicEntries()[static_cast<std::size_t>(topic - 1)].name;
}

World::Key World::sourceFor(int day)
{
    const auto publisher = static_cast<std::size_t>(m_random.below(m_publisherSlugs.size()));
    const int published = day + m_random.between(0, 2);
    const auto [found, added] =
        m_sources.try_emplace(std::int64_t{published} * 16 + static_cast<std::int64_t>(publisher),
                              static_cast<Key>(m_sources.size()) + 1);
    if (added) {
        const auto& slug = m_publisherSlugs[publisher];
        const auto name = publishers()[publisher];
        const auto& date = iso(published);
        m_writer.source(found->second, slug + "-" + date, name,
                        std::string(name) + " diplomatic digest, " + date, date,
                        "https://example.org/" + slug + "/" + date + ".html");
    }
    return found->second;
}

} // namespace parley::synthetic
