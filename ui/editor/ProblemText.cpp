#include "ui/editor/ProblemText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace parley::ui {

namespace {

constexpr const char* kContext = "parley::ui::ProblemText";

struct Form {
    const char* pattern; // as RecordRules writes it, its values captured
    const char* text;    // the same to translate, %1… the values
};

const std::array kForms{
    Form{R"re(^empty \(required\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "empty (required)")},
    Form{
        R"re(^a text of (\d+) bytes; at most (\d+) are allowed$)re",
        QT_TRANSLATE_NOOP("parley::ui::ProblemText", "a text of %1 bytes; at most %2 are allowed")},
    Form{R"re(^"(.*)" is listed twice$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "\"%1\" is listed twice")},
    Form{R"re(^"(.*)" is not (an? \w+) in the database$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "\"%1\" is not %2 in the database")},
    Form{R"re(^"(.*)" does not fit precision month \(write the 1st of the month\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText",
                           "\"%1\" does not fit precision month (write the 1st of the month)")},
    Form{R"re(^"(.*)" does not fit precision year \(write 1 January\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText",
                           "\"%1\" does not fit precision year (write 1 January)")},
    Form{R"re(^(\S+) is before the start (\S+)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "%1 is before the start %2")},
    Form{R"re(^"(.*)" is not a known kind$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "\"%1\" is not a known kind")},
    Form{
        R"re(^"(.*)" is not an id \(lowercase ASCII words joined by hyphens, at most (\d+) characters\)$)re",
        QT_TRANSLATE_NOOP("parley::ui::ProblemText",
                          "\"%1\" is not an id (lowercase ASCII words joined by hyphens, at most "
                          "%2 characters)")},
    Form{R"re(^"(.*)" is not a country code \(ISO 3166-1 alpha-2 or a bloc code\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText",
                           "\"%1\" is not a country code (ISO 3166-1 alpha-2 or a bloc code)")},
    Form{R"re(^the topic tree has a cycle through "(.*)"$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "the topic tree has a cycle through \"%1\"")},
    Form{R"re(^"(.*)" is not a valid date \(YYYY-MM-DD\)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "\"%1\" is not a valid date (YYYY-MM-DD)")},
    Form{R"re(^"(.*)" is not an http:// or https:// URL$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "\"%1\" is not an http:// or https:// URL")},
    Form{R"re(^duplicate id$)re", QT_TRANSLATE_NOOP("parley::ui::ProblemText", "duplicate id")},
    Form{R"re(^still named by (.*)$)re",
         QT_TRANSLATE_NOOP("parley::ui::ProblemText", "still named by %1")},
};

// What a reference should name, as the forms above take it.
const std::array kWords{
    QT_TRANSLATE_NOOP("parley::ui::ProblemText", "a source"),
    QT_TRANSLATE_NOOP("parley::ui::ProblemText", "a country"),
    QT_TRANSLATE_NOOP("parley::ui::ProblemText", "a topic"),
    QT_TRANSLATE_NOOP("parley::ui::ProblemText", "an official"),
    QT_TRANSLATE_NOOP("parley::ui::ProblemText", "a meeting"),
    QT_TRANSLATE_NOOP("parley::ui::ProblemText", "a measure"),
};

QString word(const QString& text)
{
    for (const char* known : kWords) {
        if (text == QLatin1String(known))
            return QCoreApplication::translate(kContext, known);
    }
    return text;
}

} // namespace

QString problemText(const std::string& message)
{
    QString text = QString::fromStdString(message);
    for (const Form& form : kForms) {
        const QRegularExpression pattern(QString::fromLatin1(form.pattern));
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            continue;
        QString translated = QCoreApplication::translate(kContext, form.text);
        // All values at once, so a value holding "%2" stays as it is.
        QStringList values;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            values << word(match.captured(i));
        switch (values.size()) {
        case 0:
            return translated;
        case 1:
            return translated.arg(values[0]);
        default:
            return translated.arg(values[0], values[1]);
        }
    }
    return text;
}

std::optional<StoreProblem> parseStoreProblem(const std::string& message)
{
    // The file name may hold ": ", the rest does not before the problem.
    static const QRegularExpression form(
        QStringLiteral(R"re(^.*: ([a-z]+)\[([^\]]*)\](?:\.([^:]+))?: (.*)$)re"));
    const auto match = form.match(QString::fromStdString(message));
    if (!match.hasMatch())
        return std::nullopt;
    return StoreProblem{match.captured(1).toStdString(), match.captured(2).toStdString(),
                        match.captured(3).toStdString(), match.captured(4).toStdString()};
}

} // namespace parley::ui
