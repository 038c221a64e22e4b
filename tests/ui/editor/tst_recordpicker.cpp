// The pickers as a user works them: any part of a name, native name or alias
// finds a record in the completer's popup, Enter takes the first, the picked
// ones are listed and leave the popup, Delete takes one out, and a name that
// finds nothing can be made a new record.
#include "tests/ui/editor/EditorTest.h"

#include "ui/editor/ChoiceBox.h"
#include "ui/editor/RecordCatalog.h"
#include "ui/model/TimelineSnapshot.h"

#include <QListWidget>

using namespace parley;
using namespace parley::ui;

class TestRecordPicker : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<Store> m_store = test::testStore();
    std::shared_ptr<RecordCatalog> m_catalog = RecordCatalog::load(*m_store);

    std::unique_ptr<RecordPicker> officialsPicker()
    {
        auto picker = std::make_unique<RecordPicker>(m_catalog, RecordKind::Official);
        picker->resize(400, 200);
        picker->show();
        picker->activateWindow();
        [[maybe_unused]] const bool active = QTest::qWaitForWindowActive(picker.get());
        picker->searchField()->setFocus();
        return picker;
    }

    static QStringList popupRows(const RecordPicker& picker)
    {
        QStringList rows;
        const auto* model = picker.completer()->popup()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0).data().toString();
        return rows;
    }

