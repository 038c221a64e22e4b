#include "ui/timeline/OverviewStrip.h"
#include "ui/timeline/TimelineView.h"

#include "db/interchange/DatasetJson.h"
#include "db/model/DatasetCheck.h"
#include "db/store/Store.h"
#include "tests/ui/UiTestData.h"
#include "tests/ui/timeline/TimelineTesting.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace parley;
using namespace parley::ui;

namespace {

SnapshotPtr snapshotOf(const std::string& relative)
{
    const char* root = std::getenv("PARLEY_SOURCE_DIR");
    auto store = Store::inMemory();
    const auto data = readDatasetFile(std::string(root ? root : ".") + "/" + relative);
    checkDataset(data, relative);
    store.import(data);
    return TimelineSnapshot::build(store, Filter());
}

void wheel(QWidget* widget, QPoint pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

Period periodArgument(const QSignalSpy& spy, int index)
{
    // Period has no default constructor, so QVariant::value() cannot make one.
    const QVariant argument = spy.at(index).at(0);
    return *static_cast<const Period*>(argument.constData());
}

// Pixels in colour: the kinds' hues, where backgrounds, grid and text are grey.
int colouredPixels(const QImage& image, const QRect& area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += image.pixelColor(x, y).hslSaturation() > 60 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_view.reset(); }
    void clickActivatesTheMeeting();
    void arrowsMoveTheSelectionInDateOrder();
    void ctrlWheelZoomsAroundTheCursor();
    void keysZoomAndFit();
    void setVisibleRangeEmits();
    void keepsTheRangeForANewSnapshot();
    void laneHeaderActivatesTheOfficial();
    void rendersLanes();
    void highlightDimsOthers();
    void hoverExplainsTheMeeting();
    void measuresHidingKeepsTheTimeAxis();
    void fitAllLeavesRoomForTheLastTitle();
    void aYearOfALaneShowsEveryTitle();
    void legendNamesEveryKind();
    void highlightNeverOutlivesItsOfficial();
    void overviewWindowPansAndZooms();

private:
    SnapshotPtr m_sample;
    SnapshotPtr m_test;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::initTestCase()
{
    m_sample = snapshotOf("resources/sample/us-china-2023.json");
    m_test = snapshotOf("tests/data/us-china-2017-2024.json");
}

void TestTimelineView::init()
{
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1000, 600);
    m_view->setToday(Date(2023, 6, 1));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setSnapshot(m_sample);
}

void TestTimelineView::clickActivatesTheMeeting()
{
    m_view->setVisibleRange(Period(Date(2023, 4, 1), Date(2023, 7, 1)));
    QSignalSpy activated(m_view.get(), &TimelineView::meetingActivated);
    const QString id = QStringLiteral("sullivan-wang-yi-2023-05-10");
    const QRect rect = m_view->meetingRect(id);
    QVERIFY(!rect.isEmpty());
    QVERIFY(m_view->rect().contains(rect.center()));
    // The marker sits at the meeting's days.
    const Date day = m_view->dateAt(rect.center());
    QVERIFY(Date(2023, 5, 9) <= day && day <= Date(2023, 5, 12));

    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), id);
    QCOMPARE(m_view->selectedMeeting(), id);

    // Empty space activates nothing.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(rect.center().x(), 590));
    QCOMPARE(activated.count(), 0);
}

void TestTimelineView::arrowsMoveTheSelectionInDateOrder()
{
    QSignalSpy activated(m_view.get(), &TimelineView::meetingActivated);
    m_view->setSelectedMeeting(QStringLiteral("g7-hiroshima-summit-2023-05-19"));
    QCOMPARE(activated.count(), 0); // setting the selection is not activating it
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(activated.takeFirst().at(0).toString(),
             QStringLiteral("raimondo-wang-wentao-2023-05-25"));
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(activated.takeLast().at(0).toString(), QStringLiteral("sullivan-wang-yi-2023-05-10"));

    // The next meeting is brought into view.
    m_view->setVisibleRange(Period(Date(2021, 2, 1), Date(2021, 4, 1)));
    m_view->setSelectedMeeting(QStringLiteral("anchorage-talks-2021-03"));
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->selectedMeeting(), QStringLiteral("sullivan-wang-yi-2023-05-10"));
    QVERIFY(m_view->visibleRange().contains(Date(2023, 5, 10)));
}

void TestTimelineView::ctrlWheelZoomsAroundTheCursor()
{
    QSignalSpy changed(m_view.get(), &TimelineView::visibleRangeChanged);
    const QPoint pos(700, 300);
    const Period before = m_view->visibleRange();
    const Date under = m_view->dateAt(pos);
    wheel(m_view.get(), pos, 120, Qt::ControlModifier);
    const Period after = m_view->visibleRange();
    QVERIFY(after.length() < before.length());
    QCOMPARE(m_view->dateAt(pos), under);
    QCOMPARE(changed.count(), 1);

    // A plain wheel scrolls lanes, not time.
    wheel(m_view.get(), pos, -120, Qt::NoModifier);
    QCOMPARE(m_view->visibleRange(), after);
    // Shift pans.
    wheel(m_view.get(), pos, -120, Qt::ShiftModifier);
    QVERIFY(m_view->visibleRange().begin() > after.begin());
    QCOMPARE(m_view->visibleRange().length(), after.length());
}

