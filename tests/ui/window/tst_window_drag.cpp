// Dragging the selected meeting on the timeline as a user does it, with the
// mouse: by its end it lasts longer; into another country's lane it gets that
// host; a meeting known only to its month moves by whole months; in lanes of
// officials a drag across lanes changes only the dates. Each drag is one undo
// step, and the database is read back after each.
#include "tests/ui/editor/EditorTest.h"

#include "tests/ui/window/WindowTest.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QStandardPaths>
#include <QToolTip>
#include <QUndoStack>

using namespace parley;
using namespace parley::ui;

namespace {

const QString kBali = QStringLiteral("biden-xi-bali-2022-11-14");
const QString kJakarta = QStringLiteral("blinken-wang-yi-jakarta-2023-07");

// A press at FROM, a move past the drag distance, a move to TO, a release.
void drag(QWidget* widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, from + QPoint(from.x() < to.x() ? 8 : -8, 0));
    QTest::mouseMove(widget, to);
}

} // namespace

class TestWindowDrag : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
    TimelineView* m_timeline = nullptr;

    std::optional<Meeting> stored(const QString& id) const
    {
        return Store::open(m_file.toStdString(), Store::Access::ReadOnly).meeting(id.toStdString());
    }

    QUndoStack* undoStack() const { return m_window->editor()->undoStack(); }

    // Selects the meeting, once the views show the database as it is, and
    // shows the days around it.
    QRect show(const QString& id, Period range)
    {
        if (!m_window->waitUntilIdle(10000))
            return {};
        m_window->model()->setSelectedMeeting(id);
        m_timeline->setVisibleRange(range);
        return m_timeline->meetingRect(id);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_file = m_dir.filePath(QStringLiteral("drag.parley"));
        Store::create(m_file.toStdString())
            .import(readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")));
        m_window = test::openTestWindow(m_file);
        QVERIFY(m_window);
        m_timeline = m_window->findChild<TimelineView*>();
        QVERIFY(m_timeline);
        QCOMPARE(m_timeline->grouping(), Grouping::Country);
    }

    void theEndMakesItLastLonger()
    {
        const QRect bar = show(kBali, Period(Date(2022, 11, 7), Date(2022, 11, 21)));
        QVERIFY(bar.width() > 20); // one day of fourteen across the lanes
        const int before = undoStack()->count();
        const QPoint end(bar.right() - 1, bar.center().y());
        drag(m_timeline, end, end + QPoint(2 * bar.width(), 0));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("14–16 November 2022")),
                 qPrintable(QToolTip::text()));
        QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, end + QPoint(2 * bar.width(), 0));
        QCOMPARE(undoStack()->count(), before + 1);
        QCOMPARE(stored(kBali)->start, Date(2022, 11, 14));
        QCOMPARE(stored(kBali)->end, Date(2022, 11, 16));
        QCOMPARE(stored(kBali)->host, std::string("ID"));

        // Dragged back past its first day, it ends on its first day.
        const QRect longer = show(kBali, Period(Date(2022, 11, 7), Date(2022, 11, 21)));
        QVERIFY(longer.width() > 2 * bar.width()); // three days
        const QPoint longerEnd(longer.right() - 1, longer.center().y());
        drag(m_timeline, longerEnd, longerEnd - QPoint(6 * bar.width(), 0));
        QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, longerEnd - QPoint(6 * bar.width(), 0));
        QCOMPARE(stored(kBali)->end, Date(2022, 11, 14));
        undoStack()->undo();
        undoStack()->undo();
        QCOMPARE(stored(kBali)->end, Date(2022, 11, 14));
        QCOMPARE(undoStack()->count(), before + 2);
    }

    void anotherCountrysLaneMakesItTheHost()
    {
        const QRect bar = show(kBali, Period(Date(2022, 11, 7), Date(2022, 11, 21)));
        const QRect japan = m_timeline->laneRect(QStringLiteral("JP"));
        QVERIFY(!japan.isEmpty());
        const QPoint to(bar.center().x() + bar.width(), japan.center().y());
        drag(m_timeline, bar.center(), to);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Hosted by Japan")),
                 qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("15 November 2022")));
        QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, to);
        QCOMPARE(stored(kBali)->host, std::string("JP"));
        QCOMPARE(stored(kBali)->start, Date(2022, 11, 15));
        QVERIFY2(undoStack()->text(undoStack()->index() - 1).contains(QStringLiteral("Japan")),
                 qPrintable(undoStack()->text(undoStack()->index() - 1)));
        undoStack()->undo();
        QCOMPARE(stored(kBali)->host, std::string("ID"));
        QCOMPARE(stored(kBali)->start, Date(2022, 11, 14));
    }

    void aMonthsMeetingMovesByMonths()
    {
        const QRect month = show(kJakarta, Period(Date(2023, 6, 1), Date(2023, 9, 1)));
        QVERIFY(month.width() > 100); // a month of three
        // Forty days to the right is a month later; the host stays.
        const QPoint from = month.center();
        const QPoint to = from + QPoint(month.width() * 40 / 31, 0);
        drag(m_timeline, from, to);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("August 2023")),
                 qPrintable(QToolTip::text()));
        QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, to);
        QCOMPARE(stored(kJakarta)->start, Date(2023, 8, 1));
        QVERIFY(stored(kJakarta)->precision == Precision::Month);
        QCOMPARE(stored(kJakarta)->host, std::string("ID"));
        undoStack()->undo();
        QCOMPARE(stored(kJakarta)->start, Date(2023, 7, 1));
    }

    void lanesOfOfficialsChangeOnlyTheDates()
    {
        m_window->findChild<QAction*>(QStringLiteral("groupByOfficial"))->trigger();
        QTRY_COMPARE(m_timeline->grouping(), Grouping::Official);
        const QRect bar = show(kBali, Period(Date(2022, 11, 7), Date(2022, 11, 21)));
        const QRect other = m_timeline->laneRect(QStringLiteral("wang-yi"));
        QVERIFY(!other.isEmpty());
        const QPoint to(bar.center().x() + bar.width(), other.center().y());
        drag(m_timeline, bar.center(), to);
        QVERIFY(!QToolTip::text().contains(QStringLiteral("Hosted by")));
        QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, to);
        QCOMPARE(stored(kBali)->start, Date(2022, 11, 15));
        QCOMPARE(stored(kBali)->host, std::string("ID"));
        undoStack()->undo();
        m_window->findChild<QAction*>(QStringLiteral("groupByCountry"))->trigger();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestWindowDrag)
#include "tst_window_drag.moc"
