// Nothing lost when another program changes a record while its form is open:
// Save says so and lets the user combine both changes, keep theirs or take
// the other's; a record deleted meanwhile can be put back.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/ConflictDialog.h"
#include "ui/editor/MeetingForm.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

using namespace parley;
using namespace parley::ui;

namespace {

const std::string kBali = "biden-xi-bali-2022-11-14";

// Another program (a second connection to the file) changes the meeting.
void changeElsewhere(const test::EditorSession& session, void (*change)(Meeting&))
{
    auto other = Store::open(session.file.toStdString());
    auto meeting = *other.meeting(kBali);
    change(meeting);
    other.apply(putting(std::vector{meeting}));
}

MeetingForm* editBali(test::EditorSession& session)
{
    return qobject_cast<MeetingForm*>(
        session.editor->editRecord(RecordKind::Meeting, QString::fromStdString(kBali)));
}

ConflictDialog* saveIntoConflict(test::EditorSession& session, MeetingForm* form)
{
    QTest::keyClick(form, Qt::Key_Return);
    return test::waitForDialog<ConflictDialog>(*session.editor);
}

void retitle(MeetingForm* form, const QString& title)
{
    form->titleField()->selectAll();
    test::typeText(form->titleField(), title);
}

} // namespace

class TestEditorConflict : public QObject {
    Q_OBJECT
private slots:
    void changesToDifferentFieldsAreCombined()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        retitle(form, QStringLiteral("Biden–Xi summit in Bali"));
        changeElsewhere(session, [](Meeting& m) { m.summary = "Their summary."; });
        auto* dialog = saveIntoConflict(session, form);
        QVERIFY(dialog);
        QVERIFY(dialog->text().contains(QStringLiteral("Another program changed")));
        QVERIFY2(dialog->informativeText().contains(QStringLiteral("It changed: summary.")),
                 qPrintable(dialog->informativeText()));
        QVERIFY(dialog->informativeText().contains(QStringLiteral("You changed: title.")));
        const QAbstractButton* preferred = dialog->defaultButton();
        QVERIFY(preferred == dialog->buttonFor(ConflictDialog::Choice::Combine));
        QTest::keyClick(dialog, Qt::Key_Return);
        // The form shows both, to check, and nothing is written yet.
        QTRY_COMPARE(form->summaryField()->toPlainText(), QStringLiteral("Their summary."));
        QCOMPARE(form->titleField()->text(), QStringLiteral("Biden–Xi summit in Bali"));
        QCOMPARE(session.editor->undoStack()->count(), 0);
        QPointer<MeetingForm> open(form);
        QTest::keyClick(form, Qt::Key_Return);
        QTRY_VERIFY(!open);
        const auto saved = *session.store->meeting(kBali);
        QCOMPARE(saved.title, std::string("Biden–Xi summit in Bali"));
        QCOMPARE(saved.summary, std::optional<std::string>("Their summary."));
        // Undo goes back to their version, not to the one before it.
        session.editor->undoAction()->trigger();
        QCOMPARE(session.store->meeting(kBali)->summary,
                 std::optional<std::string>("Their summary."));
        QVERIFY(session.store->meeting(kBali)->title != "Biden–Xi summit in Bali");
    }

    void theSameFieldChangedOnBothSidesGoesBackToTheFormOnEnter()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        retitle(form, QStringLiteral("Mine"));
        changeElsewhere(session, [](Meeting& m) { m.title = "Theirs"; });
        auto* dialog = saveIntoConflict(session, form);
        QVERIFY(dialog);
        QVERIFY(!dialog->buttonFor(ConflictDialog::Choice::Combine));
        QTest::keyClick(dialog, Qt::Key_Return); // Back to the Form
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(form->isVisible());
        QCOMPARE(session.store->meeting(kBali)->title, std::string("Theirs"));
        // Keep Mine writes over theirs.
        dialog = saveIntoConflict(session, form);
        QPointer<MeetingForm> open(form);
        dialog->buttonFor(ConflictDialog::Choice::KeepMine)->click();
        QTRY_VERIFY(!open);
        QCOMPARE(session.store->meeting(kBali)->title, std::string("Mine"));
    }

    void takingTheirsShowsTheirsAndSavesNothing()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        retitle(form, QStringLiteral("Mine"));
        changeElsewhere(session, [](Meeting& m) { m.title = "Theirs"; });
        auto* dialog = saveIntoConflict(session, form);
        dialog->buttonFor(ConflictDialog::Choice::TakeTheirs)->click();
        QTRY_COMPARE(form->titleField()->text(), QStringLiteral("Theirs"));
        QVERIFY(!form->isModified());
        QPointer<MeetingForm> open(form);
        QTest::keyClick(form, Qt::Key_Escape); // nothing of the user's left to lose
        QTRY_VERIFY(!open);
        QCOMPARE(session.editor->undoStack()->count(), 0);
        QCOMPARE(session.store->meeting(kBali)->title, std::string("Theirs"));
    }

    void aRecordDeletedMeanwhileCanBePutBack()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        retitle(form, QStringLiteral("Biden–Xi summit in Bali"));
        {
            auto other = Store::open(session.file.toStdString());
            other.apply(other.removal(RecordKind::Meeting, kBali));
        }
        auto* dialog = saveIntoConflict(session, form);
        QVERIFY(dialog);
        QVERIFY(dialog->text().contains(QStringLiteral("Another program deleted")));
        QPointer<MeetingForm> open(form);
        dialog->buttonFor(ConflictDialog::Choice::KeepMine)->click();
        QTRY_VERIFY(!open);
        QCOMPARE(session.store->meeting(kBali)->title, std::string("Biden–Xi summit in Bali"));
        session.editor->undoAction()->trigger();
        QVERIFY(!session.store->meeting(kBali));
    }
};

QTEST_MAIN(TestEditorConflict)
#include "tst_editor_conflict.moc"
