// Undo and redo of every kind of change, each one step: a whole session
// undone gives the database byte for byte as it was (by parley-db export);
// deleting says first what it will change; a step that another program's
// change would be lost to is dropped and says so; read-only disables editing.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/DeleteDialog.h"
#include "ui/editor/MeetingForm.h"
#include "ui/editor/OfficialForm.h"

#include <QAction>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QUndoStack>

using namespace parley;
using namespace parley::ui;

namespace {

// What `parley-db export FILE` writes.
QByteArray exportedByCli(const QString& file)
{
    QProcess cli;
    cli.start(QStringLiteral(PARLEY_DB_EXE), {QStringLiteral("export"), file});
    if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
        return "parley-db failed: " + cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

bool saveForm(RecordForm* form)
{
    QPointer<RecordForm> open(form);
    QTest::keyClick(form, Qt::Key_Return);
    return QTest::qWaitFor([&] { return !open; }, 2000);
}

DeleteDialog* askToDelete(test::EditorSession& session, RecordKind kind, const char* id)
{
    session.editor->setCurrentRecord(kind, QString::fromLatin1(id));
    session.editor->deleteAction()->trigger();
    return test::waitForDialog<DeleteDialog>(*session.editor);
}

} // namespace

class TestEditorUndo : public QObject {
    Q_OBJECT
private slots:
    void aWholeSessionUndoneGivesTheSameDatabase()
    {
        test::EditorSession session;
        const QByteArray before = exportedByCli(session.file);
        QVERIFY(before.startsWith("{"));
        auto& editor = *session.editor;

        auto* meeting = qobject_cast<MeetingForm*>(editor.newRecord(RecordKind::Meeting));
        test::typeText(meeting->titleField(), QStringLiteral("Morning call"));
        test::typeText(meeting->hostBox()->lineEdit(), QStringLiteral("US"));
        QVERIFY(saveForm(meeting));
        auto* official = qobject_cast<OfficialForm*>(
            editor.editRecord(RecordKind::Official, QStringLiteral("jake-sullivan")));
        official->aliasesField()->moveCursor(QTextCursor::End);
        QTest::keyClick(official->aliasesField(), Qt::Key_Return);
        test::typeText(official->aliasesField(), QStringLiteral("J. Sullivan"));
        QVERIFY(saveForm(official));
        auto* topic = editor.newRecord(RecordKind::Topic, QStringLiteral("Fentanyl precursors"));
        QVERIFY(saveForm(topic));
        QVERIFY(editor.moveMeeting(QStringLiteral("raimondo-beijing-2023-08-28"), Date(2023, 8, 29),
                                   Date(2023, 8, 31)));
        auto* ask = askToDelete(session, RecordKind::Official, "antony-blinken");
        QVERIFY(ask);
        ask->deleteButton()->click();
        QVERIFY(!session.store->official("antony-blinken"));
        editor.setCurrentRecord(RecordKind::Meeting, QStringLiteral("biden-xi-bali-2022-11-14"));
        editor.duplicateAction()->trigger();
        QVERIFY(saveForm(test::waitForDialog<MeetingForm>(editor)));
        QCOMPARE(editor.undoStack()->count(), 6);
        const std::string after = session.exported();

        while (editor.undoAction()->isEnabled())
            editor.undoAction()->trigger();
        QCOMPARE(editor.undoStack()->count(), 6); // nothing was dropped
        QCOMPARE(exportedByCli(session.file), before);
        while (editor.redoAction()->isEnabled())
            editor.redoAction()->trigger();
        QCOMPARE(session.exported(), after);
    }

    void deletingAnOfficialSaysFirstWhatItChanges()
    {
        test::EditorSession session;
        const auto before = session.exported();
        auto* ask = askToDelete(session, RecordKind::Official, "wang-yi");
        QVERIFY(ask);
        QVERIFY2(ask->text().contains(QStringLiteral(
                     "Wang Yi takes part in 15 meetings and will be removed from them.")),
                 qPrintable(ask->text()));
        QCOMPARE(ask->affectedList()->count(), 15);
        QVERIFY(session.store->official("wang-yi")); // nothing done while asking
        QTest::keyClick(ask, Qt::Key_Return);
        QVERIFY(!session.store->official("wang-yi"));
        Filter his;
        his.setText("王毅");
        QVERIFY(session.store->meetings(his).empty());
        QCOMPARE(session.editor->undoStack()->count(), 1);
        QCOMPARE(session.editor->undoAction()->text(), QStringLiteral("&Undo Delete “Wang Yi”"));
        QVERIFY(!session.editor->editAction()->isEnabled()); // it is gone
        session.editor->undoAction()->trigger();
        QCOMPARE(session.exported(), before);
    }

    void escapeOnTheQuestionDeletesNothing()
    {
        test::EditorSession session;
        const auto before = session.exported();
        auto* ask = askToDelete(session, RecordKind::Meeting, "biden-xi-bali-2022-11-14");
        QVERIFY(ask->text().contains(QStringLiteral("No other record refers to it.")));
        QTest::keyClick(ask, Qt::Key_Escape);
        QCOMPARE(session.exported(), before);
        QCOMPARE(session.editor->undoStack()->count(), 0);
    }

