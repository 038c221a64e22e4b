// The Simplified Chinese interface: widgets, dates and the time axis in
// Chinese, English left as it was, and a translation file that is complete.
#include "tests/ui/UiTestData.h"

#include "ui/filters/FilterPanel.h"
#include "ui/model/DateText.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/timeline/TimeTicks.h"
#include "ui/window/EmptyState.h"
#include "ui/window/MainWindow.h"
#include "ui/window/Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace parley;
using namespace parley::ui;

namespace {

const QLocale kChinese(QLocale::Chinese, QLocale::China);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

QString tsFile()
{
    return QString::fromStdString(test::sourcePath("resources/translations/parley_zh_CN.ts"));
}

QStringList buttonTexts(const QWidget& widget)
{
    QStringList texts;
    for (const auto* button : widget.findChildren<QPushButton*>())
        texts << button->text();
    return texts;
}

// What a .ts file says about its messages.
struct TsSummary {
    QString error;
    int messages = 0;
    QStringList untranslated; // unfinished or empty
    QStringList mismatched;   // placeholders or accelerators not carried over
};

// The %1, %2, %n a text uses, and whether it has an accelerator (&File).
QStringList markers(const QString& text)
{
    QStringList found;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    for (const auto& match : placeholder.globalMatch(text))
        found << match.captured();
    found.sort();
    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
    if (text.contains(accelerator) && !text.contains(QLatin1Char('<')))
        found << QStringLiteral("&");
    return found;
}

TsSummary summarize(const QString& path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = path + QStringLiteral(": ") + file.errorString();
        return summary;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++summary.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural forms are <numerusform> children; the text then gathers them.
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (unfinished || text.isEmpty())
                summary.untranslated << source;
            else if (markers(source) != markers(text))
                summary.mismatched << source + QStringLiteral(" → ") + text;
        }
    }
    if (xml.hasError())
        summary.error = QStringLiteral("%1:%2: %3")
                            .arg(path, QString::number(xml.lineNumber()), xml.errorString());
    return summary;
}

} // namespace

