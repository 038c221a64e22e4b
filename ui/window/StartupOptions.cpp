#include "ui/window/StartupOptions.h"

#include "ui/model/DateText.h"
#include "ui/model/GroupingNames.h"

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

// "WxH" with both sides between 16 and 20000 pixels.
std::optional<QSize> parseSize(const QString& text)
{
    const QStringList sides = text.split(QLatin1Char('x'));
    if (sides.size() != 2)
        return std::nullopt;
    bool widthOk = false;
    bool heightOk = false;
    const QSize size(sides[0].toInt(&widthOk), sides[1].toInt(&heightOk));
    constexpr int kMin = 16;
    constexpr int kMax = 20000;
    if (!widthOk || !heightOk || size.width() < kMin || size.height() < kMin ||
        size.width() > kMax || size.height() > kMax)
        return std::nullopt;
    return size;
}

// "A,B": two different sides.
std::optional<std::pair<Side, Side>> parseChannel(const QString& text)
{
    const QStringList sides = text.split(QLatin1Char(','));
    if (sides.size() != 2)
        return std::nullopt;
    const auto a = parseSide(sides[0].trimmed().toStdString());
    const auto b = parseSide(sides[1].trimmed().toStdString());
    if (!a || !b || *a == *b)
        return std::nullopt;
    return std::pair(*a, *b);
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
        QCoreApplication::translate(
            "StartupOptions", "Parley database (default: the last one used, or the history of U.S. "
                              "diplomatic travel)"));
    const auto option = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name),
                                  QCoreApplication::translate("StartupOptions", help),
                                  QString::fromLatin1(value));
    };
    parser.addOptions({
        option("official", QT_TRANSLATE_NOOP("StartupOptions", "Show this official's panel"), "ID"),
        option("meeting", QT_TRANSLATE_NOOP("StartupOptions", "Select this meeting"), "ID"),
        option("from",
               QT_TRANSLATE_NOOP("StartupOptions", "Show meetings from this date (YYYY-MM-DD)"),
               "DATE"),
        option("to",
               QT_TRANSLATE_NOOP("StartupOptions", "Show meetings up to this date (YYYY-MM-DD)"),
               "DATE"),
        option("country",
               QT_TRANSLATE_NOOP("StartupOptions",
                                 "Only meetings involving this country (repeatable)"),
               "CODE"),
        option("topic",
               QT_TRANSLATE_NOOP("StartupOptions",
                                 "Only meetings on this topic or its subtopics (repeatable)"),
               "ID"),
        option("group-by",
               QT_TRANSLATE_NOOP("StartupOptions", "Lanes by country, official or topic"),
               "GROUPING"),
        option("channel",
               QT_TRANSLATE_NOOP("StartupOptions",
                                 "Show the channel between two sides, countries or officials, "
                                 "as US,CN or antony-blinken,wang-yi"),
               "A,B"),
        option("followed",
               QT_TRANSLATE_NOOP("StartupOptions",
                                 "Show what came before and after this measure or meeting"),
               "ID"),
        option("screenshot",
               QT_TRANSLATE_NOOP("StartupOptions", "Render the window to this PNG file and exit"),
               "FILE"),
        option(
            "export",
            QT_TRANSLATE_NOOP("StartupOptions",
                              "Export the timeline view to this .png, .svg or .pdf file and exit"),
            "FILE"),
        option("size",
               QT_TRANSLATE_NOOP("StartupOptions",
                                 "Size of the exported view in pixels (default 1600x900)"),
               "WxH"),
        QCommandLineOption(QStringLiteral("cite"),
                           QCoreApplication::translate("StartupOptions",
                                                       "List the sources of what the exported "
                                                       "view shows under it, numbered on it")),
        option("lang",
               QT_TRANSLATE_NOOP("StartupOptions",
                                 "Interface language, such as zh_CN or en (default: the system's)"),
               "LANG"),
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
    options.followed = parser.value(QStringLiteral("followed"));
    if (parser.isSet(QStringLiteral("channel"))) {
        options.channel = parseChannel(parser.value(QStringLiteral("channel")));
        if (!options.channel) {
            *error = QCoreApplication::translate(
                "StartupOptions", "--channel takes two different sides, each a country code or "
                                  "an official id, as US,CN or antony-blinken,wang-yi.");
            return std::nullopt;
        }
    }
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.exportFile = parser.value(QStringLiteral("export"));
    options.citeSources = parser.isSet(QStringLiteral("cite"));
    if (parser.isSet(QStringLiteral("size"))) {
        const auto size = parseSize(parser.value(QStringLiteral("size")));
        if (!size) {
            *error = QCoreApplication::translate(
                "StartupOptions", "--size takes a width and a height in pixels, as 1600x900.");
            return std::nullopt;
        }
        options.exportSize = *size;
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QLocale language(parser.value(QStringLiteral("lang")));
        // QLocale falls back to "C" for a name it does not know.
        if (language.language() == QLocale::C) {
            *error = QCoreApplication::translate("StartupOptions",
                                                 "--lang takes a language, as zh_CN or en.");
            return std::nullopt;
        }
        options.language = language;
    }
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
