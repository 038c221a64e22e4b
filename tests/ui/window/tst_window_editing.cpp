// Editing from the window as a user does it: Edit ▸ New Meeting, typing,
// picking a participant from the completer's popup, Enter; the timeline's
// context menu to edit the meeting; a drag on the timeline; Delete, which asks first; Undo and
// Redo. The database is read back through `parley-db export` after each step, the views are checked
// to follow, and undoing the whole session gives an export byte-identical to the one before it.
// Another database opened takes none of the history of the one before.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/DateField.h"
#include "ui/editor/DeleteDialog.h"
#include "ui/editor/MeetingForm.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

using namespace parley;
using namespace parley::ui;

namespace {

const QString kNew = QStringLiteral("wang-yi-sullivan-talks-in-malta-2023-09-16");

QByteArray exportedByCli(const QString& file)
{
    QProcess cli;
    cli.start(QStringLiteral(PARLEY_DB_EXE), {QStringLiteral("export"), file});
    if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
        return "parley-db failed: " + cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

// Chooses the entry TEXT of the popup menu that RUN opens.
bool chooseFromMenu(const std::function<void()>& run, const QString& text)
{
    bool chosen = false;
    QTimer::singleShot(0, [&chosen, text] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions()) {
            if (action->text() == text && action->isEnabled()) {
                menu->close();
                action->trigger();
                chosen = true;
                return;
            }
        }
        menu->close();
    });
    run();
    return chosen;
}

