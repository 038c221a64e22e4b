#include "db/model/DatasetCheck.h"

#include "db/model/Errors.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace parley {

namespace {

class Checker {
public:
    explicit Checker(const std::string& where)
        : m_where(where)
    {
    }

    [[noreturn]] void fail(const std::string& array, const std::string& id,
                           const std::string& field, const std::string& message) const
    {
        throw DataError(m_where + ": " + array + "[" + id + "]." + field + ": " + message);
    }

    // Collects the ids of one array, refusing duplicates.
    template <typename Record, typename GetId>
    std::set<std::string> uniqueIds(const std::vector<Record>& records, const std::string& array,
                                    const char* field, GetId getId) const
    {
        std::set<std::string> ids;
        for (const auto& record : records) {
            const std::string& id = std::invoke(getId, record);
            if (!ids.insert(id).second)
                fail(array, id, field, "duplicate id");
        }
        return ids;
    }

    void references(const std::set<std::string>& defined, const std::vector<std::string>& used,
                    const std::string& array, const std::string& id, const std::string& field,
                    const char* what) const
    {
        std::set<std::string> seen;
        for (const auto& target : used) {
            reference(defined, target, array, id, field, what);
            if (!seen.insert(target).second)
                fail(array, id, field, "\"" + target + "\" is listed twice");
        }
    }

    void reference(const std::set<std::string>& defined, const std::string& reference,
                   const std::string& array, const std::string& id, const std::string& field,
                   const char* what) const
    {
        if (defined.contains(reference))
            return;
        const bool vowel = std::string_view("aeiou").find(what[0]) != std::string_view::npos;
        fail(array, id, field,
             "\"" + reference + "\" is not " + (vowel ? "an " : "a ") + what +
                 " defined in the document");
    }

    void fits(Date date, Precision precision, const std::string& array, const std::string& id,
              const std::string& field) const
    {
        if (!fitsPrecision(date, precision))
            fail(array, id, field,
                 "\"" + toIso(date) + "\" does not fit precision " +
                     std::string(toString(precision)) +
                     (precision == Precision::Month ? " (write the 1st of the month)"
                                                    : " (write 1 January)"));
    }

private:
    const std::string& m_where;
};

void checkTopicTree(const Checker& check, const std::vector<Topic>& topics)
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

// Each role names a participant of its meeting, once, and says something.
void checkRoles(const Checker& check, const Meeting& meeting)
{
    std::set<std::string> seen;
    for (const auto& role : meeting.roles) {
        if (std::ranges::find(meeting.participants, role.official) == meeting.participants.end())
            check.fail("meetings", meeting.id, "roles",
                       "\"" + role.official + "\" is not a participant of the meeting");
        if (!seen.insert(role.official).second)
            check.fail("meetings", meeting.id, "roles",
                       "\"" + role.official + "\" is listed twice");
        if (role.title.empty())
            check.fail("meetings", meeting.id, "roles." + role.official, "an empty role");
    }
}

template <typename Record, typename Key> void sortBy(std::vector<Record>& records, Key key)
{
    std::ranges::sort(records, {}, key);
}

} // namespace

void checkDataset(const Dataset& dataset, const std::string& where)
{
    const Checker check(where);
    const auto sources = check.uniqueIds(dataset.sources, "sources", "id", &Source::id);
    const auto countries = check.uniqueIds(dataset.countries, "countries", "code", &Country::code);
    const auto topics = check.uniqueIds(dataset.topics, "topics", "id", &Topic::id);
    const auto officials = check.uniqueIds(dataset.officials, "officials", "id", &Official::id);
    const auto meetings = check.uniqueIds(dataset.meetings, "meetings", "id", &Meeting::id);
    const auto measures = check.uniqueIds(dataset.measures, "measures", "id", &Measure::id);

    for (const auto& topic : dataset.topics) {
        if (topic.parent)
            check.reference(topics, *topic.parent, "topics", topic.id, "parent", "topic");
    }
    checkTopicTree(check, dataset.topics);

    for (const auto& official : dataset.officials) {
        check.reference(countries, official.country, "officials", official.id, "country",
                        "country");
        for (std::size_t i = 0; i < official.positions.size(); ++i) {
            const auto& position = official.positions[i];
            if (position.end && *position.end < position.start)
                check.fail("officials", official.id, "positions[#" + std::to_string(i) + "].end",
                           toIso(*position.end) + " is before the start " + toIso(position.start));
        }
    }

    for (const auto& meeting : dataset.meetings) {
        const std::string array = "meetings";
        check.reference(countries, meeting.host, array, meeting.id, "host", "country");
        if (meeting.end < meeting.start)
            check.fail(array, meeting.id, "end",
                       toIso(meeting.end) + " is before the start " + toIso(meeting.start));
        check.fits(meeting.start, meeting.precision, array, meeting.id, "start");
        check.fits(meeting.end, meeting.precision, array, meeting.id, "end");
        check.references(officials, meeting.participants, array, meeting.id, "participants",
                         "official");
        checkRoles(check, meeting);
        check.references(topics, meeting.topics, array, meeting.id, "topics", "topic");
        check.references(measures, meeting.measures, array, meeting.id, "measures", "measure");
        check.references(sources, meeting.sources, array, meeting.id, "sources", "source");
    }

    for (const auto& measure : dataset.measures) {
        const std::string array = "measures";
        check.reference(countries, measure.imposedBy, array, measure.id, "imposed_by", "country");
        check.references(countries, measure.targets, array, measure.id, "targets", "country");
        check.fits(measure.announced, measure.precision, array, measure.id, "announced");
        check.references(topics, measure.topics, array, measure.id, "topics", "topic");
        check.references(sources, measure.sources, array, measure.id, "sources", "source");
    }
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
