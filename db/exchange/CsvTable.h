#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parley {

// RFC 4180 comma-separated values in UTF-8, the first row being the header.
using CsvFields = std::vector<std::string>;

// Rows are numbered from 1 as a spreadsheet numbers them: blank lines count,
// and a quoted field that spans lines stays in one row.
struct CsvRow {
    int number = 0;
    CsvFields fields;
};

// Quotes a field only when it holds a comma, a quote, CR or LF, doubles the
// quotes inside, and ends every row with CRLF. No byte order mark.
std::string writeCsvTable(const std::vector<CsvFields>& rows);

// Reads rows ended by CRLF, LF or CR; skips a UTF-8 byte order mark and blank
// lines. Throws DataError starting with `where` and naming the row and the
// column (by the header's text for it; by number within the header itself)
// for a stray or unclosed quote, a row whose field count differs from the
// header's, or bytes that are not UTF-8.
std::vector<CsvRow> readCsvTable(std::string_view text, const std::string& where);

} // namespace parley
