#include "ui/StartupOptions.h"

#include "ui/DateText.h"
#include "ui/GroupingNames.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace parley::ui {

namespace {

Filter::Ids toIds(const QStringList& values)
{
    Filter::Ids ids;
    for (const QString& value : values)
        ids.insert(value.toStdString());
    return ids;
}

// An ISO date option; `ok` is false when the option is given but not a date.
std::optional<Date> dateOption(const QCommandLineParser& parser, const QString& name, bool* ok)
{
    if (!parser.isSet(name))
        return std::nullopt;
    auto date = parseIsoDate(parser.value(name).toStdString());
    *ok = *ok && date.has_value();
    return date;
}

} // namespace

std::optional<StartupOptions> StartupOptions::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "Timeline viewer for diplomatic meetings"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("DB"),
        QCoreApplication::translate("StartupOptions",
                                    "Parley database (default: the last one used, or the sample)"));
    const auto option = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name),
                                  QCoreApplication::translate("StartupOptions", help),
                                  QString::fromLatin1(value));
    };
    parser.addOptions({
        option("official", "Show this official's panel", "ID"),
        option("meeting", "Select this meeting", "ID"),
        option("from", "Show meetings from this date (YYYY-MM-DD)", "DATE"),
        option("to", "Show meetings up to this date (YYYY-MM-DD)", "DATE"),
        option("country", "Only meetings involving this country (repeatable)", "CODE"),
        option("topic", "Only meetings on this topic or its subtopics (repeatable)", "ID"),
        option("group-by", "Lanes by country, official or topic", "GROUPING"),
        option("screenshot", "Render the window to this PNG file and exit", "FILE"),
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    StartupOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("StartupOptions", "Give at most one database.");
        return std::nullopt;
    }
    options.database = positional.value(0);
    options.official = parser.value(QStringLiteral("official"));
    options.meeting = parser.value(QStringLiteral("meeting"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    bool datesOk = true;
    options.filter.setFrom(dateOption(parser, QStringLiteral("from"), &datesOk));
    options.filter.setTo(dateOption(parser, QStringLiteral("to"), &datesOk));
    if (!datesOk) {
        *error = QCoreApplication::translate("StartupOptions",
                                             "--from and --to take a date as YYYY-MM-DD.");
        return std::nullopt;
    }
    options.filter.setCountries(toIds(parser.values(QStringLiteral("country"))));
    options.filter.setTopics(toIds(parser.values(QStringLiteral("topic"))));
    if (parser.isSet(QStringLiteral("group-by"))) {
        options.grouping = groupingFromName(parser.value(QStringLiteral("group-by")));
        if (!options.grouping) {
            *error = QCoreApplication::translate("StartupOptions",
                                                 "--group-by takes country, official or topic.");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace parley::ui
