#include "db/model/DatasetCheck.h"

#include "db/model/Errors.h"
#include "db/model/RecordRules.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace parley {

namespace {

// The ids a document defines, refusing duplicates, for the references its
// records make.
class DocumentIds : public KnownIds {
public:
    explicit DocumentIds(const std::string& where)
        : m_where(where)
    {
    }

    [[noreturn]] void fail(const std::string& array, const std::string& id,
                           const std::string& field, const std::string& message) const
    {
        throw DataError(m_where + ": " + array + "[" + id + "]." + field + ": " + message);
    }

    template <typename Record, typename GetId>
    void collect(RecordKind kind, const std::vector<Record>& records, const std::string& array,
                 const char* field, GetId getId)
    {
        auto& ids = m_ids[kind];
        for (const auto& record : records) {
            const std::string& id = std::invoke(getId, record);
            if (!ids.insert(id).second)
                fail(array, id, field, "duplicate id");
        }
    }

    // Fails with the first of the record's problems.
    void check(const std::vector<Problem>& problems, const std::string& array,
               const std::string& id) const
    {
        if (!problems.empty())
            fail(array, id, problems.front().field, problems.front().message);
    }

    bool contains(RecordKind kind, const std::string& id) const override
    {
        const auto ids = m_ids.find(kind);
        return ids != m_ids.end() && ids->second.contains(id);
    }
    std::string where() const override { return "defined in the document"; }

private:
    const std::string& m_where;
    std::map<RecordKind, std::set<std::string>> m_ids;
};

void checkTopicTree(const DocumentIds& check, const std::vector<Topic>& topics)
{
    std::map<std::string, std::optional<std::string>> parentOf;
    for (const auto& topic : topics)
        parentOf[topic.id] = topic.parent;
    for (const auto& topic : topics) {
        // Walking up from any topic must reach a root within as many steps as there are topics.
        std::optional<std::string> current = topic.parent;
        for (std::size_t steps = 0; current; ++steps) {
            if (steps >= topics.size() || *current == topic.id)
                check.fail("topics", topic.id, "parent",
                           "the topic tree has a cycle through \"" + topic.id + "\"");
            current = parentOf[*current];
        }
    }
}

template <typename Record, typename Key> void sortBy(std::vector<Record>& records, Key key)
{
    std::ranges::sort(records, {}, key);
}

} // namespace

void checkDataset(const Dataset& dataset, const std::string& where)
{
    DocumentIds ids(where);
    ids.collect(RecordKind::Source, dataset.sources, "sources", "id", &Source::id);
    ids.collect(RecordKind::Country, dataset.countries, "countries", "code", &Country::code);
    ids.collect(RecordKind::Topic, dataset.topics, "topics", "id", &Topic::id);
    ids.collect(RecordKind::Official, dataset.officials, "officials", "id", &Official::id);
    ids.collect(RecordKind::Meeting, dataset.meetings, "meetings", "id", &Meeting::id);
    ids.collect(RecordKind::Measure, dataset.measures, "measures", "id", &Measure::id);

    for (const auto& source : dataset.sources)
        ids.check(problemsOf(source), "sources", source.id);
    for (const auto& country : dataset.countries)
        ids.check(problemsOf(country), "countries", country.code);
    for (const auto& topic : dataset.topics)
        ids.check(problemsOf(topic, ids), "topics", topic.id);
    checkTopicTree(ids, dataset.topics);
    for (const auto& official : dataset.officials)
        ids.check(problemsOf(official, ids), "officials", official.id);
    for (const auto& meeting : dataset.meetings)
        ids.check(problemsOf(meeting, ids), "meetings", meeting.id);
    for (const auto& measure : dataset.measures)
        ids.check(problemsOf(measure, ids), "measures", measure.id);
}

void sortDataset(Dataset& dataset)
{
    sortBy(dataset.sources, &Source::id);
    sortBy(dataset.countries, &Country::code);
    sortBy(dataset.topics, &Topic::id);
    sortBy(dataset.officials, &Official::id);
    sortBy(dataset.meetings, &Meeting::id);
    sortBy(dataset.measures, &Measure::id);
    for (auto& official : dataset.officials) {
        std::ranges::sort(official.aliases);
        std::ranges::sort(official.positions, {}, [](const Position& p) {
            return std::tie(p.start, p.title, p.organization);
        });
    }
    for (auto& meeting : dataset.meetings) {
        for (auto* ids :
             {&meeting.participants, &meeting.topics, &meeting.measures, &meeting.sources})
            std::ranges::sort(*ids);
        std::ranges::sort(meeting.roles, {}, &Role::official);
    }
    for (auto& measure : dataset.measures) {
        for (auto* ids : {&measure.targets, &measure.topics, &measure.sources})
            std::ranges::sort(*ids);
    }
}

} // namespace parley