private slots:
    void typingAnyPartOfANameOffersTheOfficial()
    {
        auto picker = officialsPicker();
        QVERIFY(test::pickFromPopup(picker.get(), QStringLiteral("wang yi"),
                                    QStringLiteral("Wang Yi")));
        QCOMPARE(picker->ids(), std::vector<std::string>{"wang-yi"});
        QCOMPARE(picker->pickedList()->count(), 1);
        QCOMPARE(picker->pickedList()->item(0)->text(), QStringLiteral("Wang Yi"));
        QVERIFY(picker->searchField()->text().isEmpty());
        // Case and the middle of the name do not matter; aliases count.
        test::typeText(picker->searchField(), QStringLiteral("BLINK"));
        QVERIFY(
            popupRows(*picker).join(QLatin1Char('|')).contains(QStringLiteral("Antony Blinken")));
        picker->searchField()->clear();
        test::typeText(picker->searchField(), QStringLiteral("tony b"));
        QVERIFY(popupRows(*picker).value(0).startsWith(QStringLiteral("Antony Blinken")));
    }

    void aNativeNameCommittedByAnInputMethodFindsTheOfficial()
    {
        auto picker = officialsPicker();
        test::commitText(picker->searchField(), QStringLiteral("王毅"));
        QCOMPARE(picker->searchField()->text(), QStringLiteral("王毅"));
        QAbstractItemView* popup = picker->completer()->popup();
        QVERIFY(QTest::qWaitFor([&] { return popup->isVisible(); }, 2000));
        QVERIFY2(popupRows(*picker).value(0).startsWith(QStringLiteral("Wang Yi")),
                 qPrintable(popupRows(*picker).join(QLatin1Char('|'))));
        // Enter takes the first row.
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(picker->ids(), std::vector<std::string>{"wang-yi"});
    }

    void accentsAndWidthDoNotMatter()
    {
        QCOMPARE(searchKey(QStringLiteral("Zoë Ferrer-Núñez")), QStringLiteral("zoe ferrer-nunez"));
        QCOMPARE(searchKey(QStringLiteral("ＷＡＮＧ")), QStringLiteral("wang"));
    }

    void plainNamesFoldTheirCase()
    {
        QCOMPARE(searchKey(QStringLiteral("Wang Yi-2")), QStringLiteral("wang yi-2"));
    }

    void theDataShownOffersWhatTheStoreHolds()
    {
        const auto shown = TimelineSnapshot::build(*m_store, Filter());
        const auto held = RecordCatalog::load(*m_store, shown->reference.get());
        for (const auto kind : {RecordKind::Country, RecordKind::Source, RecordKind::Topic,
                                RecordKind::Official, RecordKind::Measure}) {
            const auto& read = m_catalog->choices(kind);
            const auto& kept = held->choices(kind);
            QVERIFY(!read.empty());
            QCOMPARE(kept.size(), read.size());
            for (std::size_t at = 0; at < read.size(); ++at) {
                QCOMPARE(kept[at].id, read[at].id);
                QCOMPARE(kept[at].label, read[at].label);
                QCOMPARE(kept[at].detail, read[at].detail);
                QCOMPARE(kept[at].search, read[at].search);
            }
        }
    }

    void enterWithThePopupClosedTakesTheFirstMatchAndDoesNotSave()
    {
        auto picker = officialsPicker();
        test::typeText(picker->searchField(), QStringLiteral("xi jin"));
        picker->completer()->popup()->hide();
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(picker->searchField(), &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(picker->ids(), std::vector<std::string>{"xi-jinping"});
    }

    void pickedOnesLeaveThePopupAndDeleteRemovesThem()
    {
        auto picker = officialsPicker();
        QVERIFY(
            test::pickFromPopup(picker.get(), QStringLiteral("wang"), QStringLiteral("Wang Yi")));
        test::typeText(picker->searchField(), QStringLiteral("wang"));
        QVERIFY(!popupRows(*picker).join(QLatin1Char('|')).contains(QStringLiteral("Wang Yi ")));
        picker->searchField()->clear();
        QVERIFY(test::pickFromPopup(picker.get(), QStringLiteral("yellen"),
                                    QStringLiteral("Janet Yellen")));
        QCOMPARE(picker->ids(), (std::vector<std::string>{"wang-yi", "janet-yellen"}));

        QSignalSpy changed(picker.get(), &RecordPicker::changed);
        picker->pickedList()->setFocus();
        picker->pickedList()->setCurrentRow(0);
        QTest::keyClick(picker->pickedList(), Qt::Key_Delete);
        QCOMPARE(picker->ids(), std::vector<std::string>{"janet-yellen"});
        QCOMPARE(changed.count(), 1);
        QTest::keyClick(picker->pickedList(), Qt::Key_Backspace);
        QVERIFY(picker->ids().empty());
        QVERIFY(picker->searchField()->hasFocus());
    }

    void aNameThatFindsNothingCanBecomeANewRecord()
    {
        auto picker = officialsPicker();
        picker->setCreateText(QStringLiteral("New official “%1”…"));
        QSignalSpy create(picker.get(), &RecordPicker::createRequested);
        test::typeText(picker->searchField(), QStringLiteral("Zhao Lijian"));
        QCOMPARE(popupRows(*picker), QStringList{QStringLiteral("New official “Zhao Lijian”…")});
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
        QCOMPARE(create.count(), 1);
        QCOMPARE(create.first().first().toString(), QStringLiteral("Zhao Lijian"));
        QVERIFY(picker->ids().empty());
        // Until it is made, the text is pending: the form will not drop it.
        QCOMPARE(picker->pendingText(), QStringLiteral("Zhao Lijian"));
    }

    void aChoiceBoxCompletesOnAnyPartOfTheNameOrTheCode()
    {
        ChoiceBox box(m_catalog, RecordKind::Country);
        box.show();
        box.lineEdit()->clear();
        test::typeText(box.lineEdit(), QStringLiteral("hina"));
        QAbstractItemView* popup = box.completer()->popup();
        QVERIFY(QTest::qWaitFor([&] { return popup->isVisible(); }, 2000));
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("China (CN)"));
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(box.id(), std::string("CN"));
        box.lineEdit()->setText(QStringLiteral("jp"));
        QCOMPARE(box.id(), std::string("JP"));
        box.lineEdit()->setText(QStringLiteral("Atlantis"));
        QCOMPARE(box.id(), std::string("Atlantis")); // the form says it is no country
    }
};

QTEST_MAIN(TestRecordPicker)
#include "tst_recordpicker.moc"
