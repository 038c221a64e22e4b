// The New since last open panel: what it says, what it lists, what opens,
// and when "Mark all seen" can be pressed.
#include "tests/ui/UiTestData.h"

#include "ui/panels/NewSinceLastOpenPanel.h"
#include "ui/panels/SinceSeenModel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace parley;
using namespace parley::ui;

class TestNewSincePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void listsAndOpensEachKindOfRecord()
    {
        const auto store = test::testStore();
        const auto snapshot = TimelineSnapshot::build(*store, Filter());
        SinceSeen changes;
        changes.meetings = {{"raimondo-wang-wentao-washington-2023-05-25", false},
                            {"anchorage-talks-2021-03-18", true}};
        changes.officials = {{"wang-yi", true}};
        changes.measures = {{"cn-micron-ban-2023", false}};

        NewSinceLastOpenPanel panel;
        panel.setChanges(changes, snapshot->reference, false, {});
        QCOMPARE(panel.status(),
                 QStringLiteral("New or changed since you last marked this database seen: "
                                "2 meetings, 1 official and 1 measure."));
        QAbstractItemModel* model = panel.view()->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, SinceSeenModel::WhatColumn).data().toString(),
                 QStringLiteral("Raimondo–Wang Wentao talks"));
        QCOMPARE(model->index(0, SinceSeenModel::WhenColumn).data().toString(),
                 QStringLiteral("25 May 2023"));
        QCOMPARE(model->index(0, SinceSeenModel::StatusColumn).data().toString(),
                 QStringLiteral("New"));
        QCOMPARE(model->index(1, SinceSeenModel::StatusColumn).data().toString(),
                 QStringLiteral("Changed"));
        QCOMPARE(model->index(2, SinceSeenModel::WhatColumn).data().toString(),
                 QStringLiteral("Wang Yi"));
        QCOMPARE(model->index(3, SinceSeenModel::KindColumn).data().toString(),
                 QStringLiteral("Measure"));

        QSignalSpy meetings(&panel, &NewSinceLastOpenPanel::meetingActivated);
        QSignalSpy officials(&panel, &NewSinceLastOpenPanel::officialActivated);
        QSignalSpy measures(&panel, &NewSinceLastOpenPanel::measureActivated);
        panel.show();
        for (int row = 0; row < 4; ++row) {
            panel.view()->setFocus();
            panel.view()->setCurrentIndex(model->index(row, SinceSeenModel::WhatColumn));
            QTest::keyClick(panel.view(), Qt::Key_Return);
        }
        QCOMPARE(meetings.count(), 2);
        QCOMPARE(officials.last().at(0).toString(), QStringLiteral("wang-yi"));
        QCOMPARE(measures.last().at(0).toString(), QStringLiteral("cn-micron-ban-2023"));

        QSignalSpy marked(&panel, &NewSinceLastOpenPanel::markAllSeenRequested);
        QVERIFY(panel.markAllSeenButton()->isEnabled());
        panel.markAllSeenButton()->click();
        QCOMPARE(marked.count(), 1);
    }

    void saysWhenItIsBusyOrHasNothingOrCannotRemember()
    {
        NewSinceLastOpenPanel panel;
        panel.setChanges({}, nullptr, true, {});
        QVERIFY(panel.status().contains(QStringLiteral("Comparing")));
        QVERIFY(!panel.markAllSeenButton()->isEnabled());
        panel.setChanges({}, nullptr, false, QStringLiteral("cannot write /x"));
        QVERIFY(panel.status().contains(QStringLiteral("Nothing is new")));
        QVERIFY(panel.status().contains(
            QStringLiteral("cannot remember what you have seen: cannot write /x")));
        QVERIFY(!panel.markAllSeenButton()->isEnabled());
    }
};

QTEST_MAIN(TestNewSincePanel)
#include "tst_newsincepanel.moc"
