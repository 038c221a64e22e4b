#include "db/exchange/CsvTable.h"

#include "db/exchange/Utf8.h"
#include "db/model/Errors.h"

namespace parley {

namespace {

class CsvReader {
public:
    CsvReader(std::string_view text, const std::string& where)
        : m_text(text)
        , m_where(where)
    {
        if (m_text.starts_with("\xEF\xBB\xBF"))
            m_position = 3;
    }

    std::vector<CsvRow> read()
    {
        for (; m_position < m_text.size(); ++m_row) {
            const bool blank = atLineEnd();
            CsvFields fields = readRow();
            if (blank)
                continue;
            if (!m_rows.empty() && fields.size() != header().size())
                fail(std::to_string(fields.size()) + " fields, but the header (row " +
                     std::to_string(m_rows.front().number) + ") has " +
                     std::to_string(header().size()));
            m_rows.push_back({m_row, std::move(fields)});
        }
        return std::move(m_rows);
    }

private:
    [[noreturn]] void fail(const std::string& message) const
    {
        throw DataError(m_where + ": row " + std::to_string(m_row) + ": " + message);
    }

    [[noreturn]] void fail(std::size_t column, const std::string& message) const
    {
        const bool named = !m_rows.empty() && column < header().size();
        throw DataError(m_where + ": row " + std::to_string(m_row) + ", column " +
                        (named ? "\"" + header()[column] + "\"" : std::to_string(column + 1)) +
                        ": " + message);
    }

    const CsvFields& header() const { return m_rows.front().fields; }

    bool atLineEnd() const
    {
        return m_position >= m_text.size() || m_text[m_position] == '\r' ||
               m_text[m_position] == '\n';
    }

    // Reads fields up to the end of the row and past its line end.
    CsvFields readRow()
    {
        CsvFields row;
        for (;;) {
            row.push_back(readField(row.size()));
            if (!isValidUtf8(row.back()))
                fail(row.size() - 1, "not valid UTF-8 (save the file as UTF-8)");
            if (m_position < m_text.size() && m_text[m_position] == ',') {
                ++m_position;
                continue;
            }
            if (m_position < m_text.size() && m_text[m_position] == '\r')
                ++m_position;
            if (m_position < m_text.size() && m_text[m_position] == '\n')
                ++m_position;
            return row;
        }
    }

    std::string readField(std::size_t column)
    {
        std::string field;
        if (m_position < m_text.size() && m_text[m_position] == '"') {
            for (++m_position;; ++m_position) {
                if (m_position >= m_text.size())
                    fail(column, "a quoted field is never closed");
                if (m_text[m_position] != '"') {
                    field += m_text[m_position];
                } else if (m_position + 1 < m_text.size() && m_text[m_position + 1] == '"') {
                    field += '"';
                    ++m_position;
                } else {
                    ++m_position;
                    break;
                }
            }
            if (!atLineEnd() && m_text[m_position] != ',')
                fail(column, "text after the closing quote (double a quote inside a field)");
            return field;
        }
        for (; !atLineEnd() && m_text[m_position] != ','; ++m_position) {
            if (m_text[m_position] == '"')
                fail(column, "a quote inside an unquoted field (quote the field and double "
                             "the quote)");
            field += m_text[m_position];
        }
        return field;
    }

    std::string_view m_text;
    const std::string& m_where;
    std::size_t m_position = 0;
    int m_row = 1;
    std::vector<CsvRow> m_rows;
};

bool needsQuotes(std::string_view field)
{
    return field.find_first_of(",\"\r\n") != std::string_view::npos;
}

} // namespace

std::string writeCsvTable(const std::vector<CsvFields>& rows)
{
    std::string text;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += ',';
            const std::string& field = row[i];
            // A lone empty field is quoted, or the row would read as a blank line.
            if (!needsQuotes(field) && !(row.size() == 1 && field.empty())) {
                text += field;
                continue;
            }
            text += '"';
            for (char c : field) {
                if (c == '"')
                    text += '"';
                text += c;
            }
            text += '"';
        }
        text += "\r\n";
    }
    return text;
}

std::vector<CsvRow> readCsvTable(std::string_view text, const std::string& where)
{
    return CsvReader(text, where).read();
}

} // namespace parley
