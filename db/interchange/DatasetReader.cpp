#include "db/interchange/DatasetReader.h"

#include "db/interchange/JsonRecords.h"
#include "db/model/Errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <istream>
#include <optional>
#include <set>
#include <vector>

namespace parley {

using nlohmann::json;

namespace {

// One array of the document: its name, the key that names its elements in
// messages, and how an element becomes a record.
struct ArrayKind {
    std::string_view name;
    const char* idKey;
    void (*read)(const json& element, std::string&& where, const DatasetParts& into);
};

const std::array<ArrayKind, 6> kArrays{{
    {"sources", "id",
     [](const json& e, std::string&& w, const DatasetParts& into) {
         into.others->sources.push_back(readSource(e, std::move(w)));
     }},
    {"countries", "code",
     [](const json& e, std::string&& w, const DatasetParts& into) {
         into.others->countries.push_back(readCountry(e, std::move(w)));
     }},
    {"topics", "id",
     [](const json& e, std::string&& w, const DatasetParts& into) {
         into.others->topics.push_back(readTopic(e, std::move(w)));
     }},
    {"officials", "id",
     [](const json& e, std::string&& w, const DatasetParts& into) {
         into.others->officials.push_back(readOfficial(e, w));
     }},
    {"meetings", "id",
     [](const json& e, std::string&& w, const DatasetParts& into) {
         auto meeting = readMeeting(e, std::move(w));
         if (into.meeting)
             into.meeting(std::move(meeting));
         else
             into.others->meetings.push_back(std::move(meeting));
     }},
    {"measures", "id",
     [](const json& e, std::string&& w, const DatasetParts& into) {
         into.others->measures.push_back(readMeasure(e, std::move(w)));
     }},
}};

const ArrayKind& kMeetings = kArrays[4];

const ArrayKind* arrayNamed(std::string_view name)
{
    const auto it = std::ranges::find(kArrays, name, &ArrayKind::name);
    return it == kArrays.end() ? nullptr : &*it;
}

// Builds one JSON value from parser events: an element of an array, or a
// member of the document that is not an array.
class ValueBuilder {
public:
    bool building() const { return !m_open.empty(); }
    std::size_t depth() const { return m_open.size(); }
    const json& value() const { return m_root; }
    // The member of the value that holds what is being built ("topics" of a
    // meeting), or "" when that is the value itself; for messages.
    std::string field() const
    {
        for (const auto& key : m_keys) {
            if (!key.empty())
                return key;
        }
        return {};
    }
    json take() { return std::move(m_root); }

    void add(json value) { place(std::move(value)); }
    void open(json container)
    {
        const bool inObject = !m_open.empty() && m_open.back()->is_object();
        m_keys.push_back(inObject ? m_key : std::string());
        m_open.push_back(place(std::move(container)));
    }
    void close()
    {
        m_open.pop_back();
        m_keys.pop_back();
    }
    // False when the object being built already has the key.
    bool key(std::string key)
    {
        m_key = std::move(key);
        return !m_open.back()->contains(m_key);
    }

private:
    // Where the next value goes. The open containers are each the last child of
    // the one before, so pointers to them stay valid while they are open.
    json* place(json value)
    {
        if (m_open.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json& parent = *m_open.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        json& slot = parent[m_key];
        slot = std::move(value);
        return &slot;
    }

    json m_root;
    std::vector<json*> m_open;
    std::vector<std::string> m_keys; // the key each open container was placed under
    std::string m_key;
};

class DatasetReader final : public nlohmann::json_sax<json> {
public:
    DatasetReader(const std::string& where, const DatasetParts& into)
        : m_where(where)
        , m_into(into)
    {
    }

    // After the parse: what a document must hold that no event says is missing.
    void requireMembers() const
    {
        if (!m_format)
            failAt("format", "missing (required)");
        for (const auto& array : kArrays) {
            if (!m_present.contains(array.name))
                failAt(array.name, "missing (required)");
        }
    }

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool value) override { return scalar(json(value)); }
    bool number_integer(number_integer_t value) override { return scalar(json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return scalar(json(value)); }
    bool number_float(number_float_t value, const string_t&) override
    {
        return scalar(json(value));
    }
    bool string(string_t& value) override { return scalar(json(std::move(value))); }
    bool binary(binary_t& value) override { return scalar(json(std::move(value))); }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }

    bool key(string_t& key) override
    {
        if (m_value.building()) {
            if (!m_value.key(key))
                fail(valueWhere() + "." + excerpt(key) + ": duplicate key");
            return true;
        }
        if (!arrayNamed(key) && key != "format")
            failAt(excerpt(key), "unknown key");
        if (!m_seen.insert(key).second)
            failAt(excerpt(key), "duplicate key");
        m_key = std::move(key);
        return true;
    }

    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& error) override
    {
        // "[json.exception.parse_error.101] parse error at line 3, column 15: ...;
        // last read: '...'": the position and the reason, without the raw bytes.
        std::string detail = error.what();
        if (const auto at = detail.find("at line "); at != std::string::npos)
            detail.erase(0, at);
        detail.erase(std::min(detail.find("; last read"), detail.size()));
        fail(m_where + ": invalid JSON " + detail);
    }

private:
    [[noreturn]] static void fail(const std::string& message) { throw DataError(message); }
    [[noreturn]] void failAt(std::string_view key, const std::string& message) const
    {
        fail(m_where + ": " + std::string(key) + ": " + message);
    }

