#include "db/exchange/hsg/HsgXml.h"

#include "db/exchange/Utf8.h"
#include "db/model/Errors.h"
#include "db/model/Vocabulary.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace parley::hsg {

namespace {

// Line and column (both from 1) of a byte offset.
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    const auto before = text.substr(0, offset);
    const auto line = static_cast<std::size_t>(std::ranges::count(before, '\n')) + 1;
    const auto lineStart = before.rfind('\n');
    return {line, offset - (lineStart == std::string_view::npos ? 0 : lineStart + 1) + 1};
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void appendText(pugi::xml_node node, std::string& out)
{
    for (const auto child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            out += child.value();
        else if (child.type() == pugi::node_element)
            appendText(child, out);
    }
}

} // namespace

std::string collapsedSpaces(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isSpace(c) || text.substr(i, 2) == "\xC2\xA0") { // U+00A0, a no-break space
            i += c == '\xC2' ? 1 : 0;
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string inQuotes(std::string_view text)
{
    constexpr std::size_t kMaxBytes = 80;
    if (text.size() <= kMaxBytes)
        return "\"" + std::string(text) + "\"";
    std::size_t end = kMaxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return "\"" + std::string(text.substr(0, end)) + "…\"";
}

std::vector<std::filesystem::path> xmlFiles(const std::filesystem::path& folder, bool recursive)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        return files;
    const auto add = [&files](const std::filesystem::directory_entry& entry) {
        if (entry.is_regular_file() && entry.path().extension() == ".xml")
            files.push_back(entry.path());
    };
    if (recursive) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
            add(entry);
    } else {
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            add(entry);
    }
    std::ranges::sort(files);
    return files;
}

std::string plainText(pugi::xml_node node)
{
    std::string text;
    appendText(node, text);
    return collapsedSpaces(text);
}

XmlFile::XmlFile(const std::filesystem::path& file, std::string_view root)
    : m_name(file.string())
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        fail("cannot read the file (missing or not readable)");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!isValidUtf8(text))
        fail("not UTF-8 text; the Office's records are UTF-8");
    const auto result =
        m_document.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        const auto [line, column] = lineAndColumn(text, static_cast<std::size_t>(result.offset));
        fail("malformed XML at line " + std::to_string(line) + ", column " +
             std::to_string(column) + ": " + result.description());
    }
    if (std::string_view(this->root().name()) != root)
        fail("expected a <" + std::string(root) + "> document, found <" +
             std::string(this->root().name()) + ">");
}

void XmlFile::fail(const std::string& message) const { throw DataError(m_name + ": " + message); }

XmlRecord::XmlRecord(const XmlFile& file, pugi::xml_node node, std::size_t index)
    : m_node(node)
{
    const auto id = collapsedSpaces(node.child_value("id"));
    m_where = file.name() + ": " + node.name() + "[" +
              (id.empty() || id.size() > 80 ? "#" + std::to_string(index) : id) + "]";
}

pugi::xml_node XmlRecord::element(std::string_view path) const
{
    return m_node.first_element_by_path(std::string(path).c_str());
}

void XmlRecord::fail(std::string_view field, const std::string& message) const
{
    throw DataError(m_where + "." + std::string(field) + ": " + message);
}

std::optional<std::string> XmlRecord::optionalText(std::string_view child) const
{
    auto text = plainText(element(child));
    return text.empty() ? std::nullopt : std::optional(std::move(text));
}

std::string XmlRecord::text(std::string_view child) const
{
    const auto found = element(child);
    if (!found)
        fail(child, "missing (required)");
    auto text = plainText(found);
    if (text.empty())
        fail(child, "empty (required)");
    return text;
}

std::string XmlRecord::slug(std::string_view child) const
{
    auto value = text(child);
    if (!isSlug(value))
        fail(child, inQuotes(value) + " is not an id (lowercase ASCII words joined by hyphens)");
    return value;
}

std::string XmlRecord::attributeSlug(std::string_view child, const char* attribute) const
{
    const auto found = child.empty() ? m_node : element(child);
    if (!found)
        fail(child, "missing (required)");
    const std::string value = collapsedSpaces(found.attribute(attribute).value());
    const std::string field = std::string(child) + "@" + attribute;
    if (value.empty())
        fail(field, "missing (required)");
    if (!isSlug(value))
        fail(field, inQuotes(value) + " is not an id (lowercase ASCII words joined by hyphens)");
    return value;
}

Date XmlRecord::date(std::string_view child) const
{
    const auto value = text(child);
    const auto date = parseIsoDate(value);
    if (!date)
        fail(child, inQuotes(value) + " is not a valid date (YYYY-MM-DD)");
    return *date;
}

std::optional<int> XmlRecord::optionalYear(std::string_view child) const
{
    const auto value = optionalText(child);
    if (!value)
        return std::nullopt;
    if (value->size() != 4 ||
        !std::ranges::all_of(*value, [](char c) { return c >= '0' && c <= '9'; }))
        fail(child, inQuotes(*value) + " is not a year (YYYY)");
    return std::stoi(*value);
}

std::optional<Date> XmlRecord::optionalDateTime(std::string_view child) const
{
    const auto value = optionalText(child);
    if (!value)
        return std::nullopt;
    const auto date = parseIsoDate(std::string_view(*value).substr(0, 10));
    if (!date || (value->size() > 10 && (*value)[10] != 'T'))
        fail(child, inQuotes(*value) + " is not a valid date and time (YYYY-MM-DDThh:mm:ss)");
    return date;
}

std::optional<Date> XmlRecord::lastChanged() const
{
    const auto created = optionalDateTime("created-datetime");
    const auto modified = optionalDateTime("last-modified-datetime");
    if (created && modified)
        return std::max(*created, *modified);
    return created ? created : modified;
}

} // namespace parley::hsg
