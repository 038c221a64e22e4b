// What the user set up belongs to one database: opening another starts from
// that one's own filters, range, grouping, selection and history, and the
// first comes back as it was left.
#include "tests/ui/UiTestData.h"

#include "ui/filters/FilterPanel.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationHistory.h"
#include "ui/window/ViewState.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::ui;

class TestWindowState : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_history; // the 2017–2024 test data: 52 meetings
    QString m_sample;  // the sample: 5 meetings in 2021–2023

    QString databaseOf(const QString& name, const std::string& json)
    {
        QString file = m_dir.filePath(name);
        Store::create(file.toStdString()).import(readDatasetFile(test::sourcePath(json)));
        return file;
    }

    static void open(MainWindow& window, const QString& file)
    {
        QVERIFY(window.openDatabase(file));
        QVERIFY(window.waitUntilIdle(10000));
    }

    // Docks in the same tab group are all "visible"; only the front one shows.
    static bool inFront(const QWidget* widget) { return !widget->visibleRegion().isEmpty(); }

    static Filter china()
    {
        Filter filter;
        filter.setCountries({"CN"});
        return filter;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_history =
            databaseOf(QStringLiteral("history.parley"), "tests/data/us-china-2017-2024.json");
        m_sample =
            databaseOf(QStringLiteral("sample.parley"), "resources/sample/us-china-2023.json");
    }

    void anotherDatabaseStartsFromItsOwnStateAndTheFirstComesBack()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        open(window, m_history);
        auto* timeline = window.findChild<TimelineView*>();
        auto* filters = window.findChild<FilterPanel*>();

        // China checked, lanes by official, a year shown, a meeting selected.
        emit filters->filterChanged(china());
        QVERIFY(window.waitUntilIdle(10000));
        QCOMPARE(window.model()->snapshot()->meetings.size() < 52, true);
        window.findChild<QAction*>(QStringLiteral("groupByOfficial"))->trigger();
        const Period year(Date(2023, 1, 1), Date(2024, 1, 1));
        timeline->setVisibleRange(year);
        window.showMeeting(QStringLiteral("biden-xi-bali-2022-11-14"));
        QCOMPARE(window.model()->selectedMeeting(), QStringLiteral("biden-xi-bali-2022-11-14"));
        const Period left = timeline->visibleRange(); // moved to show the selected meeting
        QVERIFY(left.contains(Date(2022, 11, 14)));

        // The sample shows everything of its own, by country, fitted.
        open(window, m_sample);
        QVERIFY(window.model()->filter().isEmpty());
        QVERIFY(filters->filter().isEmpty());
        QCOMPARE(window.model()->snapshot()->meetings.size(), std::size_t(5));
        QCOMPARE(timeline->grouping(), Grouping::Country);
        QVERIFY(window.model()->selectedMeeting().isEmpty());
        QVERIFY(timeline->visibleRange().contains(Period(Date(2021, 3, 1), Date(2023, 5, 27))));

        // Back to the first: as it was left.
        open(window, m_history);
        QCOMPARE(window.model()->filter(), china());
        QCOMPARE(filters->filter(), china());
        QCOMPARE(timeline->grouping(), Grouping::Official);
        QCOMPARE(timeline->visibleRange(), left);
        QCOMPARE(window.model()->selectedMeeting(), QStringLiteral("biden-xi-bali-2022-11-14"));
    }

    void theStateIsKeptWhenTheWindowCloses()
    {
        {
            MainWindow window;
            window.show();
            open(window, m_sample);
            Filter japan;
            japan.setCountries({"JP"});
            emit window.findChild<FilterPanel*>()->filterChanged(japan);
            QVERIFY(window.waitUntilIdle(10000));
            window.close();
        }
        MainWindow again;
        again.show();
        open(again, m_sample);
        QCOMPARE(again.model()->filter().countries(), Filter::Ids{"JP"});
        QCOMPARE(again.model()->snapshot()->meetings.size(), std::size_t(1));
    }

    void aRangeThatShowsNoneOfTheDataFallsBackToEverything()
    {
        ViewState kept;
        kept.range = Period(Date(1985, 1, 1), Date(1995, 1, 1));
        kept.remember(QFileInfo(m_history).absoluteFilePath());
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        open(window, m_history);
        const Period shown = window.findChild<TimelineView*>()->visibleRange();
        QVERIFY(shown.contains(Period(Date(2017, 12, 1), Date(2024, 8, 1))));
        QVERIFY(!shown.contains(Date(1995, 1, 1)));
    }

    void historyBelongsToOneDatabase()
    {
        MainWindow window;
        window.show();
        open(window, m_history);
        window.showMeeting(QStringLiteral("biden-xi-bali-2022-11-14"));
        window.showOfficial(QStringLiteral("wang-yi"));
        auto* history = window.findChild<NavigationHistory*>();
        QVERIFY(history->backAction()->isEnabled());

        open(window, m_sample);
        QVERIFY(!history->backAction()->isEnabled());
        QVERIFY(!history->forwardAction()->isEnabled());
        QVERIFY(window.findChild<OfficialPanel*>()->officialId().isEmpty());
        QVERIFY(window.findChild<MeetingDetails*>()->meetingId().isEmpty());
    }

    void theFirstBackFromAnOfficialShowsTheMeetingAgain()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        open(window, m_history);
        auto* details = window.findChild<MeetingDetails*>();
        auto* official = window.findChild<OfficialPanel*>();
        window.showMeeting(QStringLiteral("biden-xi-bali-2022-11-14"));
        emit details->officialActivated(QStringLiteral("wang-yi"));
        // The official's panel is in front; the meeting's details behind it
        // (docks in tabs change places when the window lays itself out).
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(inFront(official) && !inFront(details));

        window.findChild<NavigationHistory*>()->backAction()->trigger();
        QTRY_VERIFY(inFront(details) && !inFront(official));
        QCOMPARE(details->meetingId(), QStringLiteral("biden-xi-bali-2022-11-14"));
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_window_state.moc"