void TestTimelineView::keysZoomAndFit()
{
    const Period all = m_view->visibleRange();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->visibleRange().length() < all.length());
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QVERIFY(m_view->visibleRange().length() > all.length());
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->visibleRange(), all);
    QVERIFY(all.contains(Date(2021, 3, 1)) && all.contains(Date(2023, 5, 26)));
}

void TestTimelineView::setVisibleRangeEmits()
{
    QSignalSpy changed(m_view.get(), &TimelineView::visibleRangeChanged);
    const Period range(Date(2023, 1, 1), Date(2023, 7, 1));
    m_view->setVisibleRange(range);
    QCOMPARE(m_view->visibleRange(), range);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).metaType(), QMetaType::fromType<Period>());
    QCOMPARE(periodArgument(changed, 0), range);
}

void TestTimelineView::keepsTheRangeForANewSnapshot()
{
    const Period range(Date(2023, 4, 1), Date(2023, 6, 1));
    m_view->setVisibleRange(range);
    m_view->setSnapshot(m_test);
    QCOMPARE(m_view->visibleRange(), range);
}

void TestTimelineView::laneHeaderActivatesTheOfficial()
{
    QSignalSpy activated(m_view.get(), &TimelineView::officialActivated);
    m_view->setGrouping(Grouping::Official);
    const QRect marker = m_view->meetingRect(QStringLiteral("g7-hiroshima-summit-2023-05-19"));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(10, marker.center().y()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("joe-biden"));
}

void TestTimelineView::rendersLanes()
{
    m_view->setToday(Date(1990, 1, 1)); // its line is in colour too
    m_view->setSnapshot(m_test);
    m_view->fitAll();
    const QImage image = m_view->grab().toImage();
    const QRect marker = m_view->meetingRect(QStringLiteral("anchorage-talks-2021-03-18"));
    QVERIFY(image.pixelColor(marker.center()).hslSaturation() > 60);
    const QRect laneArea(marker.left(), marker.top(), m_view->width() - marker.left(),
                         m_view->height() - marker.top());
    QVERIFY(colouredPixels(image, laneArea) > 500);
    // Nothing in colour in the lane headers (the key to the colours is under them).
    QCOMPARE(colouredPixels(image, QRect(0, 0, 100, m_view->height() / 2)), 0);
}

void TestTimelineView::highlightDimsOthers()
{
    m_view->setVisibleRange(Period(Date(2023, 5, 1), Date(2023, 6, 1)));
    const QRect marker = m_view->meetingRect(QStringLiteral("g7-hiroshima-summit-2023-05-19"));
    const QColor normal = m_view->grab().toImage().pixelColor(marker.center());
    m_view->setHighlightedOfficial(QStringLiteral("joe-biden"));
    QCOMPARE(m_view->grab().toImage().pixelColor(marker.center()), normal);
    m_view->setHighlightedOfficial(QStringLiteral("katherine-tai"));
    const QColor dimmed = m_view->grab().toImage().pixelColor(marker.center());
    const QColor base = m_view->palette().color(QPalette::Base);
    const auto distance = [&](const QColor& c) {
        return std::abs(c.red() - base.red()) + std::abs(c.green() - base.green()) +
               std::abs(c.blue() - base.blue());
    };
    QVERIFY(distance(dimmed) < distance(normal) / 2);
}

void TestTimelineView::hoverExplainsTheMeeting()
{
    const QRect rect = m_view->meetingRect(QStringLiteral("sullivan-wang-yi-2023-05-10"));
    QHelpEvent help(QEvent::ToolTip, rect.center(), m_view->mapToGlobal(rect.center()));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("Sullivan")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("10–11 May 2023")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Vienna")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Jake Sullivan")) &&
                 text.contains(QStringLiteral("Wang Yi")),
             qPrintable(text));
    QToolTip::hideText();
}

void TestTimelineView::measuresHidingKeepsTheTimeAxis()
{
    const QPoint point(600, 300);
    const Date before = m_view->dateAt(point);
    QVERIFY(test::drawnTexts(*m_view).contains(QStringLiteral("Measures · United States")));
    m_view->setShowMeasures(false);
    QCOMPARE(m_view->dateAt(point), before);
    m_view->setShowMeasures(true);
    QCOMPARE(m_view->dateAt(point), before);
}

