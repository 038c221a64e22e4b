// The timeline by keyboard and for assistive technology: keys zoom around the
// pointer or the selection, the focus shows when it came by keys, the
// selection is announced as it moves, and measures are selected like meetings.
#include "ui/timeline/TimelineView.h"

#include "tests/ui/UiTestData.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace parley;
using namespace parley::ui;

namespace {

// How much the pixels around RECT differ between two images.
int difference(const QImage& a, const QImage& b, const QRect& rect)
{
    int sum = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            sum += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) +
                   std::abs(p.blue() - q.blue());
        }
    }
    return sum;
}

const QString kMicronBan = QStringLiteral("cn-micron-ban-2023");

} // namespace

class TestTimelineKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_sample = TimelineSnapshot::build(*test::sampleStore(), Filter()); }
    void init();
    void cleanup() { m_view.reset(); }
    void plusAndMinusZoomAroundThePointer();
    void keysZoomAroundTheSelectionAndKeepItInView();
    void focusByKeysShowsARing();
    void theSelectionIsAnnounced();
    void measuresAreSelectedLikeMeetings();
    void arrowsWalkMeasuresFromAMeasure();

private:
    SnapshotPtr m_sample;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineKeys::init()
{
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1000, 600);
    m_view->setToday(Date(2023, 6, 1));
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setSnapshot(m_sample);
}

void TestTimelineKeys::plusAndMinusZoomAroundThePointer()
{
    const QPoint pointer(800, 200);
    QTest::mouseMove(m_view.get(), pointer);
    const Date under = m_view->dateAt(pointer);
    const Period all = m_view->visibleRange();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->visibleRange().length() < all.length());
    QVERIFY(std::abs((m_view->dateAt(pointer) - under).days()) <= 1);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QVERIFY(m_view->visibleRange().length() > all.length());
    QVERIFY(std::abs((m_view->dateAt(pointer) - under).days()) <= 2);

    // With the pointer gone and nothing selected, around the middle.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(m_view.get(), &leave);
    const Period before = m_view->visibleRange();
    m_view->zoomIn();
    const Period after = m_view->visibleRange();
    const auto middle = [](Period range) {
        return range.begin() + range.length() / 2;
    };
    QVERIFY(std::abs((middle(after) - middle(before)).days()) <= 2);
}

void TestTimelineKeys::keysZoomAroundTheSelectionAndKeepItInView()
{
    const QString vienna = QStringLiteral("sullivan-wang-yi-2023-05-10");
    m_view->setVisibleRange(Period(Date(2022, 11, 1), Date(2023, 12, 1)));
    m_view->setSelectedMeeting(vienna);
    const int x = m_view->meetingRect(vienna).center().x();
    for (int i = 0; i < 4; ++i) {
        m_view->zoomIn();
        QVERIFY(std::abs(m_view->meetingRect(vienna).center().x() - x) <= 2);
    }

    // Around the pointer, far right of the selection: it stays in view.
    const QString g7 = QStringLiteral("g7-hiroshima-summit-2023-05-19");
    m_view->setVisibleRange(Period(Date(2023, 1, 1), Date(2024, 1, 1)));
    m_view->setSelectedMeeting(g7);
    const QPoint pointer(980, 200);
    QTest::mouseMove(m_view.get(), pointer);
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        const QRect marker = m_view->meetingRect(g7);
        QVERIFY2(m_view->rect().contains(marker.center()), qPrintable(QString::number(i)));
        QVERIFY(m_view->dateAt(marker.center()) < m_view->dateAt(pointer));
    }
    QVERIFY(m_view->visibleRange().length().days() < 60);
}

void TestTimelineKeys::focusByKeysShowsARing()
{
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    const auto ringed = [&] {
        const QImage image = m_view->grab().toImage();
        return image.pixelColor(1, m_view->height() / 2) == highlight &&
               image.pixelColor(m_view->width() - 2, 1) == highlight;
    };
    m_view->clearFocus();
    QVERIFY(!ringed());
    m_view->setFocus(Qt::TabFocusReason);
    QVERIFY(m_view->hasFocus());
    QVERIFY(ringed());
    m_view->clearFocus();
    QVERIFY(!ringed());

    // A click gives the focus without a ring, until a key is used.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(500, 500));
    QVERIFY(m_view->hasFocus());
    QVERIFY(!ringed());
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(ringed());
}

