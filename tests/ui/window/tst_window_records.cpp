// Records in the window as a user reaches them: measures opened from the
// timeline and from a meeting's details, people found by the search box,
// context menus, and a status bar that counts what is shown.
#include "tests/ui/UiTestData.h"

#include "ui/model/HtmlText.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeasureDetails.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationHistory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace parley;
using namespace parley::ui;

class TestWindowRecords : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<MainWindow> m_window;

    template <typename Widget> Widget* named(const QString& name) const
    {
        for (auto* widget : m_window->findChildren<Widget*>()) {
            if (widget->accessibleName() == name)
                return widget;
        }
        return nullptr;
    }

    // The texts of the popup menu shown while RUN runs, and of its submenus.
    static QStringList menuTextsWhile(const std::function<void()>& run, const QString& trigger = {})
    {
        QStringList texts;
        QTimer::singleShot(0, [&texts, trigger] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions()) {
                texts << action->text();
                if (action->menu())
                    for (QAction* sub : action->menu()->actions())
                        texts << QStringLiteral("  ") + sub->text();
            }
            for (QAction* action : menu->actions()) {
                if (!trigger.isEmpty() && action->text() == trigger) {
                    menu->close();
                    action->trigger();
                    return;
                }
            }
            menu->close();
        });
        run();
        return texts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_database = m_dir.filePath(QStringLiteral("test.parley"));
        Store::create(m_database.toStdString())
            .import(readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setRemembersViewState(false);
        m_window->resize(1400, 900);
        QVERIFY(m_window->openDatabase(m_database));
        m_window->show();
        QVERIFY(m_window->waitUntilIdle(10000));
    }

    void cleanup() { m_window.reset(); }

    void aMeasureOnTheTimelineOpensItsDetails()
    {
        auto* timeline = m_window->findChild<TimelineView*>();
        auto* measures = m_window->findChild<MeasureDetails*>();
        emit timeline->measureActivated(QStringLiteral("us-section-301-tariffs-2018"));
        QCOMPARE(measures->measureId(), QStringLiteral("us-section-301-tariffs-2018"));
        QVERIFY(measures->isVisible());
        const QString text = measures->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Tariff")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Imposed by")));
        QVERIFY(text.contains(QStringLiteral("United States")));
        QVERIFY(text.contains(QStringLiteral("On\tChina")) ||
                text.contains(QStringLiteral("On\nChina")));
        QVERIFY(text.contains(QStringLiteral("Raised at")));
        // Every meeting that links it, each a link to the meeting.
        const auto raising =
            m_window->model()->store()->meetingsRaising("us-section-301-tariffs-2018");
        QCOMPARE(raising.size(), std::size_t(5));
        for (const auto& meeting : raising)
            QVERIFY(text.contains(QString::fromStdString(meeting.title)));
        emit measures->anchorClicked(appUrl(LinkTarget::Meeting, raising.front().id));
        QCOMPARE(m_window->model()->selectedMeeting(), QString::fromStdString(raising.front().id));
        QVERIFY(m_window->findChild<MeetingDetails*>()->isVisible());

        // A measure on no country in particular says nothing of whom it is on.
        emit timeline->measureActivated(QStringLiteral("cn-gallium-germanium-controls-2023"));
        const QString everyone = measures->toPlainText();
        QVERIFY2(everyone.contains(QStringLiteral("Imposed by")), qPrintable(everyone));
        QVERIFY2(!everyone.contains(QStringLiteral("\nOn")), qPrintable(everyone));
    }

    void aMeasureLinkInAMeetingsDetailsOpensItAndBackReturns()
    {
        const QString meeting = QStringLiteral("raimondo-beijing-2023-08-28");
        m_window->showMeeting(meeting);
        auto* details = m_window->findChild<MeetingDetails*>();
        const auto full = m_window->model()->store()->meeting(meeting.toStdString());
        QVERIFY(full && !full->measures.empty());
        emit details->anchorClicked(appUrl(LinkTarget::Measure, full->measures.front()));
        auto* measures = m_window->findChild<MeasureDetails*>();
        QCOMPARE(measures->measureId(), QString::fromStdString(full->measures.front()));
        QVERIFY(measures->isVisible());
        QVERIFY(m_window->model()->selectedMeeting().isEmpty());
        auto* timeline = m_window->findChild<TimelineView*>();
        QCOMPARE(timeline->selectedMeasure(), QString::fromStdString(full->measures.front()));

        m_window->findChild<NavigationHistory*>()->backAction()->trigger();
        QCOMPARE(m_window->model()->selectedMeeting(), meeting);
        QVERIFY(details->isVisible());
        m_window->findChild<NavigationHistory*>()->forwardAction()->trigger();
        QVERIFY(measures->isVisible());

        QTest::keyClick(timeline, Qt::Key_Escape);
        QVERIFY(timeline->selectedMeasure().isEmpty());
    }

    void theSearchBoxFindsPeople()
    {
        auto* search = named<QLineEdit>(QStringLiteral("Search meetings"));
        QVERIFY(search);
        search->setFocus();
        // Chinese arrives from an input method, committed as a whole.
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("王毅"));
        QApplication::sendEvent(search, &typed);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_window->model()->snapshot()->filter.text(), std::string("王毅"));
        QVERIFY(m_window->waitUntilIdle(10000));
        QCOMPARE(m_window->findChild<MeetingsTable*>()->view()->model()->rowCount(), 15);

        search->clear();
        QTest::keyClicks(search, QStringLiteral("Wang Yi"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_window->model()->snapshot()->filter.text(), std::string("Wang Yi"));
        QCOMPARE(m_window->findChild<MeetingsTable*>()->view()->model()->rowCount(), 15);
    }

    void theStatusBarCountsMeasuresOnlyWhileTheyAreShown()
    {
        QLabel* counts = nullptr;
        for (auto* label : m_window->statusBar()->findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("meetings")))
                counts = label;
        }
        QVERIFY(counts);
        QCOMPARE(counts->text(), QStringLiteral("52 of 52 meetings, 21 measures"));
        auto* showMeasures = m_window->findChild<QAction*>(QStringLiteral("showMeasures"));
        showMeasures->trigger();
        QCOMPARE(counts->text(), QStringLiteral("52 of 52 meetings"));
        showMeasures->trigger();
        QVERIFY(counts->text().contains(QStringLiteral("21 measures")));
    }

    void aMeetingsContextMenuOpensCopiesAndNamesItsParticipants()
    {
        auto* timeline = m_window->findChild<TimelineView*>();
        const QString meeting = QStringLiteral("raimondo-beijing-2023-08-28");
        timeline->setVisibleRange(Period(Date(2023, 8, 1), Date(2023, 9, 30)));
        const QRect marker = timeline->meetingRect(meeting);
        QVERIFY(marker.isValid());
        const QStringList texts = menuTextsWhile(
            [&] { emit timeline->customContextMenuRequested(marker.center()); }, tr("&Copy"));
        QVERIFY2(texts.contains(tr("Show &Details")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("  Gina Raimondo")));
        QVERIFY(texts.contains(QStringLiteral("  Wang Wentao")));
        QVERIFY(texts.contains(tr("&Export This Meeting")));
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Raimondo visit to Beijing — 28–29 August 2023, Beijing (China)"));
    }

    void aRowsContextMenuOffersTheSame()
    {
        auto* table = m_window->findChild<MeetingsTable*>();
        const QString meeting = QStringLiteral("biden-xi-bali-2022-11-14");
        m_window->showMeeting(meeting);
        const QModelIndex index = table->view()->currentIndex();
        QVERIFY(index.isValid());
        const QPoint at = table->view()->visualRect(index).center();
        const QStringList texts = menuTextsWhile(
            [&] { emit table->view()->customContextMenuRequested(at); }, tr("Show &Details"));
        QVERIFY(texts.contains(QStringLiteral("  Xi Jinping")));
        QCOMPARE(m_window->model()->selectedMeeting(), meeting);
    }

    void importTakesJsonAndCsvAndSaysSo()
    {
        auto* import = m_window->findChild<QAction*>(QStringLiteral("import"));
        QVERIFY(import);
        QCOMPARE(import->text(), QStringLiteral("&Import…"));
        QVERIFY(import->toolTip().contains(QStringLiteral("CSV")));
    }
};

QTEST_MAIN(TestWindowRecords)
#include "tst_window_records.moc"