void TestTimelineView::fitAllLeavesRoomForTheLastTitle()
{
    m_view->setSnapshot(m_test);
    m_view->setGrouping(Grouping::Official);
    m_view->fitAll();
    const QStringList texts = test::drawnTexts(*m_view);
    // The last meeting's title, whole, and the year it is in.
    QVERIFY2(texts.contains(QStringLiteral("Biden–Xi meeting in Lima")),
             qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("2024")));
    QVERIFY(m_view->visibleRange().contains(Date(2017, 2, 9)));
}

void TestTimelineView::aYearOfALaneShowsEveryTitle()
{
    // Twelve meetings of a year in one lane, five of them in three weeks.
    std::vector<Meeting> meetings;
    QStringList titles;
    for (int i = 0; i < 12; ++i) {
        const Meeting meeting = test::bilateralOn(
            "meeting-" + std::to_string(i), "Trade talks, round " + std::to_string(i + 1),
            i < 5 ? Date(2023, 3, 1) + boost::gregorian::days(4L * i)
                  : Date(2023, static_cast<unsigned short>(i), 10));
        titles << QString::fromStdString(meeting.title);
        meetings.push_back(meeting);
    }
    m_view->setSnapshot(test::snapshotOf(std::move(meetings)));
    m_view->setVisibleRange(Period(Date(2023, 1, 1), Date(2024, 2, 1)));
    const QStringList texts = test::drawnTexts(*m_view);
    for (const QString& title : titles)
        QVERIFY2(texts.contains(title), qPrintable(title));
}

void TestTimelineView::legendNamesEveryKind()
{
    const QStringList meetings = {QStringLiteral("Bilateral"), QStringLiteral("Multilateral"),
                                  QStringLiteral("Summit"), QStringLiteral("Call"),
                                  QStringLiteral("Visit")};
    const QStringList measures = {QStringLiteral("Sanction"), QStringLiteral("Export control"),
                                  QStringLiteral("Tariff")};
    QStringList texts = test::drawnTexts(*m_view);
    for (const QString& kind : meetings + measures)
        QVERIFY2(texts.contains(kind), qPrintable(kind));
    m_view->setShowMeasures(false);
    texts = test::drawnTexts(*m_view);
    for (const QString& kind : meetings)
        QVERIFY2(texts.contains(kind), qPrintable(kind));
    for (const QString& kind : measures)
        QVERIFY2(!texts.contains(kind), qPrintable(kind));
}

void TestTimelineView::highlightNeverOutlivesItsOfficial()
{
    QSignalSpy changed(m_view.get(), &TimelineView::highlightedOfficialChanged);
    m_view->setHighlightedOfficial(QStringLiteral("joe-biden"));
    QCOMPARE(changed.count(), 1);
    // Kept while the window keeps it: across regroupings and filters.
    m_view->setGrouping(Grouping::Official);
    m_view->setSnapshot(m_test);
    QCOMPARE(m_view->highlightedOfficial(), QStringLiteral("joe-biden"));
    m_view->setHighlightedOfficial(QString());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), QString());

    // Another database without the official: the view lets it go, and says so.
    m_view->setHighlightedOfficial(QStringLiteral("joe-biden"));
    Meeting other;
    other.id = "elsewhere";
    other.title = "Elsewhere";
    other.start = other.end = Date(2023, 1, 1);
    other.host = "US";
    other.kind = "visit";
    m_view->setSnapshot(test::snapshotOf({other}));
    QCOMPARE(m_view->highlightedOfficial(), QString());
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.at(3).at(0).toString(), QString());
}

void TestTimelineView::overviewWindowPansAndZooms()
{
    OverviewStrip strip;
    strip.resize(1000, strip.sizeHint().height());
    QVERIFY(strip.height() <= strip.fontMetrics().height() * 3);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    strip.setSnapshot(m_test);
    const Period range(Date(2020, 1, 1), Date(2021, 1, 1));
    QSignalSpy requested(&strip, &OverviewStrip::rangeRequested);
    strip.setVisibleRange(range);
    QCOMPARE(requested.count(), 0);

    // The window is where the range is: find its middle by the span of the data.
    const double first = static_cast<double>(Date(2017, 2, 9).day_number());
    const double last = static_cast<double>(Date(2024, 11, 17).day_number());
    const double middle = static_cast<double>(Date(2020, 7, 1).day_number());
    const int x = static_cast<int>(strip.width() * (middle - first) / (last - first));
    const int y = strip.height() / 2;
    QTest::mousePress(&strip, Qt::LeftButton, {}, QPoint(x, y));
    QTest::mouseMove(&strip, QPoint(x + 50, y));
    QTest::mouseRelease(&strip, Qt::LeftButton, {}, QPoint(x + 50, y));
    QVERIFY(requested.count() >= 1);
    const Period moved = periodArgument(requested, requested.count() - 1);
    QVERIFY(moved.begin() > range.begin());
    QVERIFY(std::abs(moved.length().days() - range.length().days()) <= 1);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
