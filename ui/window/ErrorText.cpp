#include "ui/window/ErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace parley::ui {

namespace {

constexpr const char* kContext = "parley::ui::ErrorText";

struct Form {
    const char* pattern; // what db/ writes after "where: ", its values captured
    const char* text;    // the same in words to translate: %1 where, then the values
};

// Every form the readers, the checks and the store use, most specific first.
// "where" is the greedy start: the problem itself holds no ": ".
const std::array kForms{
    Form{R"re(^(.*?): invalid JSON at line (\d+), column (\d+): (.*)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: invalid JSON at line %2, column %3: %4")},
    Form{R"re(^(.*): duplicate id$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: duplicate id")},
    Form{R"re(^(.*): duplicate key$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: duplicate key")},
    Form{R"re(^(.*): unknown key$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: unknown key")},
    Form{R"re(^(.*): missing \(required\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: missing (required)")},
    Form{R"re(^(.*): empty \(required\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: empty (required)")},
    Form{R"re(^(.*): "(.*)" is listed twice$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is listed twice")},
    Form{
        R"re(^(.*): "(.*)" is not (an? \w+) defined in the document$)re",
        QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not %3 defined in the document")},
    Form{R"re(^(.*): "(.*)" is not (an? \w+) in the database$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not %3 in the database")},
    Form{R"re(^(.*): "(.*)" does not fit precision month \(write the 1st of the month\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: \"%2\" does not fit precision month (write the 1st of the month)")},
    Form{R"re(^(.*): "(.*)" does not fit precision year \(write 1 January\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: \"%2\" does not fit precision year (write 1 January)")},
    Form{R"re(^(.*): the topic tree has a cycle through "(.*)"$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: the topic tree has a cycle through \"%2\"")},
    Form{R"re(^(.*): (\S+) is before the start (\S+)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: %2 is before the start %3")},
    Form{R"re(^(.*): "(.*)" is not a valid date \(YYYY-MM-DD\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not a valid date (YYYY-MM-DD)")},
    Form{R"re(^(.*): "(.*)" is not one of day, month, year$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not one of day, month, year")},
    Form{R"re(^(.*): "(.*)" is not a known kind$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not a known kind")},
    Form{
        R"re(^(.*): "(.*)" is not an id \(lowercase ASCII words joined by hyphens, at most (\d+) characters\)$)re",
        QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                          "%1: \"%2\" is not an id (lowercase ASCII words joined by hyphens, at "
                          "most %3 characters)")},
    Form{R"re(^(.*): "(.*)" is not an id$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not an id")},
    Form{R"re(^(.*): "(.*)" is not a country code \(ISO 3166-1 alpha-2 or a bloc code\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: \"%2\" is not a country code (ISO 3166-1 alpha-2 or a bloc code)")},
    Form{R"re(^(.*): "(.*)" is not a country in the database$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not a country in the database")},
    Form{
        R"re(^(.*): "(.*)" is not an http:// or https:// URL$)re",
        QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not an http:// or https:// URL")},
    Form{R"re(^(.*): the source id "(.*)" is taken by another URL$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: the source id \"%2\" is taken by another URL")},
    Form{R"re(^(.*): "(.*)" is already the id of row (\d+)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is already the id of row %3")},
    Form{R"re(^(.*): "(.*)" is not parley/1$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: \"%2\" is not parley/1")},
    Form{R"re(^(.*): expected (an? \w+), found (\w+)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: expected %2, found %3")},
    Form{R"re(^(.*): nested more than (\d+) levels deep$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: nested more than %2 levels deep")},
    Form{R"re(^(.*): a text of (\d+) bytes; at most (\d+) are allowed$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: a text of %2 bytes; at most %3 are allowed")},
    Form{R"re(^(.*): empty file, not a parley/1 document$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: empty file, not a parley/1 document")},
    Form{R"re(^(.*): a folder, not a parley/1 document$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: a folder, not a parley/1 document")},
    Form{
        R"re(^(.*): not UTF-8 text \(it looks like UTF-16 or UTF-32\); save it as UTF-8$)re",
        QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                          "%1: not UTF-8 text (it looks like UTF-16 or UTF-32); save it as UTF-8")},
    Form{
        R"re(^(.*): not valid UTF-8 \(save the file as UTF-8\)$)re",
        QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: not valid UTF-8 (save the file as UTF-8)")},
    Form{R"re(^(.*): cannot read the file \(missing or not readable\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: cannot read the file (missing or not readable)")},
    Form{R"re(^(.*): a quoted field is never closed$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: a quoted field is never closed")},
    Form{R"re(^(.*): text after the closing quote \(double a quote inside a field\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: text after the closing quote (double a quote inside a field)")},
    Form{R"re(^(.*): a quote inside an unquoted field \(quote the field and double the quote\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: a quote inside an unquoted field (quote the field and double the "
                           "quote)")},
    Form{R"re(^(.*): (\d+) fields, but the header \(row (\d+)\) has (\d+)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: %2 fields, but the header (row %3) has %4")},
    Form{R"re(^(.*): unknown column "(.*)" \(the header must name (.*)\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: unknown column \"%2\" (the header must name %3)")},
    Form{R"re(^(.*): column "(.*)" appears twice \(the header must name (.*)\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: column \"%2\" appears twice (the header must name %3)")},
    Form{R"re(^(.*): column "(.*)" is missing \(the header must name (.*)\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                           "%1: column \"%2\" is missing (the header must name %3)")},
    Form{R"re(^(.*): empty; expected the header row (.*)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ErrorText", "%1: empty; expected the header row %2")},
    Form{
        R"re(^(.*): read-only \(opened for reading, or the file or its folder cannot be written\); nothing was imported$)re",
        QT_TRANSLATE_NOOP("parley::ui::ErrorText",
                          "%1: read-only (opened for reading, or the file or its folder cannot "
                          "be written); nothing was imported")},
};