void TestTimelineKeys::theSelectionIsAnnounced()
{
    QAccessibleInterface* timeline = QAccessible::queryAccessibleInterface(m_view.get());
    QVERIFY(timeline);
    QCOMPARE(timeline->role(), QAccessible::Chart);
    QCOMPARE(timeline->text(QAccessible::Name), QStringLiteral("Timeline"));
    QVERIFY(!timeline->text(QAccessible::Description).isEmpty());
    const QString range = timeline->text(QAccessible::Value);
    QVERIFY2(range.contains(QString::number(m_view->visibleRange().begin().year())),
             qPrintable(range));
    const int widgets = timeline->childCount();

    m_view->clearFocus();
    m_view->setFocus(Qt::TabFocusReason);
    m_view->setSelectedMeeting(QStringLiteral("g7-hiroshima-summit-2023-05-19"));
    QTest::keyClick(m_view.get(), Qt::Key_Right);

    // The selection is the timeline's focused child: title, date and place.
    QCOMPARE(timeline->childCount(), widgets + 1);
    QAccessibleInterface* item = timeline->focusChild();
    QVERIFY(item);
    QCOMPARE(timeline->indexOfChild(item), widgets);
    QCOMPARE(item->role(), QAccessible::ListItem);
    QVERIFY(item->state().focused && item->state().selected);
    const QString name = item->text(QAccessible::Name);
    QVERIFY2(name.contains(QStringLiteral("Raimondo")), qPrintable(name));
    QVERIFY2(name.contains(QStringLiteral("25 May 2023")), qPrintable(name));
    QVERIFY2(name.contains(QStringLiteral("Washington")), qPrintable(name));
    const QRect onScreen = item->rect().translated(-m_view->mapToGlobal(QPoint(0, 0)));
    QCOMPARE(onScreen.center(), m_view->meetingRect(m_view->selectedMeeting()).center());

    // Without the focus, the timeline has no focused child.
    m_view->clearFocus();
    QVERIFY(!item->state().focused);
    QVERIFY(timeline->focusChild() != item);
}

void TestTimelineKeys::measuresAreSelectedLikeMeetings()
{
    const Measure* ban = m_sample->measure(kMicronBan.toStdString());
    QVERIFY(ban);
    m_view->setSelectedMeeting(QStringLiteral("g7-hiroshima-summit-2023-05-19"));
    m_view->setVisibleRange(Period(Date(2010, 1, 1), Date(2011, 1, 1)));

    // Brought into view, drawn selected, and the meeting no longer is.
    m_view->setSelectedMeasure(kMicronBan);
    QCOMPARE(m_view->selectedMeasure(), kMicronBan);
    QCOMPARE(m_view->selectedMeeting(), QString());
    QVERIFY(m_view->visibleRange().contains(ban->announced));
    const QRect marker = m_view->measureRect(kMicronBan);
    QVERIFY(m_view->rect().contains(marker.center()));
    const QImage selected = m_view->grab().toImage();
    m_view->setSelectedMeasure(QString());
    const QImage plain = m_view->grab().toImage();
    QVERIFY(difference(selected, plain, marker.adjusted(-4, -4, 4, 4)) > 500);

    // A click selects a measure as it selects a meeting.
    QSignalSpy activated(m_view.get(), &TimelineView::measureActivated);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, marker.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), kMicronBan);
    QCOMPARE(m_view->selectedMeasure(), kMicronBan);

    // Selecting a meeting lets the measure go.
    m_view->setSelectedMeeting(QStringLiteral("g7-hiroshima-summit-2023-05-19"));
    QCOMPARE(m_view->selectedMeasure(), QString());
}

void TestTimelineKeys::arrowsWalkMeasuresFromAMeasure()
{
    QSignalSpy measures(m_view.get(), &TimelineView::measureActivated);
    QSignalSpy meetings(m_view.get(), &TimelineView::meetingActivated);
    m_view->setSelectedMeasure(kMicronBan);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(measures.count(), 1);
    QCOMPARE(measures.at(0).at(0).toString(), QStringLiteral("us-outbound-investment-review-2023"));
    QCOMPARE(m_view->selectedMeasure(), QStringLiteral("us-outbound-investment-review-2023"));
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->selectedMeasure(), kMicronBan);
    // The last measure: Right stays on it.
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->selectedMeasure(), kMicronBan);
    QCOMPARE(meetings.count(), 0);

    // Next Meeting goes to the first meeting on or after the measure's day.
    m_view->selectNextMeeting();
    QCOMPARE(meetings.count(), 1);
    QCOMPARE(meetings.at(0).at(0).toString(), QStringLiteral("raimondo-wang-wentao-2023-05-25"));
    QCOMPARE(m_view->selectedMeasure(), QString());
}

QTEST_MAIN(TestTimelineKeys)
#include "tst_timelinekeys.moc"