class TestTranslation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(kChinese);
        QVERIFY(m_translations.load(kChinese));
    }

    void filterPanelSpeaksChinese()
    {
        FilterPanel panel;
        QVERIFY2(buttonTexts(panel).contains(QStringLiteral("重置筛选")),
                 qPrintable(buttonTexts(panel).join(QLatin1Char('|'))));
        QVERIFY(buttonTexts(panel).contains(QStringLiteral("近五年")));
        QCOMPARE(panel.findChild<QLineEdit*>()->placeholderText(), QStringLiteral("搜索会晤…"));
    }

    void emptyStateSpeaksChinese()
    {
        EmptyState empty;
        QStringList labels;
        for (const auto* label : empty.findChildren<QLabel*>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("此数据库中尚无会晤")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QCOMPARE(buttonTexts(empty),
                 (QStringList{
                     QStringLiteral("导入 JSON…"),
                     QStringLiteral("美国外交出访与来访，1866–2025（美国国务院历史文献办公室）"),
                     QStringLiteral("2023 年中美商务会谈（示例）")}));
    }

    void toolbarButtonsShowNoMnemonics()
    {
        ui::MainWindow window;
        const auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QStringList texts;
        for (const auto* button : bar->findChildren<QToolButton*>()) {
            if (!button->text().isEmpty())
                texts << button->text();
        }
        QVERIFY2(texts.contains(QStringLiteral("按国家")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        for (const auto& text : texts)
            QVERIFY2(!text.contains(QLatin1Char('(')) && !text.contains(QLatin1Char('&')),
                     qPrintable(text));
    }

    void meetingDetailsSpeakChinese()
    {
        MeetingDetails details;
        details.showMeeting(TimelineSnapshot::build(*test::sampleStore(), Filter()),
                            *test::sampleStore()->meeting("raimondo-wang-wentao-2023-05-25"), {});
        const QString text = details.toPlainText();
        for (const char* expected : {"时间", "地点", "东道国", "类型", "与会者", "议题", "相关措施",
                                     "来源", "2023年5月25日", "双边会谈", "出口管制"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        // The data stays as it is: titles are not translated.
        QVERIFY(text.contains(QStringLiteral("Raimondo–Wang Wentao talks")));
    }

    void qtsOwnButtonsSpeakChinese()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    }

    void datesInChinese_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("text");
        const auto row = [](const char* name, const char* start, const char* end,
                            Precision precision, const char* text) {
            QTest::newRow(name) << QString::fromLatin1(start) << QString::fromLatin1(end)
                                << static_cast<int>(precision) << QString::fromUtf8(text);
        };
        row("day", "2023-05-25", "2023-05-25", Precision::Day, "2023年5月25日");
        row("days", "2023-05-10", "2023-05-11", Precision::Day, "2023年5月10日至11日");
        row("months", "2023-05-19", "2023-06-02", Precision::Day, "2023年5月19日至6月2日");
        row("years", "2022-12-30", "2023-01-02", Precision::Day, "2022年12月30日至2023年1月2日");
        row("month", "2023-05-01", "2023-05-01", Precision::Month, "2023年5月");
        row("month range", "2023-05-01", "2023-07-01", Precision::Month, "2023年5月至2023年7月");
        row("year", "2023-01-01", "2023-01-01", Precision::Year, "2023年");
        row("year range", "2021-01-01", "2023-01-01", Precision::Year, "2021年至2023年");
    }

    void datesInChinese()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, precision);
        QFETCH(QString, text);
        QCOMPARE(periodText(*parseIsoDate(start.toStdString()), *parseIsoDate(end.toStdString()),
                            static_cast<Precision>(precision), kChinese),
                 text);
    }

    void timeAxisInChinese()
    {
        TimeScale scale;
        scale.fit(Period(Date(2023, 1, 1), Date(2024, 1, 1)), 1200);
        const LabelWidth width = [](const QString& label) {
            return 9.0 * label.size();
        };
        QStringList minor;
        QStringList major;
        for (const Tick& tick : ticksFor(scale, 1200, width))
            (tick.major ? major : minor) << tick.label;
        QVERIFY2(major.contains(QStringLiteral("2023年")), qPrintable(major.join(u'|')));
        QVERIFY2(minor.contains(QStringLiteral("5月")), qPrintable(minor.join(u'|')));

        // Zoomed in to days, the upper row names the month the Chinese way.
        scale.fit(Period(Date(2023, 5, 8), Date(2023, 5, 15)), 1200);
        major.clear();
        minor.clear();
        for (const Tick& tick : ticksFor(scale, 1200, width))
            (tick.major ? major : minor) << tick.label;
        QVERIFY2(major.contains(QStringLiteral("2023年5月")), qPrintable(major.join(u'|')));
        QVERIFY2(minor.contains(QStringLiteral("周三 10日")), qPrintable(minor.join(u'|')));
    }

    // Installing English drops the Chinese messages: the source texts and the
    // English dates are back exactly as they were.
    void englishIsTheSourceLanguage()
    {
        QVERIFY(!m_translations.load(kEnglish));
        QCOMPARE(periodText(Date(2023, 5, 10), Date(2023, 5, 11), Precision::Day, kEnglish),
                 QStringLiteral("10–11 May 2023"));
        QCOMPARE(periodText(Date(2023, 5, 25), Date(2023, 5, 25), Precision::Day, kEnglish),
                 QStringLiteral("25 May 2023"));
        QVERIFY(buttonTexts(FilterPanel()).contains(QStringLiteral("Reset filters")));
        QVERIFY(m_translations.load(kChinese));
    }

    // Every message of the .ts file has a translation that keeps the source's
    // placeholders (%1, %n) and, for menu entries, an accelerator.
    void translationFileIsComplete()
    {
        const TsSummary summary = summarize(tsFile());
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(summary.messages > 200);
        QVERIFY2(summary.untranslated.isEmpty(),
                 qPrintable(summary.untranslated.join(QStringLiteral("\n"))));
        QVERIFY2(summary.mismatched.isEmpty(),
                 qPrintable(summary.mismatched.join(QStringLiteral("\n"))));
    }

    // lupdate over today's sources finds no message the .ts file lacks: a
    // string added to ui/ or app/parley without a translation fails here.
    // (cmake --build … --target update_translations adds it for translating.)
    void translationFileCoversTheSources()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("parley_zh_CN.ts"));
        QVERIFY(QFile::copy(tsFile(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString root = QString::fromStdString(test::sourcePath(""));
        QProcess lupdate;
        lupdate.start(QStringLiteral(PARLEY_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-I"), root, root + QStringLiteral("ui"),
                       root + QStringLiteral("app/parley"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsSummary summary = summarize(copy);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY2(summary.untranslated.isEmpty(),
                 qPrintable(QStringLiteral("untranslated; build the target update_translations "
                                           "and translate them in parley_zh_CN.ts:\n") +
                            summary.untranslated.join(QStringLiteral("\n"))));
    }

private:
    Translations m_translations;
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
