#include "db/DatasetJson.h"

#include "db/Errors.h"
#include "db/Vocabulary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <sstream>

namespace parley {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// "line L, column C" of a byte offset, for JSON syntax errors.
std::string lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    const auto before = text.substr(0, offset);
    const auto line = std::ranges::count(before, '\n') + 1;
    const auto lineStart = before.rfind('\n');
    const auto column = lineStart == std::string_view::npos ? offset + 1 : offset - lineStart;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Reads one JSON object of the document, knowing where it stands
// ("meetings[raimondo-wang-2023-05-25]") so that every error names it.
class ObjectReader {
public:
    ObjectReader(const json& object, std::string where,
                 std::initializer_list<std::string_view> keys)
        : m_object(object)
        , m_where(std::move(where))
    {
        if (!m_object.is_object())
            throw DataError(m_where + (m_where.ends_with(':') ? " " : ": ") +
                            "expected an object, found " + m_object.type_name());
        for (const auto& item : m_object.items()) {
            if (std::ranges::find(keys, item.key()) == keys.end())
                fail(item.key(), "unknown key");
        }
    }

    [[noreturn]] void fail(std::string_view key, const std::string& message) const
    {
        // The document itself is "FILE:", its members "FILE: meetings[id]".
        const char* separator = m_where.ends_with(':') ? " " : ".";
        throw DataError(m_where + separator + std::string(key) + ": " + message);
    }

    // The value, or nullptr when the key is absent or null (both mean absent).
    const json* find(std::string_view key) const
    {
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }

    const json& required(std::string_view key) const
    {
        if (const json* value = find(key))
            return *value;
        fail(key, "missing (required)");
    }

    std::string requiredString(std::string_view key) const { return asString(key, required(key)); }

    std::optional<std::string> optionalString(std::string_view key) const
    {
        const json* value = find(key);
        return value ? std::optional(asString(key, *value)) : std::nullopt;
    }

    std::string requiredId(std::string_view key) const
    {
        auto id = requiredString(key);
        if (!isSlug(id))
            fail(key, "\"" + id + "\" is not an id (lowercase ASCII words joined by hyphens)");
        return id;
    }

    std::string requiredCountry(std::string_view key) const
    {
        return asCountry(key, required(key));
    }

    Date requiredDate(std::string_view key) const { return asDate(key, required(key)); }

    std::optional<Date> optionalDate(std::string_view key) const
    {
        const json* value = find(key);
        return value ? std::optional(asDate(key, *value)) : std::nullopt;
    }

    Precision precision() const
    {
        const auto text = optionalString("precision");
        if (!text)
            return Precision::Day;
        const auto precision = parsePrecision(*text);
        if (!precision)
            fail("precision", "\"" + *text + "\" is not one of day, month, year");
        return *precision;
    }

    std::string kind(bool (*isKind)(std::string_view)) const
    {
        auto kind = requiredString("kind");
        if (!isKind(kind))
            fail("kind", "\"" + kind + "\" is not a known kind");
        return kind;
    }

    // An array of ids; `required` arrays must be present, optional ones default to empty.
    std::vector<std::string> ids(std::string_view key, bool required, bool countries = false) const
    {
        return array(key, required, [&](const json& item) {
            return countries ? asCountry(key, item) : asId(key, item);
        });
    }

    std::vector<std::string> strings(std::string_view key) const
    {
        return array(key, false, [&](const json& item) { return asString(key, item); });
    }

    const std::string& where() const { return m_where; }

private:
    template <typename Convert>
    std::vector<std::string> array(std::string_view key, bool required, Convert convert) const
    {
        const json* value = required ? &this->required(key) : find(key);
        std::vector<std::string> result;
        if (!value)
            return result;
        if (!value->is_array())
            fail(key, std::string("expected an array, found ") + value->type_name());
        for (const json& item : *value)
            result.push_back(convert(item));
        return result;
    }

    std::string asString(std::string_view key, const json& value) const
    {
        if (!value.is_string())
            fail(key, std::string("expected a string, found ") + value.type_name());
        return value.get<std::string>();
    }

    std::string asId(std::string_view key, const json& value) const
    {
        auto id = asString(key, value);
        if (!isSlug(id))
            fail(key, "\"" + id + "\" is not an id (lowercase ASCII words joined by hyphens)");
        return id;
    }

    std::string asCountry(std::string_view key, const json& value) const
    {
        auto code = asString(key, value);
        if (!isCountryCode(code))
            fail(key, "\"" + code + "\" is not a country code (ISO 3166-1 alpha-2 or a bloc code)");
        return code;
    }