// A database of the test data, NAME in DIR.
QString testDatabase(const QTemporaryDir& dir, const QString& name)
{
    QString path = dir.filePath(name);
    Store::create(path.toStdString())
        .import(readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")));
    return path;
}

QAction* editMenuAction(const MainWindow& window, const QString& name)
{
    for (QAction* top : window.menuBar()->actions()) {
        if (top->text() != QStringLiteral("&Edit"))
            continue;
        for (QAction* action : top->menu()->actions()) {
            if (action->objectName() == name)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestWindowEditing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void aSessionOfEditsIsUndoneToTheSameBytes()
    {
        QTemporaryDir dir;
        const QString file = testDatabase(dir, QStringLiteral("edit.parley"));
        MainWindow window;
        window.setRemembersViewState(false);
        window.resize(1400, 900);
        QVERIFY(window.openDatabase(file));
        window.show();
        QVERIFY(window.waitUntilIdle(10000));
        const QByteArray before = exportedByCli(file);
        QVERIFY(before.startsWith("{"));
        const int total = window.model()->snapshot()->totalMeetings;
        Editor& editor = *window.editor();

        // Edit ▸ New Meeting: typed, a participant picked from the popup, Enter.
        QAction* newMeeting = editMenuAction(window, QStringLiteral("newMeeting"));
        QVERIFY(newMeeting && newMeeting->isEnabled());
        newMeeting->trigger();
        auto* form = test::waitForDialog<MeetingForm>(editor);
        QVERIFY(form);
        test::typeText(form->titleField(), QStringLiteral("Wang Yi–Sullivan talks in Malta"));
        test::retype(form->startField(), QStringLiteral("2023-09-16"));
        test::retype(form->hostBox()->lineEdit(), QStringLiteral("China"));
        QVERIFY(test::pickFromPopup(form->participantsPicker(), QStringLiteral("wang yi"),
                                    QStringLiteral("Wang Yi")));
        QPointer<MeetingForm> open(form);
        QTest::keyClick(form->titleField(), Qt::Key_Return);
        QTRY_VERIFY(!open);
        QVERIFY(exportedByCli(file).contains("\"Wang Yi–Sullivan talks in Malta\""));
        // The views follow: the count, the timeline and the selection.
        QTRY_COMPARE(window.model()->snapshot()->totalMeetings, total + 1);
        QTRY_COMPARE(window.model()->selectedMeeting(), kNew);
        auto* timeline = window.findChild<TimelineView*>();
        QTRY_VERIFY(!timeline->meetingRect(kNew).isEmpty());

        // The timeline's context menu on the meeting: Edit Meeting…
        const QPoint at = timeline->meetingRect(kNew).center();
        QVERIFY(chooseFromMenu([&] { emit timeline->customContextMenuRequested(at); },
                               QStringLiteral("&Edit Meeting…")));
        form = test::waitForDialog<MeetingForm>(editor);
        QVERIFY(form);
        test::retype(form->endField(), QStringLiteral("2023-09-17"));
        open = form;
        QTest::keyClick(form->titleField(), Qt::Key_Return);
        QTRY_VERIFY(!open);
        QVERIFY(exportedByCli(file).contains("\"end\": \"2023-09-17\""));

        // Dragging the selected meeting three days later: a tooltip while it
        // moves, one step on release; Escape drops a drag.
        QTRY_COMPARE(timeline->snapshot()->meeting(kNew.toStdString())->end, Date(2023, 9, 17));
        timeline->setVisibleRange(Period(Date(2023, 9, 1), Date(2023, 10, 1)));
        QTRY_VERIFY(!timeline->meetingRect(kNew).isEmpty());
        const QPoint from = timeline->meetingRect(kNew).center();
        const int dayWidth = timeline->meetingRect(kNew).width() / 2; // it lasts two days
        const QPoint to = from + QPoint(3 * dayWidth, 0);
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QTest::mouseMove(timeline, from + QPoint(dayWidth, 0));
        QTest::mouseMove(timeline, to);
        QTest::keyClick(timeline, Qt::Key_Escape);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        QCOMPARE(editor.undoStack()->count(), 2);
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QTest::mouseMove(timeline, from + QPoint(dayWidth, 0));
        QTest::mouseMove(timeline, to);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("19–20 September 2023")),
                 qPrintable(QToolTip::text()));
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        QCOMPARE(editor.undoStack()->count(), 3);
        QVERIFY(editor.undoStack()->text(2).startsWith(QStringLiteral("Move ")));
        const QByteArray moved = exportedByCli(file);
        QVERIFY(moved.contains("\"start\": \"2023-09-19\""));
        QVERIFY(moved.contains("\"end\": \"2023-09-20\""));

        // Delete says what it will change, and is one step.
        editMenuAction(window, QStringLiteral("deleteRecord"))->trigger();
        auto* ask = test::waitForDialog<DeleteDialog>(editor);
        QVERIFY(ask);
        QVERIFY(ask->text().contains(QStringLiteral("Wang Yi–Sullivan talks in Malta")));
        ask->deleteButton()->click();
        QVERIFY(!exportedByCli(file).contains("Wang Yi–Sullivan talks in Malta"));
        QTRY_COMPARE(window.model()->snapshot()->totalMeetings, total);
        QCOMPARE(editor.undoStack()->count(), 4);

        // Undo all four from the Edit menu: the same bytes as before.
        QAction* undo = editMenuAction(window, QStringLiteral("undo"));
        QCOMPARE(undo->shortcut(), QKeySequence(QStringLiteral("Ctrl+Z")));
        undo->trigger();
        QCOMPARE(exportedByCli(file), moved);
        while (undo->isEnabled())
            undo->trigger();
        QCOMPARE(exportedByCli(file), before);
        QTRY_COMPARE(window.model()->snapshot()->totalMeetings, total);

        // Redo brings the meeting back, and the timeline shows it again.
        QAction* redo = editMenuAction(window, QStringLiteral("redo"));
        QVERIFY(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
        redo->trigger();
        QVERIFY(exportedByCli(file).contains("\"Wang Yi–Sullivan talks in Malta\""));
        QTRY_COMPARE(window.model()->snapshot()->totalMeetings, total + 1);
        undo->trigger();
        QCOMPARE(exportedByCli(file), before);
    }

    // The history is of the file it changed: while the next database loads
    // (twenty seconds at ten million meetings), Undo would write to the file
    // before it, and the edit would be gone from it unseen.
    void anotherDatabaseTakesNoUndoOfTheOneBefore()
    {
        QTemporaryDir dir;
        const QString first = testDatabase(dir, QStringLiteral("first.parley"));
        const QString next = dir.filePath(QStringLiteral("next.parley"));
        Store::create(next.toStdString())
            .import(readDatasetFile(test::sourcePath("resources/sample/us-china-2023.json")));
        MainWindow window;
        window.setRemembersViewState(false);
        QVERIFY(window.openDatabase(first));
        QVERIFY(window.waitUntilIdle(10000));
        Editor& editor = *window.editor();
        QVERIFY(editor.applyChange(putting(std::vector{Country{"NZ", "New Zealand"}}),
                                   QStringLiteral("Add New Zealand")));
        QAction* undo = editMenuAction(window, QStringLiteral("undo"));
        QVERIFY(undo->isEnabled());

        QVERIFY(window.openDatabase(next));
        QVERIFY(window.model()->loadProgress());
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(!undo->isEnabled());
        QVERIFY(window.waitUntilIdle(10000));
        QVERIFY(!undo->isEnabled());
        QVERIFY(exportedByCli(first).contains("\"New Zealand\""));
    }

    void aDatabaseStillOpeningOffersNoEdit()
    {
        QTemporaryDir dir;
        const QString path = testDatabase(dir, QStringLiteral("opening.parley"));
        MainWindow window;
        window.setRemembersViewState(false);
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.model()->loadProgress());
        Editor& editor = *window.editor();
        QAction* newMeeting = editMenuAction(window, QStringLiteral("newMeeting"));
        QVERIFY(!newMeeting->isEnabled());
        QCOMPARE(newMeeting->toolTip(), editor.cannotEditReason());
        QVERIFY(editor.cannotEditReason().contains(QStringLiteral("still opening")));
        // A form asked for all the same (a panel's button) opens none.
        QVERIFY(!editor.newRecord(RecordKind::Meeting));
        QString error;
        QVERIFY(!editor.applyChange(putting(std::vector{Country{"NZ", "New Zealand"}}),
                                    QStringLiteral("Add New Zealand"), &error));
        QCOMPARE(error, editor.cannotEditReason());

        QVERIFY(window.waitUntilIdle(10000));
        QVERIFY(newMeeting->isEnabled());
        QVERIFY(editor.cannotEditReason().isEmpty());
        QVERIFY(!exportedByCli(path).contains("\"New Zealand\""));
    }
};

QTEST_MAIN(TestWindowEditing)
#include "tst_window_editing.moc"
