#include "db/model/DatasetCheck.h"

#include "db/model/Errors.h"
#include "db/model/RecordRules.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <numeric>
#include <optional>

namespace parley {

// The ids a document defines, refusing duplicates, for the references its
// records make. Each array's ids are kept sorted, as views of the records'
// own strings: a million meetings' ids then take 16 bytes each, not a node
// of a tree with a copy of the id.
class DocumentCheck::Ids : public KnownIds {
public:
    explicit Ids(std::string where)
        : m_where(std::move(where))
    {
    }

    [[noreturn]] void fail(const std::string& array, const std::string& id,
                           const std::string& field, const std::string& message) const
    {
        throw DataError(m_where + ": " + array + "[" + id + "]." + field + ": " + message);
    }

    // IDS are in document order. The duplicate named is the first id that
    // repeats an earlier one, as reading the array in order finds it.
    void collect(RecordKind kind, const std::vector<std::string_view>& ids,
                 const std::string& array, const char* field)
    {
        std::vector<std::size_t> order(ids.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::ranges::stable_sort(order, {}, [&](std::size_t i) { return ids[i]; });
        std::size_t firstRepeat = ids.size();
        for (std::size_t i = 1; i < order.size(); ++i) {
            if (ids[order[i]] == ids[order[i - 1]])
                firstRepeat = std::min(firstRepeat, order[i]);
        }
        if (firstRepeat < ids.size())
            fail(array, std::string(ids[firstRepeat]), field, "duplicate id");
        auto& sorted = m_ids.at(static_cast<std::size_t>(kind));
        sorted.reserve(ids.size());
        for (const std::size_t i : order)
            sorted.push_back(ids[i]);
    }

    // Fails with the first of the record's problems.
    void check(const std::vector<Problem>& problems, const std::string& array,
               const std::string& id) const
    {
        if (!problems.empty())
            fail(array, id, problems.front().field, problems.front().message);
    }

    void checkTopicTree(const std::vector<Topic>& topics) const
    {
        std::map<std::string, std::optional<std::string>> parentOf;
        for (const auto& topic : topics)
            parentOf[topic.id] = topic.parent;
        for (const auto& topic : topics) {
            // Walking up from any topic must reach a root within as many steps as there are topics.
            std::optional<std::string> current = topic.parent;
            for (std::size_t steps = 0; current; ++steps) {
                if (steps >= topics.size() || *current == topic.id)
                    fail("topics", topic.id, "parent",
                         "the topic tree has a cycle through \"" + topic.id + "\"");
                current = parentOf[*current];
            }
        }
    }

    bool contains(RecordKind kind, const std::string& id) const override
    {
        return std::ranges::binary_search(m_ids.at(static_cast<std::size_t>(kind)),
                                          std::string_view(id));
    }
    std::string where() const override { return "defined in the document"; }

private:
    std::string m_where;
    std::array<std::vector<std::string_view>, 6> m_ids; // by RecordKind
};

namespace {

template <typename Record, typename GetId>
std::vector<std::string_view> idsOf(const std::vector<Record>& records, GetId getId)
{
    std::vector<std::string_view> ids;
    ids.reserve(records.size());
    for (const auto& record : records)
        ids.emplace_back(std::invoke(getId, record));
    return ids;
}

template <typename Record, typename Key> void sortBy(std::vector<Record>& records, Key key)
{
    std::ranges::sort(records, {}, key);
}

} // namespace

DocumentCheck::DocumentCheck(const Dataset& held, const std::vector<std::string_view>& meetingIds,
                             std::string where)
    : m_held(held)
    , m_ids(std::make_unique<Ids>(std::move(where)))
{
    auto& ids = *m_ids;
    ids.collect(RecordKind::Source, idsOf(held.sources, &Source::id), "sources", "id");
    ids.collect(RecordKind::Country, idsOf(held.countries, &Country::code), "countries", "code");
    ids.collect(RecordKind::Topic, idsOf(held.topics, &Topic::id), "topics", "id");
    ids.collect(RecordKind::Official, idsOf(held.officials, &Official::id), "officials", "id");
    ids.collect(RecordKind::Meeting, meetingIds, "meetings", "id");
    ids.collect(RecordKind::Measure, idsOf(held.measures, &Measure::id), "measures", "id");

    for (const auto& source : held.sources)
        ids.check(problemsOf(source), "sources", source.id);
    for (const auto& country : held.countries)
        ids.check(problemsOf(country), "countries", country.code);
    for (const auto& topic : held.topics)
        ids.check(problemsOf(topic, ids), "topics", topic.id);
    ids.checkTopicTree(held.topics);
    for (const auto& official : held.officials)
        ids.check(problemsOf(official, ids), "officials", official.id);
}

DocumentCheck::~DocumentCheck() = default;

void DocumentCheck::meeting(const Meeting& meeting) const
{
    m_ids->check(problemsOf(meeting, *m_ids), "meetings", meeting.id);
}

void DocumentCheck::measures() const
{
    for (const auto& measure : m_held.measures)
        m_ids->check(problemsOf(measure, *m_ids), "measures", measure.id);
}

void checkDataset(const Dataset& dataset, const std::string& where)
{
    const DocumentCheck check(dataset, idsOf(dataset.meetings, &Meeting::id), where);
    for (const auto& meeting : dataset.meetings)
        check.meeting(meeting);
    check.measures();
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
