// The analysis views in the window, reached as a user reaches them: the
// View menu's shortcuts, "Channel with…" from an official and from the
// country list, a channel shown on the timeline, what followed the measure
// the details show, and what is new since the database was last seen.
#include "tests/ui/UiTestData.h"

#include "tests/ui/window/WindowTest.h"
#include "ui/model/HtmlText.h"
#include "ui/model/SinceLastOpen.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/ChannelPanel.h"
#include "ui/panels/ChannelsList.h"
#include "ui/panels/EngagementsModel.h"
#include "ui/panels/EngagementsView.h"
#include "ui/panels/MeetingRowsModel.h"
#include "ui/panels/NewSinceLastOpenPanel.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/panels/SidePicker.h"
#include "ui/panels/WhatFollowedPanel.h"
#include "ui/timeline/OfficeEras.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/AnalysisViews.h"
#include "ui/window/MainWindow.h"
#include "ui/window/StartupOptions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <thread>

using namespace parley;
using namespace parley::ui;

class TestWindowAnalysis : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<MainWindow> m_window;

    AnalysisViews* analysis() const { return m_window->analysis(); }
    QDockWidget* dock(const char* name) const
    {
        return m_window->findChild<QDockWidget*>(QString::fromLatin1(name));
    }
    static QWidget* focus() { return QApplication::focusWidget(); }
    // Whether the timeline draws the amber mark of what is new on the meeting.
    bool marksNew(const QString& meetingId) const
    {
        auto* timeline = m_window->findChild<TimelineView*>();
        const QRect marker = timeline->meetingRect(meetingId);
        if (marker.isEmpty())
            return false;
        const QImage image = timeline->grab().toImage();
        const QRect around(marker.topRight() - QPoint(4, 4), QSize(9, 9));
        for (int y = around.top(); y <= around.bottom(); ++y) {
            for (int x = around.left(); x <= around.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (std::abs(pixel.hslHue() - 36) < 6 && pixel.hslSaturation() > 200)
                    return true;
            }
        }
        return false;
    }
    void press(const QKeySequence& keys) const
    {
        QTest::keySequence(m_window.get(), keys);
        QApplication::processEvents();
    }

    void openWindow()
    {
        m_window = test::openTestWindow(m_database);
        QVERIFY(m_window);
        analysis()->setToday(Date(2025, 3, 1));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // Each test its own database, so what one imports no other counts.
    void init()
    {
        m_database = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                    QStringLiteral(".parley"));
        Store::create(m_database.toStdString())
            .import(readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")));
        openWindow();
    }

    void cleanup()
    {
        analysis()->sinceLastOpen()->waitForDone();
        m_window.reset();
    }

    void theShortcutOpensTheChannelReadyToType()
    {
        press(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        QVERIFY(dock("channel")->isVisible());
        ChannelPanel* panel = analysis()->channelPanel();
        QCOMPARE(focus(), panel->pickerA());
        QTest::keyClicks(focus(), QStringLiteral("US"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(focus(), panel->pickerB());
        QTest::keyClicks(focus(), QStringLiteral("wang-yi"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QVERIFY(panel->channel());
        QCOMPARE(panel->channel()->meetings.size(), 15U);
        // A meeting of the list shows in the window.
        QTreeView* meetings = panel->meetingsView();
        meetings->setFocus();
        meetings->setCurrentIndex(meetings->model()->index(0, MeetingRowsModel::TitleColumn));
        QTest::keyClick(meetings, Qt::Key_Return);
        QCOMPARE(m_window->model()->selectedMeeting(),
                 meetings->model()->index(0, 0).data(MeetingRowsModel::MeetingIdRole).toString());
    }

    void channelWithFromAnOfficialAndFromTheCountryList()
    {
        m_window->showOfficial(QStringLiteral("wang-yi"));
        auto* official = m_window->findChild<OfficialPanel*>();
        official->channelWithButton()->click();
        ChannelPanel* panel = analysis()->channelPanel();
        QVERIFY(dock("channel")->isVisible());
        QCOMPARE(panel->pickerA()->side(), Side::official("wang-yi"));
        QCOMPARE(focus(), panel->pickerB());

        // The country list's context menu offers the same.
        auto* countries = m_window->findChild<QListWidget*>();
        QVERIFY(countries && countries->accessibleName() == QStringLiteral("Countries"));
        const auto items = countries->findItems(QStringLiteral("China"), Qt::MatchStartsWith);
        QVERIFY(!items.isEmpty());
        QTimer::singleShot(0, [] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction* channel = menu->actions().value(0);
            menu->close();
            channel->trigger();
        });
        emit countries->customContextMenuRequested(
            countries->visualItemRect(items.front()).center());
        QCOMPARE(panel->pickerA()->side(), Side::country("CN"));
    }

    void theChannelsListOpensAChannelAndTheTimelineShowsIt()
    {
        press(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
        QVERIFY(dock("channels")->isVisible());
        QTreeWidget* busiest = analysis()->channelsList()->busiest();
        QVERIFY(busiest->topLevelItemCount() > 0);
        emit busiest->itemActivated(busiest->topLevelItem(0), 0);
        ChannelPanel* panel = analysis()->channelPanel();
        QCOMPARE(panel->channel()->meetings.size(), 48U);

        // An official and a country: the filter says exactly the channel.
        panel->showChannel(Side::official("wang-yi"), Side::country("US"));
        for (auto* button : panel->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Show on timeline"))
                button->click();
        }
        QVERIFY(m_window->waitUntilIdle(10000));
        QCOMPARE(m_window->model()->snapshot()->meetings.size(), panel->channel()->meetings.size());

        // Two officials: one's meetings, the other's highlighted.
        panel->showChannel(Side::official("antony-blinken"), Side::official("wang-yi"));
        for (auto* button : panel->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Show on timeline"))
                button->click();
        }
        QVERIFY(m_window->waitUntilIdle(10000));
        QCOMPARE(m_window->model()->filter().officials(), Filter::Ids{"antony-blinken"});
        QCOMPARE(m_window->findChild<TimelineView*>()->highlightedOfficial(),
                 QStringLiteral("wang-yi"));
    }

    void whatFollowedTheMeasureTheDetailsShow()
    {
        m_window->showMeasure(QStringLiteral("cn-micron-ban-2023"));
        press(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
        QVERIFY(dock("whatFollowed")->isVisible());
        WhatFollowedPanel* followed = analysis()->whatFollowedPanel();
        QTRY_COMPARE(followed->meetingsView()->model()->rowCount(), 4);
        // A meeting selected: its measures.
        m_window->showMeeting(QStringLiteral("raimondo-wang-wentao-washington-2023-05-25"));
        press(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
        QCOMPARE(followed->measuresList()->topLevelItemCount(), 1);
        // Activating the measure opens it in the details; back in its tab,
        // the panel shows what followed it (a panel behind another tab waits).
        emit followed->measuresList()->itemActivated(followed->measuresList()->topLevelItem(0), 0);
        QVERIFY(!followed->isVisible());
        press(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
        QTRY_COMPARE(followed->meetingsView()->model()->rowCount(), 4);
    }

    void newSinceLastOpenListsAnImportUntilMarkedSeen()
    {
        SinceLastOpen* since = analysis()->sinceLastOpen();
        QTRY_VERIFY(!since->isBusy());
        press(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QVERIFY(dock("newSinceLastOpen")->isVisible());
        NewSinceLastOpenPanel* panel = analysis()->newSinceLastOpenPanel();

        // Another program adds a meeting; the window notices and lists it.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        auto data = readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json"));
        Meeting added = data.meetings.front();
        added.id = "imported-talks-2025-02-20";
        added.title = "Talks imported by another program";
        data.meetings = {added};
        Store::open(m_database.toStdString()).import(data);
        QTRY_VERIFY_WITH_TIMEOUT(since->isNewMeeting("imported-talks-2025-02-20"), 10000);
        QTRY_COMPARE(panel->view()->model()->rowCount(), 1);
        QVERIFY(panel->status().contains(QStringLiteral("1 meeting")));
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 1));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QCOMPARE(m_window->model()->selectedMeeting(), QStringLiteral("imported-talks-2025-02-20"));
        QVERIFY(marksNew(QStringLiteral("imported-talks-2025-02-20")));

        // Still new in the next session, until marked seen.
        m_window.reset();
        openWindow();
        since = analysis()->sinceLastOpen();
        QTRY_VERIFY_WITH_TIMEOUT(since->isNewMeeting("imported-talks-2025-02-20"), 10000);
        analysis()->newSinceLastOpenPanel()->markAllSeenButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(since->newRecords()->empty() && !since->isBusy(), 10000);
        m_window->showMeeting(QStringLiteral("imported-talks-2025-02-20"));
        QTRY_VERIFY(!m_window->findChild<TimelineView*>()
                         ->meetingRect(QStringLiteral("imported-talks-2025-02-20"))
                         .isEmpty());
        QVERIFY(!marksNew(QStringLiteral("imported-talks-2025-02-20")));
        m_window.reset();
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(!analysis()->sinceLastOpen()->isBusy(), 10000);
        QVERIFY(analysis()->sinceLastOpen()->changes().empty());
    }

    // The citation is checked against the parley/1 document itself.
    void copyCitationFromTheMenuTheDetailsAndTheOfficialPanel()
    {
        QFile file(QString::fromStdString(test::sourcePath("tests/data/us-china-2017-2024.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        const QString id = QStringLiteral("anchorage-talks-2021-03-18");
        QJsonArray sourceIds;
        for (const auto meeting : document[QStringLiteral("meetings")].toArray()) {
            if (meeting[QStringLiteral("id")].toString() == id)
                sourceIds = meeting[QStringLiteral("sources")].toArray();
        }
        QVERIFY(!sourceIds.isEmpty());

        m_window->showMeeting(id);
        QMenu* edit = m_window->findChild<QMenu*>(QStringLiteral("editMenu"));
        QVERIFY(edit);
        auto* cslJson = edit->findChild<QAction*>(QStringLiteral("copyCitationCslJson"));
        QVERIFY(cslJson);
        cslJson->trigger();
        const QMimeData* copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied->hasFormat(QStringLiteral("application/vnd.citationstyles.csl+json")));
        const QJsonArray items = QJsonDocument::fromJson(copied->text().toUtf8()).array();
        QCOMPARE(items.size(), sourceIds.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i][QStringLiteral("id")].toString(), sourceIds[i].toString());
            QVERIFY(items[i][QStringLiteral("note")].toString().contains(
                QStringLiteral("2021-03-18..19")));
        }

        // The keyboard: plain text with one numbered line per source.
        press(QKeySequence(QStringLiteral("Ctrl+Alt+C")));
        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.startsWith(QStringLiteral("US–China talks in Anchorage, 18–19 March 2021, "
                                               "Anchorage, Alaska (host: United States).")));
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("^\\[\\d+\\] "),
                                               QRegularExpression::MultilineOption)),
                 sourceIds.size());

        // The official panel cites the engagement selected in its list.
        m_window->showOfficial(QStringLiteral("wang-yi"));
        auto* official = m_window->findChild<OfficialPanel*>();
        QTreeView* engagements = official->engagements()->view();
        QModelIndex row;
        for (int r = 0; r < engagements->model()->rowCount(); ++r) {
            const QModelIndex index = engagements->model()->index(r, 0);
            if (index.data(EngagementsModel::MeetingIdRole).toString() == id)
                row = index;
        }
        QVERIFY(row.isValid());
        engagements->setCurrentIndex(row);
        official->copyCitationButton()->menu()->actions().at(1)->trigger(); // BibTeX
        const QString bibtex = QApplication::clipboard()->text();
        for (const auto source : sourceIds)
            QVERIFY(bibtex.contains(QLatin1Char('{') + source.toString() + QLatin1Char(',')));
        QVERIFY(bibtex.contains(QStringLiteral("note = {Cited for: US–China talks in Anchorage")));
    }

    // Bands as the parley/1 positions give them, computed here from the JSON.
    void officeBandsFromThePositionsWithTheHoldersOfTheDay()
    {
        QFile file(QString::fromStdString(test::sourcePath("tests/data/us-china-2017-2024.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        const auto holdersFromJson = [&](const QString& title, const QString& day) {
            std::vector<std::pair<QString, QString>> held; // start, name
            for (const auto official : document[QStringLiteral("officials")].toArray()) {
                if (official[QStringLiteral("country")].toString() != QStringLiteral("US"))
                    continue;
                for (const auto position : official[QStringLiteral("positions")].toArray()) {
                    const QString start = position[QStringLiteral("start")].toString();
                    const QString end = position[QStringLiteral("end")].toString();
                    if (position[QStringLiteral("title")].toString() == title &&
                        (day.isEmpty() || (start <= day && (end.isEmpty() || day <= end))))
                        held.emplace_back(start, official[QStringLiteral("name")].toString());
                }
            }
            std::ranges::sort(held);
            return held;
        };

        auto* timeline = m_window->findChild<TimelineView*>();
        QVERIFY(timeline->eraOffices() == defaultEraOffices());
        const auto snapshot = m_window->model()->snapshot();
        const auto eras = officeEras(*snapshot->reference, timeline->eraOffices());
        QCOMPARE(eras.size(), 2U);
        for (const auto& era : eras) {
            const auto expected = holdersFromJson(toQString(era.office.title), {});
            QCOMPARE(era.bands.bands.size(), expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                QCOMPARE(toQString(toIso(era.bands.bands[i].start)), expected[i].first);
                QCOMPARE(toQString(era.holders[i]), expected[i].second);
            }
        }
        // The day of the Anchorage talks.
        QStringList expected;
        for (const auto& office : defaultEraOffices()) {
            QStringList names;
            for (const auto& [start, name] :
                 holdersFromJson(toQString(office.title), QStringLiteral("2021-03-18")))
                names << name;
            expected << toQString(office.title) + QStringLiteral(": ") +
                            names.join(QStringLiteral(", "));
        }
        QCOMPARE(holdersOn(eras, Date(2021, 3, 18)), expected);

        // The keyboard hides them and shows them again.
        press(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        QVERIFY(timeline->eraOffices().empty());
        press(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        QVERIFY(timeline->eraOffices() == defaultEraOffices());
    }

    void theCommandLineOpensAChannelOrWhatFollowed()
    {
        QString error;
        const auto options = StartupOptions::parse(
            {QStringLiteral("parley"), QStringLiteral("--channel"), QStringLiteral("US,wang-yi"),
             QStringLiteral("--followed"), QStringLiteral("cn-micron-ban-2023")},
            &error);
        QVERIFY2(options, qPrintable(error));
        m_window->applyStartup(*options);
        QCOMPARE(analysis()->channelPanel()->channel()->meetings.size(), 15U);
        QVERIFY(dock("whatFollowed")->isVisible());
        for (const char* bad : {"US", "US,US", "US,Wang Yi", "US,CN,JP"}) {
            QVERIFY(!StartupOptions::parse(
                {QStringLiteral("parley"), QStringLiteral("--channel"), QString::fromLatin1(bad)},
                &error));
            QVERIFY(error.contains(QStringLiteral("--channel")));
        }
    }
};

QTEST_MAIN(TestWindowAnalysis)
#include "tst_window_analysis.moc"
