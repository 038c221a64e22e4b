// The forms of officials (several offices at once), measures, topics,
// countries and sources, each saved and read back through the export.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/CountryForm.h"
#include "ui/editor/DateField.h"
#include "ui/editor/MeasureForm.h"
#include "ui/editor/OfficialForm.h"
#include "ui/editor/PositionsTable.h"
#include "ui/editor/SourceForm.h"
#include "ui/editor/TopicForm.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace parley;
using namespace parley::ui;

namespace {

// Types TEXT into a cell of the offices as a user does: the cell's editor,
// then Enter, which ends the edit and does not save the form.
void typeInCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setCurrentCell(row, column);
    const QModelIndex index = table->model()->index(row, column);
    if (!table->indexWidget(index)) // Add Office opens its title's editor itself
        table->editItem(table->item(row, column));
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(index));
    QVERIFY(editor);
    editor->selectAll();
    test::typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

bool save(RecordForm* form)
{
    QPointer<RecordForm> open(form);
    QTest::keyClick(form, Qt::Key_Return);
    return QTest::qWaitFor([&] { return !open; }, 2000);
}

} // namespace

class TestOtherForms : public QObject {
    Q_OBJECT
private slots:
    void anOfficialCanHoldTwoOfficesAtOnce()
    {
        test::EditorSession session;
        const auto before = session.exported();
        session.editor->newOfficialAction()->trigger();
        auto* form = test::waitForDialog<OfficialForm>(*session.editor);
        QVERIFY(form);
        test::typeText(form->nameField(), QStringLiteral("Ding Xuexiang"));
        test::typeText(form->nativeNameField(), QStringLiteral("丁薛祥"));
        test::typeText(form->aliasesField(), QStringLiteral("Ding Hsueh-hsiang"));
        test::retype(form->countryBox()->lineEdit(), QStringLiteral("China"));
        QTableWidget* table = form->positionsTable()->table();
        const std::pair<QString, QString> offices[] = {
            {QStringLiteral("Vice Premier"), QStringLiteral("State Council")},
            {QStringLiteral("Member of the Politburo Standing Committee"),
             QStringLiteral("Communist Party of China")},
        };
        for (int row = 0; row < 2; ++row) {
            form->positionsTable()->addButton()->click();
            QCOMPARE(table->rowCount(), row + 1);
            typeInCell(table, row, PositionsTable::TitleColumn, offices[row].first);
            typeInCell(table, row, PositionsTable::OrganizationColumn, offices[row].second);
            typeInCell(table, row, PositionsTable::StartColumn,
                       row == 0 ? QStringLiteral("2023-03-12") : QStringLiteral("2022-10-23"));
            QVERIFY(form->isVisible()); // Enter in a cell ends the edit, not the form
        }
        QVERIFY2(form->problems().empty(), qPrintable(test::firstProblem(form)));
        QVERIFY(save(form));
        const auto official = session.store->official("ding-xuexiang");
        QVERIFY(official);
        QCOMPARE(official->nativeName, std::optional<std::string>("丁薛祥"));
        QCOMPARE(official->aliases, std::vector<std::string>{"Ding Hsueh-hsiang"});
        QCOMPARE(official->positions.size(), std::size_t(2));
        // Both held on one day.
        const Date day(2024, 1, 1);
        QVERIFY(official->positions[0].heldOn(day) && official->positions[1].heldOn(day));
        QCOMPARE(session.editor->undoAction()->text(), QStringLiteral("&Undo Add “Ding Xuexiang”"));
        session.editor->undoAction()->trigger();
        QCOMPARE(session.exported(), before);
    }