    Date asDate(std::string_view key, const json& value) const
    {
        const auto text = asString(key, value);
        const auto date = parseIsoDate(text);
        if (!date)
            fail(key, "\"" + text + "\" is not a valid date (YYYY-MM-DD)");
        return *date;
    }

    const json& m_object;
    std::string m_where;
};

// "meetings[raimondo-wang]" when the element has a readable id, "meetings[#3]" otherwise.
std::string elementName(const std::string& array, const json& element, std::size_t index,
                        const char* idKey = "id")
{
    if (element.is_object()) {
        const auto it = element.find(idKey);
        if (it != element.end() && it->is_string())
            return array + "[" + it->get<std::string>() + "]";
    }
    return array + "[#" + std::to_string(index) + "]";
}

template <typename Record, typename Read>
std::vector<Record> readArray(const ObjectReader& document, const char* array, Read read,
                              const char* idKey = "id")
{
    const json& value = document.required(array);
    if (!value.is_array())
        document.fail(array, std::string("expected an array, found ") + value.type_name());
    std::vector<Record> records;
    records.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i)
        records.push_back(
            read(value[i], document.where() + " " + elementName(array, value[i], i, idKey)));
    return records;
}

Source readSource(const json& value, std::string where)
{
    ObjectReader in(value, std::move(where), {"id", "publisher", "title", "published", "url"});
    return {in.requiredId("id"), in.requiredString("publisher"), in.requiredString("title"),
            in.requiredDate("published"), in.optionalString("url")};
}

Country readCountry(const json& value, std::string where)
{
    ObjectReader in(value, std::move(where), {"code", "name"});
    return {in.requiredCountry("code"), in.requiredString("name")};
}

Topic readTopic(const json& value, std::string where)
{
    ObjectReader in(value, std::move(where), {"id", "name", "parent"});
    Topic topic{in.requiredId("id"), in.requiredString("name"), in.optionalString("parent")};
    if (topic.parent && !isSlug(*topic.parent))
        in.fail("parent", "\"" + *topic.parent + "\" is not an id");
    return topic;
}

Position readPosition(const json& value, std::string where)
{
    ObjectReader in(value, std::move(where), {"title", "organization", "start", "end"});
    return {in.requiredString("title"), in.requiredString("organization"), in.requiredDate("start"),
            in.optionalDate("end")};
}

Official readOfficial(const json& value, std::string where)
{
    ObjectReader in(value, where, {"id", "name", "country", "native_name", "aliases", "positions"});
    Official official{in.requiredId("id"),           in.requiredString("name"),
                      in.requiredCountry("country"), in.optionalString("native_name"),
                      in.strings("aliases"),         {}};
    if (const json* positions = in.find("positions")) {
        if (!positions->is_array())
            in.fail("positions", std::string("expected an array, found ") + positions->type_name());
        for (std::size_t i = 0; i < positions->size(); ++i)
            official.positions.push_back(
                readPosition((*positions)[i], where + ".positions[#" + std::to_string(i) + "]"));
    }
    return official;
}

Meeting readMeeting(const json& value, std::string where)
{
    ObjectReader in(value, std::move(where),
                    {"id", "title", "start", "end", "precision", "location", "host", "kind",
                     "participants", "topics", "measures", "summary", "sources"});
    Meeting meeting;
    meeting.id = in.requiredId("id");
    meeting.title = in.requiredString("title");
    meeting.start = in.requiredDate("start");
    meeting.end = in.optionalDate("end").value_or(meeting.start);
    meeting.precision = in.precision();
    meeting.location = in.optionalString("location");
    meeting.host = in.requiredCountry("host");
    meeting.kind = in.kind(isMeetingKind);
    meeting.participants = in.ids("participants", true);
    meeting.topics = in.ids("topics", true);
    meeting.measures = in.ids("measures", false);
    meeting.summary = in.optionalString("summary");
    meeting.sources = in.ids("sources", true);
    return meeting;
}

Measure readMeasure(const json& value, std::string where)
{
    ObjectReader in(value, std::move(where),
                    {"id", "title", "kind", "imposed_by", "targets", "target_entity", "announced",
                     "precision", "topics", "summary", "sources"});
    Measure measure;
    measure.id = in.requiredId("id");
    measure.title = in.requiredString("title");
    measure.kind = in.kind(isMeasureKind);
    measure.imposedBy = in.requiredCountry("imposed_by");
    measure.targets = in.ids("targets", true, true);
    measure.targetEntity = in.optionalString("target_entity");
    measure.announced = in.requiredDate("announced");
    measure.precision = in.precision();
    measure.topics = in.ids("topics", true);
    measure.summary = in.optionalString("summary");
    measure.sources = in.ids("sources", true);
    return measure;
}

