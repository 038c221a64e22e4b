// The window as a user drives it: a click on the timeline, a participant link,
// Back; every view must follow the one selection.
#include "tests/ui/UiTestData.h"

#include "ui/model/HtmlText.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationHistory.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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
