#include "tests/ui/UiTestData.h"

#include "ui/panels/MeetingsTable.h"
#include "ui/panels/MeetingsTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace parley;
using parley::ui::MeetingsTable;
using parley::ui::MeetingsTableModel;
using parley::ui::SnapshotPtr;
using parley::ui::TimelineSnapshot;

namespace {

// The meeting ids in the order the view shows them.
QStringList shownIds(const QTableView* view)
{
    QStringList ids;
    const auto* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(MeetingsTableModel::IdRole).toString();
    return ids;
}

} // namespace

class TestMeetingsTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store = test::testStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }

    void theModelPassesTheTester()
    {
        MeetingsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot);
        QCOMPARE(static_cast<size_t>(model.rowCount()), m_snapshot->meetings.size());
        QCOMPARE(model.columnCount(), int(MeetingsTableModel::ColumnCount));
        Filter filter;
        filter.setCountries({"JP"});
        model.setSnapshot(TimelineSnapshot::build(*m_store, filter));
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void theTableShowsEveryMeeting()
    {
        MeetingsTable table;
        QAbstractItemModelTester tester(table.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setSnapshot(m_snapshot);
        QCOMPARE(static_cast<size_t>(table.view()->model()->rowCount()),
                 m_snapshot->meetings.size());
        const auto* model = table.model();
        const int row = model->rowOf("blinken-wang-yi-jakarta-2023-07");
        QCOMPARE(model->index(row, MeetingsTableModel::DateColumn).data().toString(),
                 QStringLiteral("July 2023"));
        QCOMPARE(model->index(row, MeetingsTableModel::ParticipantsColumn).data().toString(),
                 QStringLiteral("Antony Blinken, Wang Yi"));
        QCOMPARE(model->headerData(MeetingsTableModel::DateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Date"));
    }

    void sortingByDateIsChronological()
    {
        MeetingsTable table;
        table.setSnapshot(m_snapshot);
        auto* view = table.view();
        view->sortByColumn(MeetingsTableModel::TitleColumn, Qt::AscendingOrder);
        view->sortByColumn(MeetingsTableModel::DateColumn, Qt::AscendingOrder);
        const QStringList ids = shownIds(view);
        for (int row = 1; row < ids.size(); ++row) {
            const auto* before = m_snapshot->meeting(ids[row - 1].toStdString());
            const auto* after = m_snapshot->meeting(ids[row].toStdString());
            QVERIFY2(before->start <= after->start, qPrintable(ids[row - 1] + u" / " + ids[row]));
        }
        // A month-precision meeting sorts by its start: July 2023 comes after
        // June's meetings and before mid-July's, whatever its text says.
        const auto jakarta = ids.indexOf(QStringLiteral("blinken-wang-yi-jakarta-2023-07"));
        QVERIFY(jakarta > ids.indexOf(QStringLiteral("blinken-beijing-2023-06-18")));
        view->sortByColumn(MeetingsTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(shownIds(view).first(), QString::fromStdString(m_snapshot->meetings.back().id));
    }

    void setSelectedMeetingSelectsWithoutEmitting()
    {
        MeetingsTable table;
        table.setSnapshot(m_snapshot);
        QSignalSpy spy(&table, &MeetingsTable::meetingActivated);
        const QString id = QStringLiteral("sullivan-wang-yi-vienna-2023-05-10");
        table.setSelectedMeeting(id);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(table.selectedMeeting(), id);
        const auto rows = table.view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(MeetingsTableModel::IdRole).toString(), id);
        table.setSelectedMeeting(QStringLiteral("no-such-meeting"));
        QVERIFY(table.selectedMeeting().isEmpty());
        QCOMPARE(spy.count(), 0);
    }

    void selectingARowEmitsItsId()
    {
        MeetingsTable table;
        table.resize(900, 400);
        table.setSnapshot(m_snapshot);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QSignalSpy spy(&table, &MeetingsTable::meetingActivated);
        auto* view = table.view();
        const QModelIndex third = view->model()->index(2, MeetingsTableModel::TitleColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toString(), third.data(MeetingsTableModel::IdRole).toString());
        // The keyboard moves the selection too.
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toString(),
                 view->model()->index(3, 0).data(MeetingsTableModel::IdRole).toString());
    }

    void selectionSurvivesASnapshotThatStillHoldsIt()
    {
        MeetingsTable table;
        table.setSnapshot(m_snapshot);
        const QString id = QStringLiteral("sullivan-wang-yi-vienna-2023-05-10");
        table.setSelectedMeeting(id);
        QSignalSpy spy(&table, &MeetingsTable::meetingActivated);
        Filter withAustria;
        withAustria.setCountries({"AT"});
        table.setSnapshot(TimelineSnapshot::build(*m_store, withAustria));
        QCOMPARE(table.selectedMeeting(), id);
        Filter withJapan;
        withJapan.setCountries({"JP"});
        table.setSnapshot(TimelineSnapshot::build(*m_store, withJapan));
        QVERIFY(table.selectedMeeting().isEmpty());
        QCOMPARE(spy.count(), 0);
    }

private:
    std::shared_ptr<Store> m_store;
    SnapshotPtr m_snapshot;
};

QTEST_MAIN(TestMeetingsTable)
#include "tst_meetingstable.moc"
