// A meeting made, edited and duplicated as a user does it: the keyboard, the
// pickers' popups, Enter to save; a new official made from the participants
// without leaving the form, saved in the same step. The database is read back
// through its parley/1 export after each step, and undone.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/DateField.h"
#include "ui/editor/MeetingForm.h"
#include "ui/editor/OfficialForm.h"
#include "ui/editor/PrecisionBox.h"

#include <QAction>
#include <QDate>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

#include <memory>

using namespace parley;
using namespace parley::ui;

class TestMeetingForm : public QObject {
    Q_OBJECT

    // Whether a new meeting's participants picker offers the official NAME.
    static bool nextFormOffers(test::EditorSession& session, const QString& name)
    {
        std::unique_ptr<MeetingForm> form(
            qobject_cast<MeetingForm*>(session.editor->newRecord(RecordKind::Meeting)));
        return form && test::pickFromPopup(form->participantsPicker(), name, name);
    }

private slots:
    void aNewMeetingTypedAndPickedIsSavedAsOneStep()
    {
        test::EditorSession session;
        const auto before = session.exported();
        session.editor->newMeetingAction()->trigger();
        auto* form = test::waitForDialog<MeetingForm>(*session.editor);
        QVERIFY(form);
        QCOMPARE(form->windowTitle(), QStringLiteral("New Meeting"));
        QVERIFY(test::problemsOf(form, "title").isEmpty()); // nothing shown before it is typed

        test::typeText(form->titleField(), QStringLiteral("Raimondo–Wang Wentao talks"));
        test::retype(form->startField(), QStringLiteral("2023-08-28"));
        QCOMPARE(form->endField()->text(), QStringLiteral("2023-08-28")); // the end follows
        test::typeText(form->placeField(), QStringLiteral("Beijing"));
        test::retype(form->hostBox()->lineEdit(), QStringLiteral("China"));
        QVERIFY(test::pickFromPopup(form->participantsPicker(), QStringLiteral("raimondo"),
                                    QStringLiteral("Gina Raimondo")));
        test::commitText(form->participantsPicker()->searchField(), QStringLiteral("王文涛"));
        QTest::keyClick(form->participantsPicker()->completer()->popup(), Qt::Key_Return);
        QVERIFY(test::pickFromPopup(form->topicsPicker(), QStringLiteral("export contr"),
                                    QStringLiteral("Export controls")));
        QVERIFY(test::pickFromPopup(form->sourcesPicker(), QStringLiteral("compiled"),
                                    QStringLiteral("Test dataset compiled")));
        test::typeText(form->summaryField(), QStringLiteral("Talks on export controls."));
        QVERIFY2(form->problems().empty(), qPrintable(test::firstProblem(form)));

        QPointer<MeetingForm> open(form);
        QTest::keyClick(form->titleField(), Qt::Key_Return);
        QTRY_VERIFY(!open);
        const auto saved = session.store->meeting("raimondo-wang-wentao-talks-2023-08-28");
        QVERIFY(saved);
        QCOMPARE(saved->title, std::string("Raimondo–Wang Wentao talks"));
        QCOMPARE(saved->start, Date(2023, 8, 28));
        QCOMPARE(saved->end, Date(2023, 8, 28));
        QCOMPARE(saved->host, std::string("CN"));
        QCOMPARE(saved->kind, std::string("bilateral"));
        QCOMPARE(saved->location, std::optional<std::string>("Beijing"));
        QCOMPARE(saved->participants, (std::vector<std::string>{"gina-raimondo", "wang-wentao"}));
        QCOMPARE(saved->topics, std::vector<std::string>{"export-controls"});
        QCOMPARE(saved->sources, std::vector<std::string>{"parley-test-compilation"});
        QCOMPARE(saved->summary, std::optional<std::string>("Talks on export controls."));
        QVERIFY(session.exported().find("Raimondo–Wang Wentao talks") != std::string::npos);

        // The new meeting is selected once the timeline shows it.
        QTRY_COMPARE(session.model.selectedMeeting(),
                     QStringLiteral("raimondo-wang-wentao-talks-2023-08-28"));
        QCOMPARE(session.editor->undoStack()->count(), 1);
        QCOMPARE(session.editor->undoAction()->text(),
                 QStringLiteral("&Undo Add “Raimondo–Wang Wentao talks”"));
        session.editor->undoAction()->trigger();
        QCOMPARE(session.exported(), before);
        session.editor->redoAction()->trigger();
        QVERIFY(session.store->meeting("raimondo-wang-wentao-talks-2023-08-28"));
    }