    void aTopicsSubtopicsMoveUpAndACountryInUseStays()
    {
        test::EditorSession session;
        auto* ask = askToDelete(session, RecordKind::Topic, "investment");
        QVERIFY2(ask->text().contains(QStringLiteral("Its 1 subtopic will move up to “Trade”.")),
                 qPrintable(ask->text()));
        ask->reject();
        const auto before = session.exported();
        QVERIFY(!session.editor->deleteRecord(RecordKind::Country, QStringLiteral("CN")));
        QMessageBox* refusal = nullptr;
        QTRY_VERIFY((refusal = qobject_cast<QMessageBox*>(session.editor->openDialog())));
        QVERIFY2(refusal->informativeText().contains(QStringLiteral("is the host of meetings[")),
                 qPrintable(refusal->informativeText()));
        QCOMPARE(session.exported(), before);
    }

    void aMeetingMovedOnTheTimelineIsOneStep()
    {
        test::EditorSession session;
        const auto before = session.exported();
        const QString id = QStringLiteral("raimondo-beijing-2023-08-28");
        QVERIFY(session.editor->moveMeeting(id, Date(2023, 5, 12), Date(2023, 5, 13)));
        QCOMPARE(session.store->meeting(id.toStdString())->start, Date(2023, 5, 12));
        QVERIFY2(
            session.editor->undoAction()->text().endsWith(QStringLiteral("” to 12–13 May 2023")),
            qPrintable(session.editor->undoAction()->text()));
        QVERIFY(session.editor->moveMeeting(id, Date(2023, 5, 12), Date(2023, 5, 13),
                                            QStringLiteral("US")));
        QCOMPARE(session.store->meeting(id.toStdString())->host, std::string("US"));
        QString error;
        QVERIFY(!session.editor->moveMeeting(id, Date(2023, 5, 13), Date(2023, 5, 12), {}, &error));
        QCOMPARE(error, QStringLiteral("end: 2023-05-12 is before the start 2023-05-13"));
        QCOMPARE(session.editor->undoStack()->count(), 2);
        session.editor->undoAction()->trigger();
        session.editor->undoAction()->trigger();
        QCOMPARE(session.exported(), before);
    }

    void anUndoThatWouldLoseAnotherProgramsChangeIsDropped()
    {
        test::EditorSession session;
        auto& editor = *session.editor;
        QVERIFY(editor.moveMeeting(QStringLiteral("biden-xi-bali-2022-11-14"), Date(2022, 11, 15),
                                   Date(2022, 11, 15)));
        {
            auto other = Store::open(session.file.toStdString());
            auto meeting = *other.meeting("biden-xi-bali-2022-11-14");
            meeting.summary = "Rewritten by another program.";
            other.apply(putting(std::vector{meeting}));
        }
        editor.undoAction()->trigger();
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(!editor.undoAction()->isEnabled());
        QMessageBox* told = nullptr;
        QTRY_VERIFY((told = session.window.findChild<QMessageBox*>()) && told->isVisible());
        QVERIFY2(told->text().contains(QStringLiteral("another program changed these records")),
                 qPrintable(told->text()));
        const auto meeting = *session.store->meeting("biden-xi-bali-2022-11-14");
        QCOMPARE(meeting.summary, std::optional<std::string>("Rewritten by another program."));
        QCOMPARE(meeting.start, Date(2022, 11, 15));
    }

    void aRedoThatWouldLoseAnotherProgramsChangeIsDropped()
    {
        test::EditorSession session;
        auto& editor = *session.editor;
        QVERIFY(editor.moveMeeting(QStringLiteral("biden-xi-bali-2022-11-14"), Date(2022, 11, 16),
                                   Date(2022, 11, 16)));
        editor.undoAction()->trigger();
        {
            auto other = Store::open(session.file.toStdString());
            other.apply(other.removal(RecordKind::Meeting, "biden-xi-bali-2022-11-14"));
        }
        editor.redoAction()->trigger();
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(!session.store->meeting("biden-xi-bali-2022-11-14"));
    }

    void aReadOnlyDatabaseDisablesEveryEdit()
    {
        test::EditorSession session(Store::Access::ReadOnly);
        auto& editor = *session.editor;
        session.model.setSelectedMeeting(QStringLiteral("biden-xi-bali-2022-11-14"));
        for (QAction* action :
             {editor.newMeetingAction(), editor.newOfficialAction(), editor.newMeasureAction(),
              editor.editAction(), editor.duplicateAction(), editor.deleteAction(),
              editor.undoAction(), editor.redoAction()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("read-only")),
                     qPrintable(action->toolTip()));
        }
        QSignalSpy said(&editor, &Editor::statusMessage);
        QVERIFY(!editor.newRecord(RecordKind::Meeting));
        QVERIFY(
            !editor.editRecord(RecordKind::Meeting, QStringLiteral("biden-xi-bali-2022-11-14")));
        QString error;
        QVERIFY(!editor.moveMeeting(QStringLiteral("biden-xi-bali-2022-11-14"), Date(2022, 11, 15),
                                    Date(2022, 11, 15), {}, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
        QVERIFY(said.count() >= 3);
        QVERIFY(editor.historyAction()->isEnabled());
    }

    void anotherDatabaseStartsAFreshHistory()
    {
        test::EditorSession session;
        QVERIFY(session.editor->moveMeeting(QStringLiteral("biden-xi-bali-2022-11-14"),
                                            Date(2022, 11, 15), Date(2022, 11, 15)));
        QCOMPARE(session.editor->undoStack()->count(), 1);
        session.model.setStore(test::sampleStore());
        QVERIFY(session.waitForSnapshot());
        QCOMPARE(session.editor->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestEditorUndo)
#include "tst_editor_undo.moc"