ordered_json nullable(const std::optional<std::string>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json toJson(const Position& position)
{
    return {{"title", position.title},
            {"organization", position.organization},
            {"start", toIso(position.start)},
            {"end", position.end ? ordered_json(toIso(*position.end)) : ordered_json(nullptr)}};
}

} // namespace

Dataset parseDataset(std::string_view text, const std::string& where)
{
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& error) {
        const std::string detail = error.what();
        const auto reason = detail.substr(detail.rfind(':') + 1);
        throw DataError(where + ": invalid JSON at " + lineAndColumn(text, error.byte - 1) + ":" +
                        reason);
    }
    const ObjectReader top(
        document, where + ":",
        {"format", "sources", "countries", "topics", "officials", "meetings", "measures"});
    const auto format = top.requiredString("format");
    if (format != "parley/1")
        top.fail("format", "\"" + format + "\" is not parley/1");

    Dataset dataset;
    dataset.sources = readArray<Source>(top, "sources", readSource);
    dataset.countries = readArray<Country>(top, "countries", readCountry, "code");
    dataset.topics = readArray<Topic>(top, "topics", readTopic);
    dataset.officials = readArray<Official>(top, "officials", readOfficial);
    dataset.meetings = readArray<Meeting>(top, "meetings", readMeeting);
    dataset.measures = readArray<Measure>(top, "measures", readMeasure);
    return dataset;
}

Dataset readDatasetFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DataError(file.string() + ": cannot read the file (missing or not readable)");
    std::ostringstream text;
    text << in.rdbuf();
    return parseDataset(text.str(), file.string());
}

ordered_json toJson(const Meeting& meeting)
{
    return {{"id", meeting.id},
            {"title", meeting.title},
            {"start", toIso(meeting.start)},
            {"end", toIso(meeting.end)},
            {"precision", toString(meeting.precision)},
            {"location", nullable(meeting.location)},
            {"host", meeting.host},
            {"kind", meeting.kind},
            {"participants", meeting.participants},
            {"topics", meeting.topics},
            {"measures", meeting.measures},
            {"summary", nullable(meeting.summary)},
            {"sources", meeting.sources}};
}

ordered_json toJson(const Measure& measure)
{
    return {{"id", measure.id},
            {"title", measure.title},
            {"kind", measure.kind},
            {"imposed_by", measure.imposedBy},
            {"targets", measure.targets},
            {"target_entity", nullable(measure.targetEntity)},
            {"announced", toIso(measure.announced)},
            {"precision", toString(measure.precision)},
            {"topics", measure.topics},
            {"summary", nullable(measure.summary)},
            {"sources", measure.sources}};
}

ordered_json toJson(const Engagement& engagement)
{
    ordered_json positions = ordered_json::array();
    for (const auto& position : engagement.positions)
        positions.push_back({{"title", position.title}, {"organization", position.organization}});
    return {{"meeting", engagement.meeting},    {"title", engagement.title},
            {"start", toIso(engagement.start)}, {"end", toIso(engagement.end)},
            {"positions", positions},           {"with", engagement.with}};
}

std::string writeDataset(const Dataset& dataset)
{
    ordered_json document;
    document["format"] = "parley/1";
    auto& sources = document["sources"] = ordered_json::array();
    for (const auto& source : dataset.sources)
        sources.push_back({{"id", source.id},
                           {"publisher", source.publisher},
                           {"title", source.title},
                           {"published", toIso(source.published)},
                           {"url", nullable(source.url)}});
    auto& countries = document["countries"] = ordered_json::array();
    for (const auto& country : dataset.countries)
        countries.push_back({{"code", country.code}, {"name", country.name}});
    auto& topics = document["topics"] = ordered_json::array();
    for (const auto& topic : dataset.topics)
        topics.push_back(
            {{"id", topic.id}, {"name", topic.name}, {"parent", nullable(topic.parent)}});
    auto& officials = document["officials"] = ordered_json::array();
    for (const auto& official : dataset.officials) {
        ordered_json positions = ordered_json::array();
        for (const auto& position : official.positions)
            positions.push_back(toJson(position));
        officials.push_back({{"id", official.id},
                             {"name", official.name},
                             {"country", official.country},
                             {"native_name", nullable(official.nativeName)},
                             {"aliases", official.aliases},
                             {"positions", positions}});
    }
    auto& meetings = document["meetings"] = ordered_json::array();
    for (const auto& meeting : dataset.meetings)
        meetings.push_back(toJson(meeting));
    auto& measures = document["measures"] = ordered_json::array();
    for (const auto& measure : dataset.measures)
        measures.push_back(toJson(measure));
    return document.dump(2, ' ', false, json::error_handler_t::strict) + "\n";
}

} // namespace parley
