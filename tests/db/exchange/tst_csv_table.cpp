// RFC 4180 writing and reading: quoting only where needed, CRLF, exact round
// trips of hostile text, spreadsheet row numbers, and errors that name the row
// and the column.
#include "db/exchange/CsvTable.h"
#include "db/model/Errors.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

std::vector<CsvFields> fieldsOf(const std::vector<CsvRow>& rows)
{
    std::vector<CsvFields> fields;
    fields.reserve(rows.size());
    for (const auto& row : rows)
        fields.push_back(row.fields);
    return fields;
}

std::string errorOf(std::string_view text)
{
    try {
        readCsvTable(text, "x.csv");
    } catch (const DataError& error) {
        return error.what();
    }
    return "(no error)";
}

TEST(CsvTable, QuotesOnlyWhatNeedsItAndEndsRowsWithCrLf)
{
    EXPECT_EQ(writeCsvTable({{"a", "b c", ""}, {"x,y", "say \"hi\"", "two\nlines"}}),
              "a,b c,\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    // A row of one empty field must not read back as a blank line.
    EXPECT_EQ(writeCsvTable({{"h"}, {""}}), "h\r\n\"\"\r\n");
}

TEST(CsvTable, HostileTextRoundTripsExactly)
{
    const std::vector<CsvFields> rows{
        {"id", "text", "more"},
        {"1", "\"quoted\", with commas, and \"\"doubled\"\" quotes", " spaced "},
        {"2", "line one\r\nline two\nline three\rend", ""},
        {"3", "中美商务部长会谈，讨论出口管制；“芯片”", "😀 émoji, 한국어"},
        {"4", "", ",,,"},
        {"5", "\"", "\"\""},
    };
    const auto text = writeCsvTable(rows);
    const auto read = readCsvTable(text, "x.csv");
    EXPECT_EQ(fieldsOf(read), rows);
    EXPECT_EQ(read.back().number, 6); // the embedded line breaks do not count
}

TEST(CsvTable, ReadsLfAndCrLineEndsAByteOrderMarkAndSkipsBlankLines)
{
    const auto rows = readCsvTable("\xEF\xBB\xBFh1,h2\n\na,b\rc,d\r\n\r\n", "x.csv");
    EXPECT_EQ(fieldsOf(rows), (std::vector<CsvFields>{{"h1", "h2"}, {"a", "b"}, {"c", "d"}}));
    EXPECT_EQ(rows[1].number, 3); // the blank line 2 counts, as in a spreadsheet
    EXPECT_EQ(rows[2].number, 4);
    EXPECT_EQ(fieldsOf(readCsvTable("h1,h2\r\na,", "x.csv")).back(), (CsvFields{"a", ""}));
    EXPECT_TRUE(readCsvTable("", "x.csv").empty());
}

TEST(CsvTable, ErrorsNameTheRowAndTheColumn)
{
    EXPECT_EQ(errorOf("id,title\r\n1,say \"hi\"\r\n"),
              "x.csv: row 2, column \"title\": a quote inside an unquoted field (quote the field "
              "and double the quote)");
    EXPECT_EQ(errorOf("id,title\r\n1,\"closed\" late\r\n"),
              "x.csv: row 2, column \"title\": text after the closing quote (double a quote "
              "inside a field)");
    // An unclosed quote runs to the end: the row is where it opened.
    EXPECT_EQ(errorOf("id,title\r\n1,ok\r\n2,\"open\r\n3,more\r\n"),
              "x.csv: row 3, column \"title\": a quoted field is never closed");
    EXPECT_EQ(errorOf("id,title\r\n1,ok,extra\r\n"),
              "x.csv: row 2: 3 fields, but the header (row 1) has 2");
    EXPECT_EQ(errorOf("id,title\r\n1,caf\xE9\r\n"),
              "x.csv: row 2, column \"title\": not valid UTF-8 (save the file as UTF-8)");
    EXPECT_EQ(errorOf("id,\"ti\"tle\"\r\n"),
              "x.csv: row 1, column 2: text after the closing quote (double a quote inside a "
              "field)");
}

TEST(CsvTable, RefusesMalformedUtf8)
{
    for (std::string_view bad :
         {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8", "\x80"}) {
        const auto message = errorOf("h\r\n" + std::string(bad) + "\r\n");
        EXPECT_NE(message.find("not valid UTF-8"), std::string::npos) << message;
    }
    EXPECT_EQ(errorOf("h\r\n\xF0\x9F\x98\x80\r\n"), "(no error)");
}

} // namespace
} // namespace parley
