#include "db/FilterSql.h"

#include "db/SearchText.h"
#include "db/Vocabulary.h"

#include <nlohmann/json.hpp>

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

} // namespace

SqlFragment matchingMeetingIds(SQLite::Database& db, const Filter& filter, Facet ignored)
{
    Conditions where("SELECT m.id FROM meeting m");
    where.dateRange(filter, "m.start_date", "m.last_day");
    if (!filter.countries().empty() && ignored != Facet::Countries) {
        const auto countries = jsonArray(filter.countries());
        where.add(std::string("(m.host_id IN ") + kCountriesIn +
                      " OR m.id IN (SELECT p.meeting_id FROM meeting_participant p"
                      " JOIN official o ON o.id = p.official_id WHERE o.country_id IN " +
                      kCountriesIn + "))",
                  {countries, countries});
    }
    if (!filter.topics().empty() && ignored != Facet::Topics)
        where.add(std::string("m.id IN (SELECT meeting_id FROM meeting_topic WHERE topic_id IN ") +
                      kTopicsWithDescendants + ")",
                  {jsonArray(filter.topics())});
    if (!filter.kinds().empty())
        where.add("m.kind IN (SELECT value FROM json_each(?))", {jsonArray(filter.kinds())});
    if (!filter.officials().empty())
        where.add(std::string("m.id IN (SELECT meeting_id FROM meeting_participant"
                              " WHERE official_id IN ") +
                      kOfficialsIn + ")",
                  {jsonArray(filter.officials())});
    if (const auto query = ftsQuery(db, filter.text()))
        where.add("m.id IN (SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ?)", {*query});
    return where.take();
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
        where.add("instr(lower(x.title || ' ' || coalesce(x.summary, '') || ' ' ||"
                  " coalesce(x.target_entity, '')), lower(?)) > 0",
                  {word});
    return where.take();
}

} // namespace parley
