#include "db/store/ChangeCheck.h"

#include "db/model/Errors.h"
#include "db/model/RecordRules.h"
#include "db/store/ChangeRecords.h"
#include "db/store/RecordReader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

namespace parley {

namespace {

bool holds(const std::vector<std::string>& ids, const std::string& id)
{
    return std::ranges::find(ids, id) != ids.end();
}

// The ids of the database with the change applied.
class IdsAfter : public KnownIds {
public:
    IdsAfter(SQLite::Database& db, const ChangeSet& change)
        : m_db(db)
        , m_change(change)
    {
    }

    bool contains(RecordKind kind, const std::string& id) const override
    {
        const Dataset& put = m_change.put;
        const RecordIds& removed = m_change.remove;
        switch (kind) {
        case RecordKind::Source:
            return puts(put.sources, &Source::id, id) ||
                   (!holds(removed.sources, id) && stored("source", "slug", id));
        case RecordKind::Country:
            return puts(put.countries, &Country::code, id) ||
                   (!holds(removed.countries, id) && stored("country", "code", id));
        case RecordKind::Topic:
            return puts(put.topics, &Topic::id, id) ||
                   (!holds(removed.topics, id) && stored("topic", "slug", id));
        case RecordKind::Official:
            return puts(put.officials, &Official::id, id) ||
                   (!holds(removed.officials, id) && stored("official", "slug", id));
        case RecordKind::Meeting:
            return puts(put.meetings, &Meeting::id, id) ||
                   (!holds(removed.meetings, id) && stored("meeting", "slug", id));
        case RecordKind::Measure:
            return puts(put.measures, &Measure::id, id) ||
                   (!holds(removed.measures, id) && stored("measure", "slug", id));
        }
        return false;
    }
    std::string where() const override { return "in the database"; }

private:
    template <typename Record, typename Id>
    static bool puts(const std::vector<Record>& records, Id id, const std::string& wanted)
    {
        return std::ranges::find(records, wanted, id) != records.end();
    }

    bool stored(const char* table, const char* column, const std::string& id) const
    {
        SQLite::Statement query(m_db, std::string("SELECT EXISTS (SELECT 1 FROM ") + table +
                                          " WHERE " + column + " = ?)");
        query.bind(1, id);
        query.executeStep();
        return query.getColumn(0).getInt() != 0;
    }

    SQLite::Database& m_db;
    const ChangeSet& m_change;
};

class Checker {
public:
    explicit Checker(const std::string& where)
        : m_where(where)
    {
    }

    [[noreturn]] void fail(const std::string& record, const std::string& what) const
    {
        throw DataError(m_where + ": " + record + ": " + what);
    }

    // Each record once, keeping its rules.
    template <typename Records>
    void rules(const Records& records, const char* array, auto id, auto problems) const
    {
        std::vector<std::string> seen;
        for (const auto& record : records) {
            if (holds(seen, std::invoke(id, record)))
                fail(std::string(array) + "[" + std::invoke(id, record) + "]", "duplicate id");
            seen.push_back(std::invoke(id, record));
            const auto found = problems(record);
            if (!found.empty())
                fail(std::string(array) + "[" + std::invoke(id, record) + "]." +
                         found.front().field,
                     found.front().message);
        }
    }

private:
    const std::string& m_where;
};

// Topics after the change, each with its parent: walking up from any must end.
void checkTopicTree(SQLite::Database& db, const ChangeSet& change, const Checker& check)
{
    std::map<std::string, std::optional<std::string>> parentOf;
    for (const auto& topic : loadTopics(db))
        parentOf[topic.id] = topic.parent;
    for (const auto& id : change.remove.topics)
        parentOf.erase(id);
    for (const auto& topic : change.put.topics)
        parentOf[topic.id] = topic.parent;
    for (const auto& topic : change.put.topics) {
        auto current = topic.parent;
        for (std::size_t steps = 0; current; ++steps) {
            if (steps > parentOf.size() || *current == topic.id)
                check.fail("topics[" + topic.id + "].parent",
                           "the topic tree has a cycle through \"" + topic.id + "\"");
            const auto up = parentOf.find(*current);
            current = up == parentOf.end() ? std::nullopt : up->second;
        }
    }
}

// Records the change keeps that still name a record it removes: the change
// must rewrite them (Store::removal does) or remove them too.
void checkRemovals(SQLite::Database& db, const ChangeSet& change, const Checker& check)
{
    const auto stillNaming = [&](RecordKind kind, const std::string& id, const char* array) {
        const Dataset naming = recordsNaming(db, kind, id);
        std::vector<std::string> kept;
        const auto collect = [&](const auto& records, auto recordId, const char* namingArray,
                                 const std::vector<std::string>& removed, const auto& put) {
            for (const auto& record : records) {
                const std::string& other = std::invoke(recordId, record);
                const bool rewritten =
                    std::ranges::find(put, other, recordId) != put.end() || holds(removed, other);
                if (!rewritten)
                    kept.push_back(std::string(namingArray) + "[" + other + "]");
            }
        };
        collect(naming.meetings, &Meeting::id, "meetings", change.remove.meetings,
                change.put.meetings);
        collect(naming.measures, &Measure::id, "measures", change.remove.measures,
                change.put.measures);
        collect(naming.officials, &Official::id, "officials", change.remove.officials,
                change.put.officials);
        collect(naming.topics, &Topic::id, "topics", change.remove.topics, change.put.topics);
        if (kept.empty())
            return;
        std::string list;
        for (std::size_t i = 0; i < std::min<std::size_t>(kept.size(), 3); ++i)
            list += (list.empty() ? "" : ", ") + kept[i];
        if (kept.size() > 3)
            list += " and " + std::to_string(kept.size() - 3) + " more";
        check.fail(std::string(array) + "[" + id + "]", "still named by " + list);
    };
    for (const auto& id : change.remove.sources)
        stillNaming(RecordKind::Source, id, "sources");
    for (const auto& id : change.remove.countries)
        stillNaming(RecordKind::Country, id, "countries");
    for (const auto& id : change.remove.topics)
        stillNaming(RecordKind::Topic, id, "topics");
    for (const auto& id : change.remove.officials)
        stillNaming(RecordKind::Official, id, "officials");
    for (const auto& id : change.remove.measures)
        stillNaming(RecordKind::Measure, id, "measures");
}

} // namespace

void checkChange(SQLite::Database& db, const ChangeSet& change, const std::string& where)
{
    const IdsAfter after(db, change);
    const Checker check(where);
    const Dataset& put = change.put;
    check.rules(put.sources, "sources", &Source::id, [](const Source& r) { return problemsOf(r); });
    check.rules(put.countries, "countries", &Country::code,
                [](const Country& r) { return problemsOf(r); });
    check.rules(put.topics, "topics", &Topic::id,
                [&](const Topic& r) { return problemsOf(r, after); });
    check.rules(put.officials, "officials", &Official::id,
                [&](const Official& r) { return problemsOf(r, after); });
    check.rules(put.meetings, "meetings", &Meeting::id,
                [&](const Meeting& r) { return problemsOf(r, after); });
    check.rules(put.measures, "measures", &Measure::id,
                [&](const Measure& r) { return problemsOf(r, after); });
    checkTopicTree(db, change, check);
    checkRemovals(db, change, check);
}

} // namespace parley
