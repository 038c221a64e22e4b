// File → Export and File → Import go through DataExchange: what they write is
// what the filters show, and a bad file changes nothing.
#include "tests/ui/UiTestData.h"

#include "ui/window/DataExchange.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using parley::ui::DataExchange::MeetingsFormat;

class TestDataExchange : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QByteArray read(const QString& name)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void exportsWhatTheFilterShows()
    {
        auto store = test::sampleStore();
        Filter filter;
        filter.setCountries({"AT"});
        const auto snapshot = ui::TimelineSnapshot::build(*store, filter);
        QCOMPARE(snapshot->meetings.size(), std::size_t(1));

        ui::DataExchange::exportMeetings(
            MeetingsFormat::Calendar, m_dir.filePath(QStringLiteral("a.ics")), *snapshot, *store);
        const QByteArray ics = read(QStringLiteral("a.ics"));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QVERIFY(ics.contains("SUMMARY:Sullivan–Wang Yi talks in Vienna"));

        ui::DataExchange::exportMeetings(MeetingsFormat::Spreadsheet,
                                         m_dir.filePath(QStringLiteral("a.csv")), *snapshot,
                                         *store);
        QCOMPARE(read(QStringLiteral("a.csv")).count("\r\n"), 2); // header and one meeting

        ui::DataExchange::exportMeetings(MeetingsFormat::TimelineJs,
                                         m_dir.filePath(QStringLiteral("a.json")), *snapshot,
                                         *store);
        QVERIFY(read(QStringLiteral("a.json")).contains("\"events\""));
    }

    void importsCsvAndJsonAllOrNothing()
    {
        auto store = test::sampleStore();
        const auto before = store->exportAll();

        write(QStringLiteral("bad.json"), "{\"format\": \"parley/1\", \"sources\": [");
        QVERIFY_THROWS_EXCEPTION(
            std::exception,
            ui::DataExchange::importFile(*store, m_dir.filePath(QStringLiteral("bad.json"))));
        write(QStringLiteral("bad.csv"), "id,title\r\nx,y\r\n");
        QVERIFY_THROWS_EXCEPTION(
            std::exception,
            ui::DataExchange::importFile(*store, m_dir.filePath(QStringLiteral("bad.csv"))));
        QVERIFY(store->exportAll() == before);

        write(QStringLiteral("good.csv"),
              "id,title,start,end,precision,location,host,kind,participants,topics,summary,source_"
              "url\r\n"
              "raimondo-wang-2023-06,Follow-up "
              "call,2023-06-15,,,,US,call,gina-raimondo;wang-wentao,,,\r\n");
        ui::DataExchange::importFile(*store, m_dir.filePath(QStringLiteral("good.csv")));
        QCOMPARE(store->meetings(Filter()).size(), before.meetings.size() + 1);
    }
};

QTEST_MAIN(TestDataExchange)
#include "tst_dataexchange.moc"
