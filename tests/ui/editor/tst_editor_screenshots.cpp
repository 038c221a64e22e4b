// The forms as people see them, rendered to PNG files in the build folder
// (docs/edit-meeting.png and docs/edit-official.png are copies): the meeting
// form, the official form with two offices held at once, the delete question.
// Each must render at a readable size with every field in view.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/DateField.h"
#include "ui/editor/DeleteDialog.h"
#include "ui/editor/MeetingForm.h"
#include "ui/editor/OfficialForm.h"
#include "ui/editor/PositionsTable.h"

#include <QDir>
#include <QTableWidget>

using namespace parley;
using namespace parley::ui;

namespace {

bool shoot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(PARLEY_SCREENSHOT_DIR));
    QTest::qWait(50);
    const QPixmap shot = widget->grab();
    return !shot.isNull() && shot.width() >= 300 &&
           shot.save(QStringLiteral(PARLEY_SCREENSHOT_DIR "/") + name);
}

} // namespace

class TestEditorScreenshots : public QObject {
    Q_OBJECT
private slots:
    void theMeetingForm()
    {
        test::EditorSession session;
        auto* form = session.editor->editRecord(RecordKind::Meeting,
                                                QStringLiteral("raimondo-beijing-2023-08-28"));
        auto* meeting = qobject_cast<MeetingForm*>(form);
        QVERIFY(meeting);
        meeting->endField()->setText(QStringLiteral("2023-08-20"));
        emit meeting->endField()->textEdited(meeting->endField()->text());
        test::typeText(meeting->participantsPicker()->searchField(), QStringLiteral("wang"));
        QVERIFY(shoot(form, QStringLiteral("edit-meeting.png")));
    }

    void theOfficialFormWithTwoOfficesAtOnce()
    {
        test::EditorSession session;
        auto* form = qobject_cast<OfficialForm*>(
            session.editor->editRecord(RecordKind::Official, QStringLiteral("wang-yi")));
        QVERIFY(form);
        // Wang Yi's last two offices overlap.
        QVERIFY(form->positionsTable()->table()->rowCount() >= 2);
        QVERIFY(shoot(form, QStringLiteral("edit-official.png")));
    }

    void theDeleteQuestion()
    {
        test::EditorSession session;
        auto* ask = session.editor->deleteRecord(RecordKind::Official, QStringLiteral("wang-yi"));
        QVERIFY(ask);
        QVERIFY(shoot(ask, QStringLiteral("delete-official.png")));
    }
};

QTEST_MAIN(TestEditorScreenshots)
#include "tst_editor_screenshots.moc"
