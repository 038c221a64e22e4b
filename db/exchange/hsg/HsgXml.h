#pragma once

// Internal to db/exchange: reading the Office of the Historian's XML files
// with pugixml, so that every problem becomes a DataError naming the file,
// the record (`trip[3992]`, its <id>, or `trip[#5]`, its place), the child
// element and what is wrong: `…/blinken-antony-j.xml: trip[3992].start-date:
// "2021-02-30" is not a valid date (YYYY-MM-DD)`.

#include "db/model/Dates.h"

#include <pugixml.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley::hsg {

// One XML file, read whole and parsed.
class XmlFile {
public:
    // Refuses, naming the file, one that cannot be read, is not UTF-8, is not
    // well-formed XML (with the line and column) or whose root element is not
    // `root`.
    XmlFile(const std::filesystem::path& file, std::string_view root);

    const std::string& name() const { return m_name; }
    pugi::xml_node root() const { return m_document.document_element(); }
    [[noreturn]] void fail(const std::string& message) const;

private:
    std::string m_name;
    pugi::xml_document m_document;
};

// One record of a file: an element whose children hold its fields.
class XmlRecord {
public:
    // Named by its <id> child when it has a readable one, else by `index`.
    XmlRecord(const XmlFile& file, pugi::xml_node node, std::size_t index);

    pugi::xml_node node() const { return m_node; }
    // "FILE: trip[3992]"
    const std::string& where() const { return m_where; }
    [[noreturn]] void fail(std::string_view field, const std::string& message) const;

    // A child or deeper element by its path ("persName/surname"); the
    // methods below take such paths too.
    pugi::xml_node element(std::string_view path) const;

    // The text of a child element, spaces and line breaks collapsed; the
    // required forms refuse a missing or empty child.
    std::string text(std::string_view child) const;
    std::optional<std::string> optionalText(std::string_view child) const;
    // A child's text that Parley uses in an id: lowercase ASCII words joined
    // by hyphens.
    std::string slug(std::string_view child) const;
    // A required attribute, as an id, of a child element (`country`, `id`),
    // or of the record itself when `child` is empty.
    std::string attributeSlug(std::string_view child, const char* attribute) const;
    Date date(std::string_view child) const;
    // A year ("1857"), or nullopt when the child is empty or missing.
    std::optional<int> optionalYear(std::string_view child) const;
    // The date part of an xsd:dateTime (`2021-09-21T12:21:00-04:00`), or
    // nullopt when the child is empty or missing.
    std::optional<Date> optionalDateTime(std::string_view child) const;
    // The later of <created-datetime> and <last-modified-datetime>, which
    // trips and visits carry: the day the record was last made or changed.
    std::optional<Date> lastChanged() const;

private:
    pugi::xml_node m_node;
    std::string m_where;
};

// The *.xml files of a folder (and of its subfolders when `recursive`), in
// name order so that the first problem reported is always the same; none
// when the folder does not exist.
std::vector<std::filesystem::path> xmlFiles(const std::filesystem::path& folder,
                                            bool recursive = false);

// Every piece of text in the element and its descendants, markup such as
// <em> left out, spaces and line breaks collapsed.
std::string plainText(pugi::xml_node node);

// Runs of white space (no-break spaces too) as one space, none at either end.
std::string collapsedSpaces(std::string_view text);

// "text" cut to a line's worth, in quotes, for messages.
std::string inQuotes(std::string_view text);

} // namespace parley::hsg
