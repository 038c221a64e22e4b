// The sources a figure cites: numbered in the order its records, taken by
// date, first cite them, each record noted with its numbers, and the sources
// as people cite them. Checked against the parley/1 sample read apart from
// the store.
#include "ui/model/FigureSources.h"

#include "tests/ui/UiTestData.h"

#include <QTest>

#include <map>
#include <tuple>

using namespace parley;
using namespace parley::ui;

class TestFigureSources : public QObject {
    Q_OBJECT
private:
    Dataset m_data;
    std::shared_ptr<Store> m_store;
    SnapshotPtr m_snapshot;

    // What the figure of RANGE should cite, from the document alone.
    struct Expected {
        std::vector<std::string> sources;
        std::map<std::string, QString> notes; // by record id
    };
    Expected expected(Period range) const
    {
        // (date, 0 for a meeting or 1 for a measure, id, its sources)
        std::vector<std::tuple<Date, int, std::string, const std::vector<std::string>*>> records;
        for (const auto& meeting : m_data.meetings) {
            if (meeting.period().intersects(range))
                records.emplace_back(meeting.start, 0, meeting.id, &meeting.sources);
        }
        for (const auto& measure : m_data.measures) {
            if (measure.period().intersects(range))
                records.emplace_back(measure.announced, 1, measure.id, &measure.sources);
        }
        std::ranges::sort(records, {}, [](const auto& r) {
            return std::tie(std::get<0>(r), std::get<1>(r), std::get<2>(r));
        });
        Expected result;
        for (const auto& [date, kind, id, sources] : records) {
            std::set<std::size_t> numbers;
            for (const auto& source : *sources) {
                auto found = std::ranges::find(result.sources, source);
                if (found == result.sources.end())
                    found = result.sources.insert(found, source);
                numbers.insert(static_cast<std::size_t>(found - result.sources.begin()) + 1);
            }
            QStringList parts;
            for (const auto number : numbers)
                parts << QString::number(number);
            result.notes[id] =
                QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        m_data = readDatasetFile(test::sourcePath("resources/sample/us-china-2023.json"));
        m_store = test::sampleStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }

    void numbersFollowTheRecordsByDate_data()
    {
        QTest::addColumn<Period>("range");
        QTest::newRow("everything") << Period(Date(2020, 1, 1), Date(2025, 1, 1));
        QTest::newRow("May 2023") << Period(Date(2023, 5, 1), Date(2023, 6, 1));
    }

    void numbersFollowTheRecordsByDate()
    {
        QFETCH(Period, range);
        const auto figure = FigureSources::of(*m_store, *m_snapshot, range, true);
        const auto want = expected(range);
        QVERIFY(!want.sources.empty());
        std::vector<std::string> ids;
        for (const auto& source : figure.sources)
            ids.push_back(source.id);
        QCOMPARE(ids, want.sources);
        for (const auto& [id, note] : want.notes) {
            const QString got =
                figure.meetingNote(id).isEmpty() ? figure.measureNote(id) : figure.meetingNote(id);
            QCOMPARE(got, note);
        }
        QCOMPARE(figure.meetingNotes.size() + figure.measureNotes.size(), want.notes.size());
        QCOMPARE(figure.uncitedMeetings, std::size_t(0));

        // Each line is a source as cited: its number, publisher, title and address.
        const QStringList lines = figure.lines();
        QCOMPARE(lines.size(), static_cast<qsizetype>(want.sources.size()));
        for (std::size_t i = 0; i < want.sources.size(); ++i) {
            const auto& source = *std::ranges::find(m_data.sources, want.sources[i], &Source::id);
            const QString& line = lines[static_cast<qsizetype>(i)];
            QVERIFY(line.startsWith(QStringLiteral("[%1] ").arg(i + 1)));
            QVERIFY(line.contains(QString::fromStdString(source.publisher)));
            QVERIFY(line.contains(QString::fromStdString(source.title)));
            if (source.url)
                QVERIFY(line.contains(QString::fromStdString(*source.url)));
        }
    }

    void withoutMeasuresOnlyMeetingsCite()
    {
        const Period range(Date(2020, 1, 1), Date(2025, 1, 1));
        const auto figure = FigureSources::of(*m_store, *m_snapshot, range, false);
        QVERIFY(figure.measureNotes.empty());
        QVERIFY(!figure.meetingNotes.empty());
    }
};

QTEST_MAIN(TestFigureSources)
#include "tst_figuresources.moc"
