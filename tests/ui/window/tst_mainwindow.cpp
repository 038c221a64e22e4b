// The window as a user drives it: a click on the timeline, a participant link,
// Back; every view must follow the one selection. The command line's meeting
// is shown once the data is in, and nothing of a database stays in the views
// while the next loads. The examples built in open from the File menu
// and from an empty database's page.
#include "tests/ui/UiTestData.h"

#include "ui/model/HtmlText.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/EmptyState.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationHistory.h"
#include "ui/window/StartupOptions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace parley::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;

    // What `parley-db engagements DB ID --format json` says of an official.
    QJsonArray engagementsFromCli(const QString& officialId)
    {
        QProcess cli;
        cli.start(QStringLiteral(PARLEY_DB_EXE),
                  {QStringLiteral("engagements"), m_database, officialId,
                   QStringLiteral("--format"), QStringLiteral("json")});
        if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    }

    // The example databases are made afresh from the ones this build embeds.
    static void removeExampleDatabases()
    {
        const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        for (const auto* name : {"history.parley", "us-china-2023.parley"})
            QFile::remove(folder.filePath(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = m_dir.filePath(QStringLiteral("test.parley"));
        auto store = parley::Store::create(m_database.toStdString());
        store.import(parley::readDatasetFile(
            parley::test::sourcePath("tests/data/us-china-2017-2024.json")));
    }

    void clickParticipantAndComeBack()
    {
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openDatabase(m_database));
        window.show();
        QVERIFY(window.waitUntilIdle(10000));

        auto* timeline = window.findChild<TimelineView*>();
        auto* table = window.findChild<MeetingsTable*>();
        auto* details = window.findChild<MeetingDetails*>();
        auto* official = window.findChild<OfficialPanel*>();
        QVERIFY(timeline && table && details && official);

        // A click on a meeting on the timeline selects it everywhere.
        const QString meeting = QStringLiteral("raimondo-beijing-2023-08-28");
        timeline->setVisibleRange(
            parley::Period(parley::Date(2023, 8, 1), parley::Date(2023, 9, 30)));
        const QRect marker = timeline->meetingRect(meeting);
        QVERIFY(marker.isValid());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, marker.center());
        QCOMPARE(window.model()->selectedMeeting(), meeting);
        QCOMPARE(table->selectedMeeting(), meeting);
        QCOMPARE(details->meetingId(), meeting);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Raimondo")));

        // A participant's link opens the official's panel with exactly the
        // engagements parley-db lists for that official.
        emit details->anchorClicked(appUrl(LinkTarget::Official, "gina-raimondo"));
        QCOMPARE(official->officialId(), QStringLiteral("gina-raimondo"));
        const QJsonArray expected = engagementsFromCli(QStringLiteral("gina-raimondo"));
        QVERIFY(!expected.isEmpty());
        const QString panelText = official->text();
        QVERIFY2(panelText.contains(QStringLiteral("Engagements (%1)").arg(expected.size())),
                 qPrintable(panelText));
        for (const auto& engagement : expected)
            QVERIFY(panelText.contains(engagement.toObject()[QStringLiteral("title")].toString()));

        // Back returns to the meeting; Forward to the official again.
        auto* history = window.findChild<NavigationHistory*>();
        QVERIFY(history);
        history->backAction()->trigger();
        QCOMPARE(window.model()->selectedMeeting(), meeting);
        QCOMPARE(details->meetingId(), meeting);
        QVERIFY(history->forwardAction()->isEnabled());
        history->forwardAction()->trigger();
        QCOMPARE(official->officialId(), QStringLiteral("gina-raimondo"));
    }

    void aTableSelectionReachesTheTimeline()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_database));
        window.show();
        QVERIFY(window.waitUntilIdle(10000));
        auto* table = window.findChild<MeetingsTable*>();
        auto* timeline = window.findChild<TimelineView*>();
        emit table->meetingActivated(QStringLiteral("biden-xi-bali-2022-11-14"));
        QCOMPARE(timeline->selectedMeeting(), QStringLiteral("biden-xi-bali-2022-11-14"));
    }

    // The command line's meeting is shown once the data is in, and the window
    // is the user's before: a loop waiting for the data inside the start
    // ended when the window was closed, and left the program running unseen.
    void theStartShowsTheCommandLinesMeetingWithoutWaitingForIt()
    {
        MainWindow window;
        window.setRemembersViewState(false);
        QVERIFY(window.openDatabase(m_database));
        window.show();
        QString error;
        const auto options =
            StartupOptions::parse({QStringLiteral("parley"), QStringLiteral("--meeting"),
                                   QStringLiteral("biden-xi-bali-2022-11-14")},
                                  &error);
        QVERIFY2(options, qPrintable(error));
        window.applyStartup(*options);
        QVERIFY(window.model()->isQuerying()); // applyStartup came back at once
        QVERIFY(window.model()->loadProgress());
        QVERIFY(window.waitUntilIdle(10000));
        QCOMPARE(window.model()->selectedMeeting(), QStringLiteral("biden-xi-bali-2022-11-14"));
        QCOMPARE(window.findChild<MeetingDetails*>()->meetingId(),
                 QStringLiteral("biden-xi-bali-2022-11-14"));
    }

    // Another database opened shows nothing of the one before while it loads:
    // at ten million meetings that is twenty seconds.
    void anotherDatabaseShowsNothingOfTheOneBeforeWhileItLoads()
    {
        MainWindow window;
        window.setRemembersViewState(false);
        QVERIFY(window.openDatabase(m_database));
        window.show();
        QVERIFY(window.waitUntilIdle(10000));
        auto* timeline = window.findChild<TimelineView*>();
        auto* table = window.findChild<MeetingsTable*>();
        QVERIFY(table->view()->model()->rowCount() > 0);

        const QString other = m_dir.filePath(QStringLiteral("other.parley"));
        parley::Store::create(other.toStdString())
            .import(parley::readDatasetFile(
                parley::test::sourcePath("resources/sample/us-china-2023.json")));
        QVERIFY(window.openDatabase(other));
        QVERIFY(window.model()->loadProgress());
        QCOMPARE(timeline->snapshot()->totalMeetings, 0);
        QCOMPARE(table->view()->model()->rowCount(), 0);
        QVERIFY(window.waitUntilIdle(10000));
        QCOMPARE(timeline->snapshot()->totalMeetings, 5);
        QCOMPARE(table->view()->model()->rowCount(), 5);
    }

    void theFileMenuOpensEitherExample()
    {
        removeExampleDatabases();
        MainWindow window;
        QMenu* examples = nullptr;
        for (auto* menu : window.findChildren<QMenu*>()) {
            if (menu->title() == QStringLiteral("Open E&xample"))
                examples = menu;
        }
        QVERIFY(examples);
        const auto actions = examples->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[0]->text(), DatabaseFiles::exampleName(Example::History));
        QCOMPARE(actions[1]->text(), DatabaseFiles::exampleName(Example::UsChina2023));
        actions[1]->trigger();
        QVERIFY(window.waitUntilIdle(10000));
        QCOMPARE(window.model()->snapshot()->totalMeetings, 5);
        actions[0]->trigger();
        QVERIFY(window.waitUntilIdle(30000));
        QCOMPARE(window.model()->snapshot()->totalMeetings, 7535);
        QVERIFY(window.windowTitle().contains(QStringLiteral("history.parley")));
    }

    void anEmptyDatabaseOffersTheExamples()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.parley"));
        parley::Store::create(empty.toStdString());
        MainWindow window;
        QVERIFY(window.openDatabase(empty));
        window.show();
        QVERIFY(window.waitUntilIdle(10000));
        auto* emptyState = window.findChild<EmptyState*>();
        QVERIFY(emptyState && emptyState->isVisible());
        auto* sample = emptyState->findChild<QPushButton*>(QStringLiteral("openSample"));
        auto* history = emptyState->findChild<QPushButton*>(QStringLiteral("openHistory"));
        QVERIFY(sample && history);
        QCOMPARE(history->text(), DatabaseFiles::exampleName(Example::History));
        QTest::mouseClick(sample, Qt::LeftButton);
        QVERIFY(window.waitUntilIdle(10000));
        QCOMPARE(window.model()->snapshot()->totalMeetings, 5);
        QVERIFY(!emptyState->isVisible());
    }

    void aDatabaseThatCannotBeOpenedKeepsTheWindowUsable()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_database));
        QVERIFY(window.waitUntilIdle(10000));
        QString error;
        QVERIFY(!window.openDatabase(m_dir.filePath(QStringLiteral("nothing.parley")), &error));
        QVERIFY(error.contains(QStringLiteral("no such database file")));
        QCOMPARE(window.model()->snapshot()->totalMeetings, 52);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
