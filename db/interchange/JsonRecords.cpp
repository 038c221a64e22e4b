#include "db/interchange/JsonRecords.h"

#include "db/model/Errors.h"
#include "db/model/Vocabulary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>

namespace parley {

using nlohmann::json;

namespace {

std::string quote(std::string_view text) { return "\"" + excerpt(text) + "\""; }

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
            throw DataError(m_where + ": expected an object, found " + m_object.type_name());
        for (const auto& item : m_object.items()) {
            if (std::ranges::find(keys, item.key()) == keys.end())
                fail(excerpt(item.key()), "unknown key");
        }
    }

    [[noreturn]] void fail(std::string_view key, const std::string& message) const
    {
        throw DataError(m_where + "." + std::string(key) + ": " + message);
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

    std::string requiredId(std::string_view key) const { return asId(key, required(key)); }

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
            fail("precision", quote(*text) + " is not one of day, month, year");
        return *precision;
    }

    std::string kind(bool (*isKind)(std::string_view)) const
    {
        auto kind = requiredString("kind");
        if (!isKind(kind))
            fail("kind", quote(kind) + " is not a known kind");
        return kind;
    }

    // An array of ids; `required` arrays must be present, optional ones default to empty.
    std::vector<std::string> ids(std::string_view key, bool required, bool countries = false) const
    {
        return array(key, required, [&](const json& item) {
            return countries ? asCountry(key, item) : asId(key, item);
        });
    }

    // An object from participant ids to the role each held at the meeting.
    std::vector<Role> roles(std::string_view key) const
    {
        std::vector<Role> roles;
        const json* value = find(key);
        if (!value)
            return roles;
        if (!value->is_object())
            fail(key, std::string("expected an object, found ") + value->type_name());
        for (const auto& item : value->items()) {
            const std::string member = std::string(key) + "." + excerpt(item.key());
            roles.push_back({asSlug(member, item.key()), asString(member, item.value())});
        }
        return roles;
    }

    std::vector<std::string> strings(std::string_view key) const
    {
        return array(key, false, [&](const json& item) { return asString(key, item); });
    }

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
        const auto& text = value.get_ref<const std::string&>();
        if (text.size() > kMaxTextBytes)
            fail(key, "a text of " + std::to_string(text.size()) + " bytes; at most " +
                          std::to_string(kMaxTextBytes) + " are allowed");
        return text;
    }

    std::string asId(std::string_view key, const json& value) const
    {
        return asSlug(key, asString(key, value));
    }

    std::string asSlug(std::string_view key, std::string id) const
    {
        if (!isSlug(id) || id.size() > kMaxIdBytes)
            fail(key, quote(id) +
                          " is not an id (lowercase ASCII words joined by hyphens, at most " +
                          std::to_string(kMaxIdBytes) + " characters)");
        return id;
    }

    std::string asCountry(std::string_view key, const json& value) const
    {
        auto code = asString(key, value);
        if (!isCountryCode(code))
            fail(key, quote(code) + " is not a country code (ISO 3166-1 alpha-2 or a bloc code)");
        return code;
    }

    Date asDate(std::string_view key, const json& value) const
    {
        const auto text = asString(key, value);
        const auto date = parseIsoDate(text);
        if (!date)
            fail(key, quote(text) + " is not a valid date (YYYY-MM-DD)");
        return *date;
    }

    const json& m_object;
    std::string m_where;
};

Position readPosition(const json& value, std::string where)
{
    ObjectReader in(value, std::move(where), {"title", "organization", "start", "end"});
    return {in.requiredString("title"), in.requiredString("organization"), in.requiredDate("start"),
            in.optionalDate("end")};
}

} // namespace

std::string excerpt(std::string_view text)
{
    constexpr std::size_t kMaxBytes = 80;
    if (text.size() <= kMaxBytes)
        return std::string(text);
    std::size_t end = kMaxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return std::string(text.substr(0, end)) + "…";
}

std::string elementName(std::string_view array, const json& element, std::size_t index,
                        const char* idKey)
{
    if (element.is_object()) {
        const auto it = element.find(idKey);
        if (it != element.end() && it->is_string())
            return std::string(array) + "[" + excerpt(it->get_ref<const std::string&>()) + "]";
    }
    return std::string(array) + "[#" + std::to_string(index) + "]";
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
        in.fail("parent", quote(*topic.parent) + " is not an id");
    return topic;
}

Official readOfficial(const json& value, const std::string& where)
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
                     "participants", "roles", "topics", "measures", "summary", "sources"});
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
    meeting.roles = in.roles("roles");
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

} // namespace parley