// Words that the forms above take as values: what a reference should name,
// and the JSON types a reader found.
const std::array kWords{
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "a source"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "a country"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "a topic"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "an official"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "a meeting"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "a measure"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "an object"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "an array"),
    QT_TRANSLATE_NOOP("parley::ui::ErrorText", "a string"),
};

QString word(const QString& text)
{
    for (const char* known : kWords) {
        if (text == QLatin1String(known))
            return QCoreApplication::translate(kContext, known);
    }
    return text;
}

// Where in a CSV file: "x.csv: row 4, column "start"" and "x.csv: row 4".
QString whereText(QString where)
{
    static const QRegularExpression cell(QStringLiteral(R"re(: row (\d+), column "([^"]*)"$)re"));
    static const QRegularExpression row(QStringLiteral(R"re(: row (\d+)$)re"));
    if (const auto match = cell.match(where); match.hasMatch())
        return where.left(match.capturedStart()) +
               QCoreApplication::translate("parley::ui::ErrorText", ": row %1, column \"%2\"")
                   .arg(match.captured(1), match.captured(2));
    if (const auto match = row.match(where); match.hasMatch())
        return where.left(match.capturedStart()) +
               QCoreApplication::translate("parley::ui::ErrorText", ": row %1")
                   .arg(match.captured(1));
    return where;
}

// The form with its values in place, all at once: a value that holds "%2"
// (a file name, say) stays as it is.
QString filled(const QString& form, const QStringList& values)
{
    switch (values.size()) {
    case 1:
        return form.arg(values[0]);
    case 2:
        return form.arg(values[0], values[1]);
    case 3:
        return form.arg(values[0], values[1], values[2]);
    default:
        return form.arg(values[0], values[1], values[2], values.value(3));
    }
}

} // namespace

QString errorText(const std::string& message)
{
    const QString text = QString::fromStdString(message);
    for (const Form& form : kForms) {
        const QRegularExpression pattern(QString::fromLatin1(form.pattern));
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            continue;
        QStringList values{whereText(match.captured(1))};
        for (int i = 2; i <= match.lastCapturedIndex(); ++i)
            values << word(match.captured(i));
        return filled(QCoreApplication::translate(kContext, form.text), values);
    }
    return text;
}

} // namespace parley::ui