    // Where the value being built stands: an element or a document member.
    std::string valueWhere() const
    {
        if (m_array)
            return m_where + ": " +
                   elementName(m_array->name, m_value.value(), m_index, m_array->idKey);
        return m_where + ": " + excerpt(m_key);
    }

    bool scalar(json value)
    {
        if (m_depth == 0)
            fail(m_where + ": expected an object, found " + value.type_name());
        m_value.add(std::move(value));
        if (!m_value.building())
            finishValue();
        return true;
    }

    bool open(json container)
    {
        if (m_depth == 0) {
            if (!container.is_object())
                fail(m_where + ": expected an object, found " + container.type_name());
            m_depth = 1;
            return true;
        }
        if (m_depth + m_value.depth() >= kMaxJsonDepth)
            fail(valueWhere() + (m_value.field().empty() ? "" : "." + excerpt(m_value.field())) +
                 ": nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
        if (m_depth == 1 && !m_value.building() && container.is_array() && arrayNamed(m_key)) {
            // An array of records: its elements are read one by one.
            m_array = arrayNamed(m_key);
            m_present.insert(m_array->name);
            m_index = 0;
            m_depth = 2;
            return true;
        }
        m_value.open(std::move(container));
        return true;
    }

    bool close()
    {
        if (m_value.building()) {
            m_value.close();
            if (!m_value.building())
                finishValue();
        } else {
            m_array = nullptr;
            --m_depth;
        }
        return true;
    }

    void finishValue()
    {
        if (m_array) {
            // Records that go nowhere are not made: their JSON is read, and a
            // reader that skips them has read the document whole before.
            if (m_into.others || m_array == &kMeetings)
                m_array->read(m_value.value(), valueWhere(), m_into);
            ++m_index;
            return;
        }
        const json value = m_value.take();
        if (m_key == "format") {
            if (!value.is_string())
                failAt("format", std::string("expected a string, found ") + value.type_name());
            m_format = value.get<std::string>();
            if (*m_format != "parley/1")
                failAt("format", "\"" + excerpt(*m_format) + "\" is not parley/1");
        } else if (!value.is_null()) { // null means absent, as everywhere in the format
            failAt(m_key, std::string("expected an array, found ") + value.type_name());
        }
    }

    const std::string& m_where;
    const DatasetParts& m_into;
    std::size_t m_depth = 0; // containers open around the document's members
    std::string m_key;       // the document member being read
    std::set<std::string, std::less<>> m_seen;
    std::set<std::string_view> m_present;
    std::optional<std::string> m_format;
    const ArrayKind* m_array = nullptr; // the array whose elements are being read
    std::size_t m_index = 0;
    ValueBuilder m_value;
};

// JSON text starts with a blank or one of {["-0123456789tfn: these bytes only
// start UTF-16 or UTF-32 text (with or without a byte-order mark).
void requireUtf8Start(int first, const std::string& where)
{
    if (first == std::char_traits<char>::eof())
        throw DataError(where + ": empty file, not a parley/1 document");
    if (first == 0x00 || first == 0xFE || first == 0xFF)
        throw DataError(where +
                        ": not UTF-8 text (it looks like UTF-16 or UTF-32); save it as UTF-8");
}

} // namespace

void readDataset(std::istream& in, const std::string& where, const DatasetParts& into)
{
    requireUtf8Start(in.peek(), where);
    DatasetReader reader(where, into);
    json::sax_parse(in, &reader);
    reader.requireMembers();
}

Dataset readDataset(std::istream& in, const std::string& where)
{
    Dataset dataset;
    readDataset(in, where, {.others = &dataset, .meeting = {}});
    return dataset;
}

Dataset readDataset(std::string_view text, const std::string& where)
{
    requireUtf8Start(text.empty() ? std::char_traits<char>::eof()
                                  : static_cast<unsigned char>(text.front()),
                     where);
    Dataset dataset;
    const DatasetParts into{.others = &dataset, .meeting = {}};
    DatasetReader reader(where, into);
    json::sax_parse(text.begin(), text.end(), &reader);
    reader.requireMembers();
    return dataset;
}

std::ifstream openDocument(const std::filesystem::path& file)
{
    std::error_code error;
    if (std::filesystem::is_directory(file, error))
        throw DataError(file.string() + ": a folder, not a parley/1 document");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DataError(file.string() + ": cannot read the file (missing or not readable)");
    return in;
}

} // namespace parley
