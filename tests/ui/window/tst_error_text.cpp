// Import errors in the interface's language: every message the importers
// give for the bad documents and spreadsheets of the tests has a known form,
// which the English interface shows exactly as db/ wrote it and the Chinese
// one translates, keeping the file, the record and the values.
#include "tests/db/BadCsv.h"
#include "tests/ui/UiTestData.h"

#include "db/store/Store.h"
#include "ui/window/DataExchange.h"
#include "ui/window/ErrorText.h"
#include "ui/window/Translations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::ui;

class TestErrorText : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::string> m_messages; // every refusal, in English

    void collect(const QString& file)
    {
        auto store = test::testStore();
        try {
            DataExchange::importFile(*store, file);
            QFAIL(qPrintable(file + QStringLiteral(" was imported")));
        } catch (const std::exception& error) {
            m_messages.emplace_back(error.what());
        }
    }

private slots:
    void initTestCase()
    {
        const QDir bad(QString::fromStdString(test::sourcePath("tests/data/bad")));
        for (const QString& name : bad.entryList({QStringLiteral("*.json")}, QDir::Files))
            collect(bad.filePath(name));
        for (const auto& csv : test::badCsvs()) {
            const QString file =
                m_dir.filePath(QString::fromStdString(csv.name) + QStringLiteral(".csv"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(csv.text.data(), static_cast<qint64>(csv.text.size()));
            out.close();
            collect(file);
        }
        QVERIFY(m_messages.size() > 35);
    }

    void englishShowsWhatDbWrote()
    {
        for (const auto& message : m_messages)
            QCOMPARE(errorText(message), QString::fromStdString(message));
    }

    void chineseTranslatesEveryForm()
    {
        Translations translations;
        QVERIFY(translations.load(QLocale(QLocale::Chinese, QLocale::China)));
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const auto& message : m_messages) {
            const QString english = QString::fromStdString(message);
            const QString chinese = errorText(message);
            QVERIFY2(chinese != english && chinese.contains(han), qPrintable(english));
            // The file is still named, in the same words.
            const QString file = english.section(QStringLiteral(": "), 0, 0);
            QVERIFY2(chinese.startsWith(file), qPrintable(chinese));
        }
        const auto it = std::ranges::find_if(m_messages, [](const std::string& m) {
            return m.find("2023-05-24 is before the start 2023-05-25") != std::string::npos;
        });
        QVERIFY(it != m_messages.end());
        QVERIFY(errorText(*it).contains(QStringLiteral("2023-05-24")));
        QVERIFY(errorText(*it).contains(
            QStringLiteral("meetings[raimondo-wang-wentao-2023-05-25].end")));
        translations.load(QLocale(QLocale::English));
    }

    void aMessageOfNoKnownFormIsShownAsItCame()
    {
        QCOMPARE(errorText("something else entirely"), QStringLiteral("something else entirely"));
        // A value that looks like a placeholder stays a value.
        QCOMPARE(errorText("a%2b.json: unknown key"), QStringLiteral("a%2b.json: unknown key"));
    }
};

QTEST_MAIN(TestErrorText)
#include "tst_error_text.moc"
