// Bad input is normal input: each case the importer refuses (end before
// start, a precision the dates do not fit, dangling and duplicate
// participants, an empty title, a topic under its own subtopic, too long a
// text, a date that does not exist) is told next to its field as it is typed,
// and Save refuses it with the first bad field focused and nothing written.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/DateField.h"
#include "ui/editor/MeetingForm.h"
#include "ui/editor/PrecisionBox.h"
#include "ui/editor/RecordCatalog.h"
#include "ui/editor/TopicForm.h"

#include <QPlainTextEdit>
#include <QUndoStack>

using namespace parley;
using namespace parley::ui;

class TestFormValidation : public QObject {
    Q_OBJECT
private:
    // Enter on a form with problems: it stays open, FOCUSED has the focus,
    // and the database is as it was.
    static void saveIsRefused(test::EditorSession& session, RecordForm* form, QWidget* focused)
    {
        const auto before = session.exported();
        QApplication::setActiveWindow(form); // as a window manager does with a new dialog
        QTest::keyClick(form, Qt::Key_Return);
        QVERIFY(form->isVisible());
        QTRY_VERIFY(focused->hasFocus());
        QCOMPARE(session.exported(), before);
        QCOMPARE(session.editor->undoStack()->count(), 0);
    }

    MeetingForm* editBali(test::EditorSession& session)
    {
        return qobject_cast<MeetingForm*>(session.editor->editRecord(
            RecordKind::Meeting, QStringLiteral("biden-xi-bali-2022-11-14")));
    }

private slots:
    void anEndBeforeTheStartIsToldAsItIsTyped()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        QVERIFY(form);
        QVERIFY(form->problems().empty());
        test::retype(form->endField(), QStringLiteral("2022-11-01"));
        QCOMPARE(test::problemsOf(form, "end"),
                 QStringLiteral("End: 2022-11-01 is before the start 2022-11-14"));
        form->titleField()->setFocus();
        saveIsRefused(session, form, form->endField());
        test::retype(form->endField(), QStringLiteral("2022-11-14")); // the end may be the start
        QVERIFY(test::problemsOf(form, "end").isEmpty());
    }

    void aPrecisionTheDatesDoNotFitIsTold()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        form->precisionBox()->setFocus();
        QTest::keyClick(form->precisionBox(), Qt::Key_Down);
        QVERIFY(form->precisionBox()->precision() == Precision::Month);
        const QString problems = test::problemsOf(form, "start");
        QVERIFY2(problems.contains(QStringLiteral("Start: \"2022-11-14\" does not fit precision "
                                                  "month (write the 1st of the month)")),
                 qPrintable(problems));
        saveIsRefused(session, form, form->startField());
    }

    void aDateThatDoesNotExistIsTold()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        test::retype(form->startField(), QStringLiteral("2023-02-30"));
        QVERIFY(test::problemsOf(form, "start")
                    .contains(QStringLiteral("\"2023-02-30\" is not a valid date (YYYY-MM-DD)")));
        saveIsRefused(session, form, form->startField());
    }

    void anEmptyTitleIsToldWhenSaveIsPressed()
    {
        test::EditorSession session;
        auto* form = qobject_cast<MeetingForm*>(session.editor->newRecord(RecordKind::Meeting));
        QVERIFY(form);
        test::retype(form->hostBox()->lineEdit(), QStringLiteral("US"));
        test::typeText(form->titleField(), QStringLiteral("   "));
        form->hostBox()->setFocus();
        saveIsRefused(session, form, form->titleField());
        QCOMPARE(test::problemsOf(form, "title"), QStringLiteral("empty (required)"));
    }

    void danglingAndDuplicateParticipantsAreTold()
    {
        // A record from elsewhere (a copy of an older file, say) may name an
        // official twice, or one this database does not have.
        test::EditorSession session;
        MeetingForm form({session.store, RecordCatalog::load(*session.store)});
        Meeting meeting = *session.store->meeting("biden-xi-bali-2022-11-14");
        meeting.participants = {"joe-biden", "nobody-at-all", "joe-biden"};
        form.load(meeting, false, true);
        form.show();
        const QString problems = test::problemsOf(&form, "participants");
        QVERIFY2(problems.contains(QStringLiteral("\"nobody-at-all\" is not an official in the "
                                                  "database")),
                 qPrintable(problems));
        QVERIFY(problems.contains(QStringLiteral("\"joe-biden\" is listed twice")));
    }

    void aParticipantDeletedByAnotherProgramIsToldAtSave()
    {
        test::EditorSession session;
        auto* form = qobject_cast<MeetingForm*>(session.editor->newRecord(RecordKind::Meeting));
        test::typeText(form->titleField(), QStringLiteral("Yellen call"));
        test::retype(form->hostBox()->lineEdit(), QStringLiteral("US"));
        QVERIFY(test::pickFromPopup(form->participantsPicker(), QStringLiteral("yellen"),
                                    QStringLiteral("Janet Yellen")));
        {
            auto other = Store::open(session.file.toStdString());
            other.apply(other.removal(RecordKind::Official, "janet-yellen"));
        }
        const auto before = session.exported();
        QTest::keyClick(form->titleField(), Qt::Key_Return);
        QVERIFY(form->isVisible());
        QCOMPARE(test::problemsOf(form, "participants"),
                 QStringLiteral("\"janet-yellen\" is not an official in the database"));
        QCOMPARE(session.exported(), before);
    }

    void aHostThatIsNoCountryIsTold()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        test::retype(form->hostBox()->lineEdit(), QStringLiteral("Atlantis"));
        QCOMPARE(test::problemsOf(form, "host"),
                 QStringLiteral("\"Atlantis\" is not a country in the database"));
        saveIsRefused(session, form, form->hostBox()->lineEdit());
    }

    void tooLongATextIsToldNotCut()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        form->summaryField()->setFocus();
        form->summaryField()->selectAll();
        form->summaryField()->insertPlainText(QString(70000, QLatin1Char('x'))); // a paste
        QCOMPARE(test::problemsOf(form, "summary"),
                 QStringLiteral("a text of 70000 bytes; at most 65536 are allowed"));
        // A title too: a line takes any length, so the text is told, not cut.
        form->titleField()->setText(QString(30000, QChar(0x4E2D)));
        Q_EMIT form->titleField()->textEdited(form->titleField()->text());
        QCOMPARE(test::problemsOf(form, "title"),
                 QStringLiteral("a text of 90000 bytes; at most 65536 are allowed"));
        saveIsRefused(session, form, form->titleField());
    }

    void textTypedInAPickerButNotPickedIsNotDropped()
    {
        test::EditorSession session;
        auto* form = editBali(session);
        test::typeText(form->topicsPicker()->searchField(), QStringLiteral("no such topic"));
        form->titleField()->setFocus();
        QCOMPARE(test::problemsOf(form, "topics"),
                 QStringLiteral("\"no such topic\" is typed but not picked: choose it from the "
                                "list, or clear it"));
        saveIsRefused(session, form, form->topicsPicker()->searchField());
    }

    void aTopicCannotMoveUnderItsOwnSubtopic()
    {
        test::EditorSession session;
        auto* form = qobject_cast<TopicForm*>(
            session.editor->editRecord(RecordKind::Topic, QStringLiteral("trade")));
        QVERIFY(form);
        // "Outbound investment" is under "Investment", under "Trade".
        test::retype(form->parentBox()->lineEdit(), QStringLiteral("Outbound investment"));
        QCOMPARE(form->parentBox()->id(), std::string("outbound-investment"));
        QCOMPARE(test::problemsOf(form, "parent"),
                 QStringLiteral("the topic tree has a cycle through \"trade\""));
        saveIsRefused(session, form, form->parentBox()->lineEdit());
        test::retype(form->parentBox()->lineEdit(), QStringLiteral("Trade"));
        QCOMPARE(test::problemsOf(form, "parent"),
                 QStringLiteral("the topic tree has a cycle through \"trade\""));
        test::retype(form->parentBox()->lineEdit(), QStringLiteral("Economy"));
        QVERIFY(form->problems().empty());
    }
};

QTEST_MAIN(TestFormValidation)
#include "tst_form_validation.moc"
