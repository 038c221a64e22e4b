#include "db/interchange/DatasetWriter.h"

#include "db/interchange/DatasetJson.h"

#include <nlohmann/json.hpp>

namespace parley {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// Where the document's arrays and their members start, as nlohmann's dump
// with an indent of 2 puts them: the writer writes the same text in pieces.
constexpr const char* kArrayIndent = "\n  ";
constexpr const char* kMemberIndent = "\n    ";

// One member of an array, its lines indented to sit inside the document.
// Strings never hold a raw newline (JSON escapes it), so every newline of the
// dump starts a line.
void writeMember(std::ostream& out, const ordered_json& member, bool first)
{
    out << (first ? "" : ",") << kMemberIndent;
    const auto text = member.dump(2, ' ', false, json::error_handler_t::strict);
    std::size_t from = 0;
    for (auto newline = text.find('\n'); newline != std::string::npos;
         newline = text.find('\n', from)) {
        out.write(text.data() + from, static_cast<std::streamsize>(newline - from));
        out << kMemberIndent;
        from = newline + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

void openArray(std::ostream& out, const char* key)
{
    out << ',' << kArrayIndent << '"' << key << "\": [";
}

void closeArray(std::ostream& out, std::size_t members)
{
    if (members > 0)
        out << kArrayIndent;
    out << ']';
}

template <typename Record>
void writeArray(std::ostream& out, const char* key, const std::vector<Record>& records)
{
    openArray(out, key);
    for (std::size_t i = 0; i < records.size(); ++i)
        writeMember(out, toJson(records[i]), i == 0);
    closeArray(out, records.size());
}

} // namespace

DatasetWriter::DatasetWriter(std::ostream& out, Dataset held)
    : m_out(out)
    , m_measures(std::move(held.measures))
{
    m_out << "{" << kArrayIndent << "\"format\": \"parley/1\"";
    writeArray(m_out, "sources", held.sources);
    writeArray(m_out, "countries", held.countries);
    writeArray(m_out, "topics", held.topics);
    writeArray(m_out, "officials", held.officials);
    openArray(m_out, "meetings");
}

void DatasetWriter::write(const Meeting& meeting)
{
    writeMember(m_out, toJson(meeting), m_meetingsWritten == 0);
    ++m_meetingsWritten;
}

void DatasetWriter::finish()
{
    closeArray(m_out, m_meetingsWritten);
    writeArray(m_out, "measures", m_measures);
    m_out << "\n}\n";
}

} // namespace parley