    void anOfficeEndingBeforeItStartsIsToldByItsRow()
    {
        test::EditorSession session;
        auto* form = qobject_cast<OfficialForm*>(
            session.editor->editRecord(RecordKind::Official, QStringLiteral("wang-yi")));
        QVERIFY(form);
        QTableWidget* table = form->positionsTable()->table();
        QCOMPARE(table->rowCount(), 3);
        typeInCell(table, 1, PositionsTable::EndColumn, QStringLiteral("2001-01-01"));
        QVERIFY2(test::problemsOf(form, "positions")
                     .startsWith(QStringLiteral("Office 2, end: 2001-01-01 is before the start")),
                 qPrintable(test::problemsOf(form, "positions")));
        typeInCell(table, 2, PositionsTable::StartColumn, QStringLiteral("soon"));
        QVERIFY(test::problemsOf(form, "positions")
                    .contains(QStringLiteral("Office 3, start: \"soon\" is not a valid date")));
        // Removing the office removes its problem.
        table->setCurrentCell(2, 0);
        form->positionsTable()->removeButton()->click();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!test::problemsOf(form, "positions").contains(QStringLiteral("Office 3")));
    }

    void aMeasureIsSavedWithItsTargetsAndDate()
    {
        test::EditorSession session;
        session.editor->newMeasureAction()->trigger();
        auto* form = test::waitForDialog<MeasureForm>(*session.editor);
        QVERIFY(form);
        test::typeText(form->titleField(), QStringLiteral("Gallium export licences"));
        form->kindBox()->setCurrentIndex(
            form->kindBox()->findData(QStringLiteral("export-control")));
        test::retype(form->imposedByBox()->lineEdit(), QStringLiteral("CN"));
        QVERIFY(test::pickFromPopup(form->targetsPicker(), QStringLiteral("united"),
                                    QStringLiteral("United States")));
        test::retype(form->announcedField(), QStringLiteral("2023-07-03"));
        QVERIFY(test::pickFromPopup(form->topicsPicker(), QStringLiteral("critical"),
                                    QStringLiteral("Critical minerals")));
        QVERIFY(save(form));
        const auto measure = session.store->measure("gallium-export-licences-2023");
        QVERIFY(measure);
        QCOMPARE(measure->kind, std::string("export-control"));
        QCOMPARE(measure->imposedBy, std::string("CN"));
        QCOMPARE(measure->targets, std::vector<std::string>{"US"});
        QCOMPARE(measure->announced, Date(2023, 7, 3));
        QCOMPARE(measure->topics, std::vector<std::string>{"critical-minerals"});
    }

    void aTopicIsRenamedAndMovedKeepingItsLinks()
    {
        test::EditorSession session;
        Filter onTariffs;
        onTariffs.setTopics({"tariffs"});
        const auto linked = session.store->meetings(onTariffs).size();
        QVERIFY(linked > 0);
        auto* form = qobject_cast<TopicForm*>(
            session.editor->editRecord(RecordKind::Topic, QStringLiteral("tariffs")));
        QVERIFY(form);
        test::retype(form->nameField(), QStringLiteral("Tariffs and duties"));
        test::retype(form->parentBox()->lineEdit(), QStringLiteral("Economy"));
        QVERIFY(save(form));
        const auto topics = session.store->topics();
        const auto tariffs = std::ranges::find(topics, std::string("tariffs"), &Topic::id);
        QCOMPARE(tariffs->name, std::string("Tariffs and duties"));
        QCOMPARE(tariffs->parent, std::optional<std::string>("economy"));
        QCOMPARE(session.store->meetings(onTariffs).size(), linked);
        // Back to the top of the tree: "none".
        form = qobject_cast<TopicForm*>(
            session.editor->editRecord(RecordKind::Topic, QStringLiteral("tariffs")));
        form->parentBox()->setCurrentIndex(0);
        QVERIFY(save(form));
        const auto moved = session.store->topics();
        QVERIFY(!std::ranges::find(moved, std::string("tariffs"), &Topic::id)->parent);
    }

    void aCountryCodeIsCheckedAndCannotBeTakenTwice()
    {
        test::EditorSession session;
        auto* form = qobject_cast<CountryForm*>(session.editor->newRecord(RecordKind::Country));
        QVERIFY(form);
        test::typeText(form->codeField(), QStringLiteral("cn"));
        QCOMPARE(form->codeField()->text(), QStringLiteral("CN"));
        QCOMPARE(test::problemsOf(form, "code"), QStringLiteral("\"CN\" is already China"));
        test::retype(form->codeField(),
                     QStringLiteral("Viet Nam")); // a bloc code is 2-8 letters, no space
        QVERIFY(test::problemsOf(form, "code").contains(QStringLiteral("is not a country code")));
        test::retype(form->codeField(), QStringLiteral("VN"));
        test::typeText(form->nameField(), QStringLiteral("Vietnam"));
        QVERIFY(save(form));
        const auto countries = session.store->countries();
        QVERIFY(std::ranges::find(countries, std::string("VN"), &Country::code) != countries.end());
        // An existing country's code stays: records name it.
        auto* edit = qobject_cast<CountryForm*>(
            session.editor->editRecord(RecordKind::Country, QStringLiteral("VN")));
        QVERIFY(edit->codeField()->isReadOnly());
    }

    void aSourceNeedsAWebAddress()
    {
        test::EditorSession session;
        auto* form = qobject_cast<SourceForm*>(
            session.editor->newRecord(RecordKind::Source, QStringLiteral("Readout")));
        QVERIFY(form);
        QCOMPARE(form->titleField()->text(), QStringLiteral("Readout"));
        test::typeText(form->publisherField(), QStringLiteral("Xinhua"));
        test::typeText(form->urlField(), QStringLiteral("www.example.cn"));
        QCOMPARE(test::problemsOf(form, "url"),
                 QStringLiteral("\"www.example.cn\" is not an http:// or https:// URL"));
        test::retype(form->urlField(), QStringLiteral("https://www.example.cn/readout"));
        test::retype(form->publishedField(), QStringLiteral("2023-08-28"));
        QVERIFY(save(form));
        const auto sources = session.store->sources({"xinhua-readout"});
        QCOMPARE(sources.size(), std::size_t(1));
        QCOMPARE(sources.front().url, std::optional<std::string>("https://www.example.cn/readout"));
    }

    void anAliasTwiceIsTold()
    {
        test::EditorSession session;
        auto* form = qobject_cast<OfficialForm*>(
            session.editor->editRecord(RecordKind::Official, QStringLiteral("antony-blinken")));
        form->aliasesField()->setFocus();
        form->aliasesField()->moveCursor(QTextCursor::End);
        QTest::keyClick(form->aliasesField(), Qt::Key_Return);
        test::typeText(form->aliasesField(), QStringLiteral("Tony Blinken"));
        QCOMPARE(test::problemsOf(form, "aliases"),
                 QStringLiteral("\"Tony Blinken\" is listed twice"));
    }
};

QTEST_MAIN(TestOtherForms)
#include "tst_otherforms.moc"
