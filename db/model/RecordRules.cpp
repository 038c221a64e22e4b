#include "db/model/RecordRules.h"

#include "db/model/Vocabulary.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace parley {

namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

const char* nameOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return "a source";
    case RecordKind::Country:
        return "a country";
    case RecordKind::Topic:
        return "a topic";
    case RecordKind::Official:
        return "an official";
    case RecordKind::Meeting:
        return "a meeting";
    case RecordKind::Measure:
        return "a measure";
    }
    return "a record";
}

// Collects a record's problems, field by field.
class Rules {
public:
    explicit Rules(const KnownIds* known = nullptr)
        : m_known(known)
    {
    }

    void add(const std::string& field, std::string message)
    {
        m_problems.push_back({field, std::move(message)});
    }

    void id(const std::string& field, const std::string& id)
    {
        if (!isSlug(id) || id.size() > kMaxIdBytes)
            add(field, notAnId(id));
    }

    void text(const std::string& field, const std::string& text, bool required = false)
    {
        if (required && text.empty())
            add(field, "empty (required)");
        else if (text.size() > kMaxTextBytes)
            add(field, "a text of " + std::to_string(text.size()) + " bytes; at most " +
                           std::to_string(kMaxTextBytes) + " are allowed");
    }

    void text(const std::string& field, const std::optional<std::string>& value)
    {
        if (value)
            text(field, *value);
    }

    void fits(const std::string& field, Date date, Precision precision)
    {
        if (!fitsPrecision(date, precision))
            add(field, precisionMismatch(date, precision));
    }

    void notBefore(const std::string& field, Date end, Date start)
    {
        if (end < start)
            add(field, toIso(end) + " is before the start " + toIso(start));
    }

    void reference(const std::string& field, RecordKind kind, const std::string& target)
    {
        if (!m_known->contains(kind, target))
            add(field, quoted(target) + " is not " + nameOf(kind) + " " + m_known->where());
    }

    void references(const std::string& field, RecordKind kind,
                    const std::vector<std::string>& targets)
    {
        std::set<std::string_view> seen;
        for (const auto& target : targets) {
            reference(field, kind, target);
            if (!seen.insert(target).second)
                add(field, quoted(target) + " is listed twice");
        }
    }

    // A role belongs to a participant, once, and says something.
    void roles(const std::vector<Role>& roles, const std::vector<std::string>& participants)
    {
        std::set<std::string_view> seen;
        for (const auto& role : roles) {
            if (std::ranges::find(participants, role.official) == participants.end())
                add("roles", quoted(role.official) + " is not a participant of the meeting");
            if (!seen.insert(role.official).second)
                add("roles", quoted(role.official) + " is listed twice");
            text("roles." + role.official, role.title, true);
        }
    }

    std::vector<Problem> take() { return std::move(m_problems); }

private:
    const KnownIds* m_known;
    std::vector<Problem> m_problems;
};

} // namespace

std::string precisionMismatch(Date date, Precision precision)
{
    return quoted(toIso(date)) + " does not fit precision " + std::string(toString(precision)) +
           (precision == Precision::Month ? " (write the 1st of the month)" : " (write 1 January)");
}

std::string notAnId(const std::string& id)
{
    return quoted(id) + " is not an id (lowercase ASCII words joined by hyphens, at most " +
           std::to_string(kMaxIdBytes) + " characters)";
}

std::vector<Problem> problemsOf(const Source& source)
{
    Rules rules;
    rules.id("id", source.id);
    rules.text("publisher", source.publisher, true);
    rules.text("title", source.title, true);
    rules.text("url", source.url);
    return rules.take();
}

std::vector<Problem> problemsOf(const Country& country)
{
    Rules rules;
    if (!isCountryCode(country.code))
        rules.add("code", quoted(country.code) +
                              " is not a country code (ISO 3166-1 alpha-2 or a bloc code)");
    rules.text("name", country.name, true);
    return rules.take();
}

std::vector<Problem> problemsOf(const Topic& topic, const KnownIds& known)
{
    Rules rules(&known);
    rules.id("id", topic.id);
    rules.text("name", topic.name, true);
    if (topic.parent) {
        if (*topic.parent == topic.id)
            rules.add("parent", "the topic tree has a cycle through " + quoted(topic.id));
        else
            rules.reference("parent", RecordKind::Topic, *topic.parent);
    }
    return rules.take();
}

std::vector<Problem> problemsOf(const Official& official, const KnownIds& known)
{
    Rules rules(&known);
    rules.id("id", official.id);
    rules.text("name", official.name, true);
    rules.reference("country", RecordKind::Country, official.country);
    rules.text("native_name", official.nativeName);
    for (const auto& alias : official.aliases)
        rules.text("aliases", alias, true);
    for (std::size_t i = 0; i < official.positions.size(); ++i) {
        const auto& position = official.positions[i];
        const std::string field = "positions[#" + std::to_string(i) + "]";
        rules.text(field + ".title", position.title, true);
        rules.text(field + ".organization", position.organization);
        if (position.end)
            rules.notBefore(field + ".end", *position.end, position.start);
    }
    return rules.take();
}

std::vector<Problem> problemsOf(const Meeting& meeting, const KnownIds& known)
{
    Rules rules(&known);
    rules.id("id", meeting.id);
    rules.text("title", meeting.title, true);
    rules.fits("start", meeting.start, meeting.precision);
    rules.notBefore("end", meeting.end, meeting.start);
    rules.fits("end", meeting.end, meeting.precision);
    rules.text("location", meeting.location);
    rules.reference("host", RecordKind::Country, meeting.host);
    if (!isMeetingKind(meeting.kind))
        rules.add("kind", quoted(meeting.kind) + " is not a known kind");
    rules.references("participants", RecordKind::Official, meeting.participants);
    rules.roles(meeting.roles, meeting.participants);
    rules.references("topics", RecordKind::Topic, meeting.topics);
    rules.references("measures", RecordKind::Measure, meeting.measures);
    rules.text("summary", meeting.summary);
    rules.references("sources", RecordKind::Source, meeting.sources);
    return rules.take();
}

std::vector<Problem> problemsOf(const Measure& measure, const KnownIds& known)
{
    Rules rules(&known);
    rules.id("id", measure.id);
    rules.text("title", measure.title, true);
    if (!isMeasureKind(measure.kind))
        rules.add("kind", quoted(measure.kind) + " is not a known kind");
    rules.reference("imposed_by", RecordKind::Country, measure.imposedBy);
    rules.references("targets", RecordKind::Country, measure.targets);
    rules.text("target_entity", measure.targetEntity);
    rules.fits("announced", measure.announced, measure.precision);
    rules.references("topics", RecordKind::Topic, measure.topics);
    rules.text("summary", measure.summary);
    rules.references("sources", RecordKind::Source, measure.sources);
    return rules.take();
}

} // namespace parley
