// The What followed panel as a user reads it: a measure's meetings with
// their lags, a meeting's measures, two countries' measures and
// countermeasures, and how far around to look.
#include "tests/ui/UiTestData.h"

#include "ui/panels/MeetingRowsModel.h"
#include "ui/panels/WhatFollowedPanel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace parley;
using namespace parley::ui;

class TestWhatFollowed : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<Store> m_store;
    SnapshotPtr m_snapshot;

    std::unique_ptr<WhatFollowedPanel> shownPanel() const
    {
        auto panel = std::make_unique<WhatFollowedPanel>();
        panel->setSnapshot(m_snapshot);
        panel->resize(600, 700);
        panel->show();
        return panel;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_store = test::testStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }

    void aMeasureListsTheMeetingsAroundItByLag()
    {
        const auto panel = shownPanel();
        QCOMPARE(panel->days(), 30);
        panel->showMeasure("cn-micron-ban-2023");
        const QString text = panel->text();
        QVERIFY2(text.contains(QStringLiteral("China on United States, announced 21 May 2023")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Meetings of both sides within 30 days: 4")));
        auto* model = panel->meetingsView()->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, MeetingRowsModel::LagColumn).data().toString(),
                 QStringLiteral("−11 days"));
        QCOMPARE(model->index(1, MeetingRowsModel::LagColumn).data().toString(),
                 QStringLiteral("+4 days"));
        QCOMPARE(model->index(1, MeetingRowsModel::TitleColumn).data().toString(),
                 QStringLiteral("Raimondo–Wang Wentao talks"));

        QSignalSpy opened(panel.get(), &WhatFollowedPanel::meetingActivated);
        panel->meetingsView()->setFocus();
        panel->meetingsView()->setCurrentIndex(model->index(1, MeetingRowsModel::TitleColumn));
        QTest::keyClick(panel->meetingsView(), Qt::Key_Return);
        QCOMPARE(opened.last().at(0).toString(),
                 QStringLiteral("raimondo-wang-wentao-washington-2023-05-25"));

        // Fewer days, fewer meetings; kept for the next session.
        panel->daysBox()->setValue(5);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(QSettings().value(QStringLiteral("whatFollowed/days")).toInt(), 5);
        panel->daysBox()->setValue(30);
    }

    void aMeasureShowsTheMeasureItAnswered()
    {
        const auto panel = shownPanel();
        panel->showMeasure("cn-counter-sanctions-2020");
        QTreeWidget* pairs = panel->pairsList();
        QCOMPARE(pairs->topLevelItemCount(), 1);
        QCOMPARE(
            pairs->topLevelItem(0)->text(0),
            QStringLiteral("US sanctions on Hong Kong and mainland officials (7 August 2020)"));
        QCOMPARE(pairs->topLevelItem(0)->text(2), QStringLiteral("+3 days"));
        QSignalSpy opened(panel.get(), &WhatFollowedPanel::measureActivated);
        emit pairs->itemActivated(pairs->topLevelItem(0), 0);
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("us-hong-kong-sanctions-2020"));
        emit pairs->itemActivated(pairs->topLevelItem(0), 1);
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("cn-counter-sanctions-2020"));
    }

    void aMeasureWithoutTargetsSaysWhyNothingIsListed()
    {
        const auto panel = shownPanel();
        panel->showMeasure("cn-gallium-germanium-controls-2023");
        QVERIFY(panel->text().contains(QStringLiteral("names no target country")));
        QCOMPARE(panel->meetingsView()->model()->rowCount(), 0);
    }

    void aMeetingListsTheMeasuresOfItsCountries()
    {
        const auto panel = shownPanel();
        panel->showMeeting("raimondo-wang-wentao-washington-2023-05-25");
        QTreeWidget* measures = panel->measuresList();
        QVERIFY(measures->isVisibleTo(panel.get()));
        QCOMPARE(measures->topLevelItemCount(), 1);
        QCOMPARE(measures->topLevelItem(0)->text(0), QStringLiteral("−4 days"));
        QCOMPARE(measures->topLevelItem(0)->text(3), QStringLiteral("China on United States"));
        QSignalSpy opened(panel.get(), &WhatFollowedPanel::measureActivated);
        emit measures->itemActivated(measures->topLevelItem(0), 2);
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("cn-micron-ban-2023"));
    }

    void twoCountriesListTheirMeasuresAndAnswers()
    {
        const auto panel = shownPanel();
        panel->showCountries("EU", "CN");
        QVERIFY(
            panel->text().contains(QStringLiteral("Measures between European Union and China")));
        QCOMPARE(panel->pairsList()->topLevelItemCount(), 1);
        QCOMPARE(panel->pairsList()->topLevelItem(0)->text(2), QStringLiteral("the same day"));
    }

    void aHiddenPanelWaitsUntilShown()
    {
        WhatFollowedPanel panel;
        panel.setSnapshot(m_snapshot);
        panel.showMeasure("cn-micron-ban-2023");
        QCOMPARE(panel.meetingsView()->model()->rowCount(), 0);
        panel.show();
        QCOMPARE(panel.meetingsView()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestWhatFollowed)
#include "tst_whatfollowed.moc"
