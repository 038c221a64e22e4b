// The window without a mouse: F6 goes round the panes, Tab leaves the table
// and reaches the timeline, Escape steps back, and the timeline's keys work
// once the keyboard got there.
#include "tests/ui/UiTestData.h"

#include "tests/ui/window/WindowTest.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/DetailsBrowser.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace parley;
using namespace parley::ui;

class TestKeyboard : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<MainWindow> m_window;

    static QWidget* focus() { return QApplication::focusWidget(); }

    static bool within(const QWidget* pane, const QWidget* widget)
    {
        return widget && (widget == pane || pane->isAncestorOf(widget));
    }

    QDockWidget* dock(const char* name) const
    {
        return m_window->findChild<QDockWidget*>(QString::fromLatin1(name));
    }

    // Presses KEY until the focus is in PANE; how many presses that took, or -1.
    int pressesUntilIn(Qt::Key key, const QWidget* pane,
                       Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        for (int presses = 1; presses <= 60; ++presses) {
            QTest::keyClick(focus(), key, modifiers);
            if (within(pane, focus()))
                return presses;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = m_dir.filePath(QStringLiteral("test.parley"));
        Store::create(m_database.toStdString())
            .import(readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")));
    }

    void init()
    {
        m_window = test::openTestWindow(m_database);
        QVERIFY(m_window);
        // In the search box, as after a click there.
        for (auto* edit : m_window->findChildren<QLineEdit*>()) {
            if (edit->accessibleName() == QStringLiteral("Search meetings"))
                edit->setFocus();
        }
        QVERIFY(focus());
    }

    void cleanup() { m_window.reset(); }

    void f6GoesRoundEveryPaneAndBack()
    {
        auto* timeline = m_window->findChild<TimelineView*>();
        const std::vector<const QWidget*> panes{dock("filters"),
                                                timeline,
                                                dock("meetings"),
                                                dock("details"),
                                                dock("official"),
                                                dock("officials"),
                                                dock("channel"),
                                                dock("whatFollowed"),
                                                dock("channels"),
                                                dock("newSinceLastOpen"),
                                                m_window->findChild<QToolBar*>()};
        QVERIFY(within(panes.front(), focus()));
        for (std::size_t i = 1; i <= panes.size(); ++i) {
            QTest::keyClick(focus(), Qt::Key_F6);
            QVERIFY2(within(panes[i % panes.size()], focus()),
                     qPrintable(QStringLiteral("pane %1: focus on %2")
                                    .arg(i)
                                    .arg(QString::fromLatin1(
                                        focus() ? focus()->metaObject()->className() : "none"))));
        }
        QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(within(panes.back(), focus()));
        // The tool bar's buttons take the keyboard too.
        QVERIFY(qobject_cast<QToolButton*>(focus()));
    }

    void theDetailsPaneRingsWhenTheKeysGoThere()
    {
        auto* timeline = m_window->findChild<TimelineView*>();
        timeline->setFocus(Qt::OtherFocusReason);
        QVERIFY(pressesUntilIn(Qt::Key_F6, dock("details")) > 0);
        auto* details = qobject_cast<DetailsBrowser*>(focus());
        QVERIFY(details);
        const QColor ring = details->palette().color(QPalette::Highlight);
        const auto ringed = [&] {
            const QImage image = details->viewport()->grab().toImage();
            return image.pixelColor(1, image.height() / 2) == ring;
        };
        QVERIFY(ringed());
        // A click is no reason to ring.
        timeline->setFocus(Qt::MouseFocusReason);
        QVERIFY(!ringed());
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {},
                          details->viewport()->rect().center());
        QVERIFY(details->hasFocus());
        QVERIFY(!ringed());
    }

    void tabGoesRoundTheWholeWindow()
    {
        QWidget* start = focus();
        auto* timeline = m_window->findChild<TimelineView*>();
        QVERIFY(pressesUntilIn(Qt::Key_Tab, timeline) > 0);
        QVERIFY(pressesUntilIn(Qt::Key_Tab, m_window->findChild<QToolBar*>()) > 0);
        QVERIFY(pressesUntilIn(Qt::Key_Tab, start) > 0); // and round to where it began
    }

    void tabReachesTheTimelineAndTheTimelinesKeysWork()
    {
        auto* timeline = m_window->findChild<TimelineView*>();
        QVERIFY(pressesUntilIn(Qt::Key_Tab, timeline) > 0);
        const Period before = timeline->visibleRange();
        QTest::keyClick(focus(), Qt::Key_Plus);
        QVERIFY(timeline->visibleRange().length() < before.length());
        QTest::keyClick(focus(), Qt::Key_Right); // no selection: moves in time
        QVERIFY(timeline->visibleRange().begin() > before.begin());
    }

    void tabLeavesTheTableWithoutChangingTheSelection()
    {
        auto* table = m_window->findChild<MeetingsTable*>();
        const QString meeting = QStringLiteral("biden-xi-bali-2022-11-14");
        m_window->showMeeting(meeting);
        table->view()->setFocus();
        QCOMPARE(focus(), table->view());
        QTest::keyClick(focus(), Qt::Key_Tab);
        QVERIFY(!within(table, focus()));
        QCOMPARE(m_window->model()->selectedMeeting(), meeting);
        // And Shift+Tab comes back into it (through the links of the details).
        QVERIFY(pressesUntilIn(Qt::Key_Tab, table, Qt::ShiftModifier) > 0);
        QCOMPARE(m_window->model()->selectedMeeting(), meeting);
    }

    void escapeClearsTheHighlightThenTheSelection()
    {
        const QString meeting = QStringLiteral("biden-xi-bali-2022-11-14");
        m_window->showMeeting(meeting);
        m_window->showOfficial(QStringLiteral("wang-yi"));
        auto* panel = m_window->findChild<OfficialPanel*>();
        panel->showOnTimelineButton()->click();
        auto* timeline = m_window->findChild<TimelineView*>();
        QCOMPARE(timeline->highlightedOfficial(), QStringLiteral("wang-yi"));
        // The window says so, with a way out.
        auto* indicator = m_window->findChild<QToolButton*>(QStringLiteral("highlightIndicator"));
        QVERIFY(indicator && indicator->isVisible());
        QVERIFY(indicator->text().contains(QStringLiteral("Wang Yi")));

        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Escape);
        QVERIFY(timeline->highlightedOfficial().isEmpty());
        QVERIFY(!indicator->isVisible());
        QVERIFY(!panel->showOnTimelineButton()->isChecked());
        QCOMPARE(m_window->model()->selectedMeeting(), meeting);
        QTest::keyClick(timeline, Qt::Key_Escape);
        QVERIFY(m_window->model()->selectedMeeting().isEmpty());
        QVERIFY(timeline->selectedMeeting().isEmpty());
    }

    void theHighlightsClearButtonClearsIt()
    {
        m_window->showOfficial(QStringLiteral("wang-yi"));
        m_window->findChild<OfficialPanel*>()->showOnTimelineButton()->click();
        auto* indicator = m_window->findChild<QToolButton*>(QStringLiteral("highlightIndicator"));
        indicator->click();
        QVERIFY(m_window->findChild<TimelineView*>()->highlightedOfficial().isEmpty());
        QVERIFY(!indicator->isVisible());
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