    void editingAMeetingKeepsItsIdAndIsUndoneExactly()
    {
        test::EditorSession session;
        const auto before = session.exported();
        session.model.setSelectedMeeting(QStringLiteral("raimondo-beijing-2023-08-28"));
        QVERIFY(session.editor->editAction()->isEnabled());
        QCOMPARE(session.editor->editAction()->text(), QStringLiteral("&Edit Meeting…"));
        session.editor->editAction()->trigger();
        auto* form = test::waitForDialog<MeetingForm>(*session.editor);
        QVERIFY(form);
        test::retype(form->titleField(), QStringLiteral("Raimondo–Wang Wentao talks"));
        test::retype(form->endField(), QStringLiteral("2023-08-30"));
        QPointer<MeetingForm> open(form);
        form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!open);
        const auto edited = session.store->meeting("raimondo-beijing-2023-08-28");
        QCOMPARE(edited->title, std::string("Raimondo–Wang Wentao talks"));
        QCOMPARE(edited->end, Date(2023, 8, 30));
        QCOMPARE(session.editor->undoAction()->text(),
                 QStringLiteral("&Undo Edit “Raimondo–Wang Wentao talks”"));
        session.editor->undoAction()->trigger();
        QCOMPARE(session.exported(), before);
    }

    void aDuplicateIsTheSameMeetingOnTheNextDay()
    {
        test::EditorSession session;
        const auto original = *session.store->meeting("biden-xi-bali-2022-11-14");
        session.model.setSelectedMeeting(QString::fromStdString(original.id));
        session.editor->duplicateAction()->trigger();
        auto* form = test::waitForDialog<MeetingForm>(*session.editor);
        QVERIFY(form);
        QCOMPARE(form->windowTitle(), QStringLiteral("Duplicate Meeting"));
        QCOMPARE(form->startField()->text(), QStringLiteral("2022-11-15"));
        QPointer<MeetingForm> open(form);
        QTest::keyClick(form->titleField(), Qt::Key_Return);
        QTRY_VERIFY(!open);
        const auto copies = session.store->meetingsWithIds({"biden-xi-meeting-in-bali-2022-11-15"});
        QCOMPARE(copies.size(), std::size_t(1));
        Meeting expected = original;
        expected.id = copies.front().id;
        expected.start = Date(2022, 11, 15);
        expected.end = Date(2022, 11, 15);
        QCOMPARE(copies.front(), expected);
        QCOMPARE(*session.store->meeting(original.id), original);
        QCOMPARE(
            session.editor->undoAction()->text(),
            QStringLiteral("&Undo Duplicate “%1”").arg(QString::fromStdString(original.title)));
    }

    void aNewOfficialMadeFromTheParticipantsIsSavedWithTheMeeting()
    {
        test::EditorSession session;
        const auto before = session.exported();
        auto* form = qobject_cast<MeetingForm*>(session.editor->newRecord(RecordKind::Meeting));
        QVERIFY(form);
        test::typeText(form->titleField(), QStringLiteral("Zhao Lijian briefing"));
        test::retype(form->hostBox()->lineEdit(), QStringLiteral("CN"));
        test::typeText(form->participantsPicker()->searchField(), QStringLiteral("Zhao Lijian"));
        QTest::keyClick(form->participantsPicker()->completer()->popup(), Qt::Key_Return);
        OfficialForm* official = nullptr;
        QTRY_VERIFY((official = form->findChild<OfficialForm*>()) && official->isVisible());
        QCOMPARE(official->nameField()->text(), QStringLiteral("Zhao Lijian"));
        test::retype(official->countryBox()->lineEdit(), QStringLiteral("China"));
        QPointer<OfficialForm> nestedOpen(official);
        QTest::keyClick(official->nameField(), Qt::Key_Return);
        QTRY_VERIFY(!nestedOpen);
        // Picked, and nothing written yet.
        QCOMPARE(form->participantsPicker()->ids(), std::vector<std::string>{"zhao-lijian"});
        QVERIFY(!session.store->official("zhao-lijian"));
        QVERIFY(form->isVisible());

        QPointer<MeetingForm> open(form);
        QTest::keyClick(form->titleField(), Qt::Key_Return);
        QTRY_VERIFY(!open);
        QCOMPARE(session.store->official("zhao-lijian")->country, std::string("CN"));
        const auto meeting = session.store->meeting(
            "zhao-lijian-briefing-" + QDate::currentDate().toString(Qt::ISODate).toStdString());
        QVERIFY(meeting);
        QCOMPARE(meeting->participants, std::vector<std::string>{"zhao-lijian"});
        QCOMPARE(session.editor->undoStack()->count(), 1);
        QVERIFY(session.editor->undoAction()->text().contains(QStringLiteral("with 1 new record")));
        // The next form offers the official made with the meeting; once that
        // is undone, it no longer does.
        QVERIFY(nextFormOffers(session, QStringLiteral("Zhao Lijian")));
        session.editor->undoAction()->trigger();
        QCOMPARE(session.exported(), before);
        QVERIFY(!nextFormOffers(session, QStringLiteral("Zhao Lijian")));
    }

    void escapeAsksBeforeDroppingWhatWasTyped()
    {
        test::EditorSession session;
        const auto before = session.exported();
        auto* form = session.editor->editRecord(RecordKind::Meeting,
                                                QStringLiteral("biden-xi-bali-2022-11-14"));
        auto* meetingForm = qobject_cast<MeetingForm*>(form);
        QVERIFY(meetingForm);
        test::typeText(meetingForm->titleField(), QStringLiteral(" (day one)"));
        QTest::keyClick(meetingForm->titleField(), Qt::Key_Escape);
        QMessageBox* ask = nullptr;
        QTRY_VERIFY((ask = form->findChild<QMessageBox*>()) && ask->isVisible());
        ask->button(QMessageBox::Cancel)->click(); // Keep Editing
        QVERIFY(form->isVisible());
        QPointer<RecordForm> open(form);
        QTest::keyClick(meetingForm->titleField(), Qt::Key_Escape);
        QTRY_VERIFY((ask = form->findChild<QMessageBox*>()) && ask->isVisible());
        QTest::keyClick(ask, Qt::Key_Return); // Discard is the default
        QTRY_VERIFY(!open);
        QCOMPARE(session.exported(), before);
        QCOMPARE(session.editor->undoStack()->count(), 0);
    }

    void aMonthTypedAsSuchIsSavedAsItsFirstDay()
    {
        test::EditorSession session;
        auto* form = qobject_cast<MeetingForm*>(session.editor->newRecord(RecordKind::Meeting));
        test::typeText(form->titleField(), QStringLiteral("Working-level consultations"));
        test::retype(form->startField(), QStringLiteral("2023-05"));
        QCOMPARE(form->endField()->text(), QStringLiteral("2023-05"));
        form->precisionBox()->setFocus();
        QTest::keyClick(form->precisionBox(), Qt::Key_Down); // Day to Month
        QVERIFY(form->precisionBox()->precision() == Precision::Month);
        test::retype(form->hostBox()->lineEdit(), QStringLiteral("US"));
        QPointer<MeetingForm> open(form);
        QTest::keyClick(form->titleField(), Qt::Key_Return);
        QTRY_VERIFY(!open);
        const auto saved = session.store->meeting("working-level-consultations-2023-05-01");
        QVERIFY(saved);
        QVERIFY(saved->precision == Precision::Month);
        QCOMPARE(saved->start, Date(2023, 5, 1));
    }
};

QTEST_MAIN(TestMeetingForm)
#include "tst_meetingform.moc"
