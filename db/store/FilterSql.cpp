#include "db/store/FilterSql.h"

#include "db/model/Vocabulary.h"
#include "db/store/KeyScan.h"
#include "db/store/SearchFacets.h"
#include "db/store/SearchText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace parley {

namespace {

// A facet's values travel as one bound JSON array, read with json_each, so the
// SQL text is the same whatever the number of values.
std::string jsonArray(const Filter::Ids& ids) { return nlohmann::json(ids).dump(); }

constexpr const char* kCountriesIn =
    "(SELECT id FROM country WHERE code IN (SELECT value FROM json_each(?)))";
constexpr const char* kOfficialsIn =
    "(SELECT id FROM official WHERE slug IN (SELECT value FROM json_each(?)))";
// The chosen topics and all their descendants.
constexpr const char* kTopicsWithDescendants =
    "(WITH RECURSIVE chosen(id) AS ("
    "   SELECT id FROM topic WHERE slug IN (SELECT value FROM json_each(?))"
    "   UNION SELECT topic.id FROM topic JOIN chosen ON topic.parent_id = chosen.id)"
    " SELECT id FROM chosen)";

class Conditions {
public:
    explicit Conditions(std::string select)
        : m_fragment{std::move(select) + " WHERE 1", {}}
    {
    }

    void add(const std::string& sql, std::initializer_list<std::string> params)
    {
        m_fragment.sql += " AND " + sql;
        m_fragment.params.insert(m_fragment.params.end(), params);
    }

    // Overlap of the record's period [startColumn, lastDayColumn] with the range.
    void dateRange(const Filter& filter, const std::string& startColumn,
                   const std::string& lastDayColumn)
    {
        if (filter.to())
            add(startColumn + " <= ?", {toIso(*filter.to())});
        if (filter.from())
            add(lastDayColumn + " >= ?", {toIso(*filter.from())});
    }

    SqlFragment take() { return std::move(m_fragment); }

private:
    SqlFragment m_fragment;
};

// One query per facet the filter sets (dates aside), each selecting the keys
// of the meetings that facet admits; a meeting matches when every one does.
std::vector<SqlFragment> meetingFacetQueries(SQLite::Database& db, const Filter& filter)
{
    std::vector<SqlFragment> facets;
    // Each facet reads its own index; none of them touches the wide meeting
    // rows except kinds and the rare words too short for the search index.
    if (!filter.countries().empty()) {
        const auto countries = jsonArray(filter.countries());
        facets.push_back({std::string("SELECT id FROM meeting WHERE host_id IN ") + kCountriesIn +
                              " UNION ALL SELECT p.meeting_id FROM meeting_participant p"
                              " JOIN official o ON o.id = p.official_id WHERE o.country_id IN " +
                              kCountriesIn,
                          {countries, countries}});
    }
    if (!filter.topics().empty())
        facets.push_back({std::string("SELECT meeting_id FROM meeting_topic WHERE topic_id IN ") +
                              kTopicsWithDescendants,
                          {jsonArray(filter.topics())}});
    if (!filter.kinds().empty())
        facets.push_back({"SELECT id FROM meeting WHERE kind IN (SELECT value FROM json_each(?))",
                          {jsonArray(filter.kinds())}});
    if (!filter.officials().empty())
        facets.push_back(
            {std::string("SELECT meeting_id FROM meeting_participant WHERE official_id IN ") +
                 kOfficialsIn,
             {jsonArray(filter.officials())}});
    auto search = meetingSearchFacets(db, filter.text());
    facets.insert(facets.end(), std::make_move_iterator(search.begin()),
                  std::make_move_iterator(search.end()));
    return facets;
}

// Every meeting's key. Keys are usually 1..n without gaps (nothing deleted),
// and then the count says so without reading a million rows.
std::vector<std::int64_t> allMeetingKeys(SQLite::Database& db)
{
    // Three statements: SQLite answers each of these alone from the B-tree's
    // edges or page headers, but not all three together.
    const std::int64_t count = db.execAndGet("SELECT count(*) FROM meeting").getInt64();
    const std::int64_t first = db.execAndGet("SELECT min(id) FROM meeting").getInt64();
    const std::int64_t last = db.execAndGet("SELECT max(id) FROM meeting").getInt64();
    if (count == 0 || last - first + 1 != count)
        return keysOf(db, {"SELECT id FROM meeting", {}});
    std::vector<std::int64_t> keys(static_cast<std::size_t>(count));
    std::iota(keys.begin(), keys.end(), first);
    return keys;
}

} // namespace

std::vector<std::int64_t> matchingMeetingKeys(SQLite::Database& db, const Filter& filter)
{
    auto facets = meetingFacetQueries(db, filter);
    if (facets.empty() && !filter.from() && !filter.to())
        return allMeetingKeys(db);
    if (filter.from() || filter.to()) {
        Conditions dates("SELECT id FROM meeting");
        dates.dateRange(filter, "start_date", "last_day");
        facets.push_back(dates.take());
    }
    std::vector<std::int64_t> keys;
    for (std::size_t i = 0; i < facets.size(); ++i) {
        auto found = keysOf(db, facets[i]);
        if (i == 0) {
            keys = std::move(found);
            continue;
        }
        std::vector<std::int64_t> both;
        std::ranges::set_intersection(keys, found, std::back_inserter(both));
        keys = std::move(both);
    }
    return keys;
}

SqlFragment matchingMeasureIds(const Filter& filter)
{
    Conditions where("SELECT x.id FROM measure x");
    where.dateRange(filter, "x.announced", "x.last_day");
    if (!filter.countries().empty()) {
        const auto countries = jsonArray(filter.countries());
        where.add(std::string("(x.imposed_by_id IN ") + kCountriesIn +
                      " OR x.id IN (SELECT measure_id FROM measure_target WHERE country_id IN " +
                      kCountriesIn + "))",
                  {countries, countries});
    }
    if (!filter.topics().empty())
        where.add(std::string("x.id IN (SELECT measure_id FROM measure_topic WHERE topic_id IN ") +
                      kTopicsWithDescendants + ")",
                  {jsonArray(filter.topics())});
    // The kinds facet holds meeting kinds, measure kinds or both; only the
    // measure kinds in it restrict measures.
    Filter::Ids measureKinds;
    for (const auto& kind : filter.kinds()) {
        if (isMeasureKind(kind))
            measureKinds.insert(kind);
    }
    if (!measureKinds.empty())
        where.add("x.kind IN (SELECT value FROM json_each(?))", {jsonArray(measureKinds)});
    // An official's measures are those raised at meetings the official attended.
    if (!filter.officials().empty())
        where.add(std::string("x.id IN (SELECT mm.measure_id FROM meeting_measure mm"
                              " JOIN meeting_participant p ON p.meeting_id = mm.meeting_id"
                              " WHERE p.official_id IN ") +
                      kOfficialsIn + ")",
                  {jsonArray(filter.officials())});
    // Measures are few; each word must appear in the title, summary or target.
    for (const auto& word : searchWords(filter.text()))
        where.add(containsWord({"x.title", "x.summary", "x.target_entity"}), {word});
    return where.take();
}

} // namespace parley
