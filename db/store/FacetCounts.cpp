#include "db/store/FacetCounts.h"

#include "db/store/FilterSql.h"
#include "db/store/KeyScan.h"

#include <algorithm>
#include <optional>

namespace parley {

namespace {

std::int64_t keyColumn(const SQLite::Column& column)
{
    return column.isNull() ? -1 : column.getInt64();
}

// Counts each meeting once per value: `values` holds one meeting's values
// (with repeats), which are then cleared.
void countOnce(std::vector<std::int64_t>& values, std::vector<int>& counts)
{
    std::ranges::sort(values);
    for (auto value = values.begin(); value != values.end();
         value = std::upper_bound(value, values.end(), *value)) {
        if (*value >= 0 && static_cast<std::size_t>(*value) < counts.size())
            ++counts[static_cast<std::size_t>(*value)];
    }
    values.clear();
}

// Rows "SELECT meeting key, value key" restricted to the keys, grouped by
// meeting; `expand` turns a row's value into the values it counts for (a
// topic: itself and its ancestors). Each meeting counts once per value; its
// value in `first` (a host), if any, counts too, also when it has no rows.
template <typename Expand>
std::vector<int> countPerMeeting(SQLite::Database& db, const std::string& select, const Keys& keys,
                                 std::size_t valueCount, const std::vector<std::int64_t>& first,
                                 Expand expand)
{
    std::vector<int> counts(valueCount, 0);
    std::vector<bool> seen(keys.size(), false);
    std::vector<std::int64_t> values;
    std::optional<std::size_t> current;
    forEachRow(db, select, "l.meeting_id", keys, [&](std::size_t at, SQLite::Statement& row) {
        if (current != at) {
            if (current)
                countOnce(values, counts);
            current = at;
            seen[at] = true;
            if (!first.empty())
                values.push_back(first[at]);
        }
        expand(row.getColumn(1).getInt64(), values);
    });
    if (current)
        countOnce(values, counts);
    for (std::size_t at = 0; at < first.size(); ++at) {
        if (!seen[at]) {
            values.push_back(first[at]);
            countOnce(values, counts);
        }
    }
    return counts;
}

// The host of each meeting, by position in the keys. A dense set reads the
// whole host index (narrow) rather than the meeting rows (wide).
std::vector<std::int64_t> hostsOf(SQLite::Database& db, const Keys& keys)
{
    std::vector<std::int64_t> hosts(keys.size(), -1);
    const auto keep = [&](std::size_t at, SQLite::Statement& row) {
        hosts[at] = row.getColumn(1).getInt64();
    };
    if (areDense(keys)) {
        SQLite::Statement query(db, "SELECT id, host_id FROM meeting INDEXED BY meeting_by_host");
        forEachKeyedRow(query, keys, keep);
    } else {
        forEachRow(db, "SELECT m.id, m.host_id FROM meeting m", "m.id", keys, keep);
    }
    return hosts;
}

std::vector<Count> countsWithSlugs(const std::vector<int>& counts,
                                   const std::vector<std::string>& slugs)
{
    std::vector<Count> result;
    for (std::size_t key = 0; key < counts.size(); ++key) {
        if (counts[key] > 0)
            result.push_back({slugs[key], counts[key]});
    }
    std::ranges::sort(result, {}, &Count::id);
    return result;
}

} // namespace

std::vector<Count> countMeetingsPerCountry(SQLite::Database& db, const Filter& filter)
{
    Filter others = filter;
    others.setCountries({});
    const auto keys = matchingMeetingKeys(db, others);
    if (keys.empty())
        return {};
    const auto codes = slugsByKey(db, "SELECT id, code FROM country");
    const auto countryOf =
        byRowKey<std::int64_t>(db, "SELECT id, country_id FROM official", -1, keyColumn);
    const auto counts = countPerMeeting(
        db, "SELECT l.meeting_id, l.official_id FROM meeting_participant l", keys, codes.size(),
        hostsOf(db, keys), [&](std::int64_t official, std::vector<std::int64_t>& values) {
            if (official >= 0 && static_cast<std::size_t>(official) < countryOf.size())
                values.push_back(countryOf[static_cast<std::size_t>(official)]);
        });
    return countsWithSlugs(counts, codes);
}

std::vector<Count> countMeetingsPerTopic(SQLite::Database& db, const Filter& filter)
{
    Filter others = filter;
    others.setTopics({});
    const auto keys = matchingMeetingKeys(db, others);
    if (keys.empty())
        return {};
    const auto slugs = slugsByKey(db, "SELECT id, slug FROM topic");
    const auto parentOf =
        byRowKey<std::int64_t>(db, "SELECT id, parent_id FROM topic", -1, keyColumn);
    const auto counts = countPerMeeting(
        db, "SELECT l.meeting_id, l.topic_id FROM meeting_topic l", keys, slugs.size(), {},
        [&](std::int64_t topic, std::vector<std::int64_t>& values) {
            // The topic and its ancestors; the step limit guards against a cycle.
            for (std::size_t step = 0; topic >= 0 && step < parentOf.size(); ++step) {
                values.push_back(topic);
                topic = static_cast<std::size_t>(topic) < parentOf.size()
                            ? parentOf[static_cast<std::size_t>(topic)]
                            : -1;
            }
        });
    return countsWithSlugs(counts, slugs);
}

std::vector<Count> countMeetingsPerOfficial(SQLite::Database& db, const Filter& filter)
{
    const auto keys = matchingMeetingKeys(db, filter);
    if (keys.empty())
        return {};
    const auto slugs = slugsByKey(db, "SELECT id, slug FROM official");
    const auto counts = countPerMeeting(
        db, "SELECT l.meeting_id, l.official_id FROM meeting_participant l", keys, slugs.size(), {},
        [](std::int64_t official, std::vector<std::int64_t>& values) {
            values.push_back(official);
        });
    return countsWithSlugs(counts, slugs);
}

} // namespace parley
