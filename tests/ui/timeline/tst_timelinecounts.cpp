// The timeline's lanes of counts: what a click, a double-click and a hover do
// on them, and what they say of themselves.
#include "ui/timeline/TimelineView.h"

#include "tests/ui/UiTestData.h"
#include "tests/ui/timeline/TimelineTesting.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace parley;
using namespace parley::ui;

class TestTimelineCounts : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_view.reset(); }
    void denseLanesBecomeClusters();
    void countBarsSayWhatTheyCount();
    void theSelectionShowsInItsBar();

private:
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineCounts::init()
{
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1000, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

namespace {

// Thousands of calls in one lane over a year: far more than one per pixel.
SnapshotPtr denseYear()
{
    std::vector<Meeting> meetings;
    for (int i = 0; i < 5000; ++i) {
        Meeting meeting;
        meeting.id = "m" + std::to_string(i);
        meeting.title = meeting.id;
        meeting.start = meeting.end = Date(2020, 1, 1) + boost::gregorian::days(i % 366);
        meeting.host = "US";
        meeting.kind = i % 5 == 0 ? "visit" : "call";
        meetings.push_back(meeting);
    }
    return test::snapshotOf(std::move(meetings));
}

} // namespace

void TestTimelineCounts::denseLanesBecomeClusters()
{
    m_view->setSnapshot(denseYear());
    const Period year(Date(2020, 1, 1), Date(2021, 1, 1));
    m_view->setVisibleRange(year);
    QSignalSpy activated(m_view.get(), &TimelineView::meetingActivated);
    const QPoint bar = m_view->meetingRect(QStringLiteral("m100")).center();
    const Date under = m_view->dateAt(bar);

    // A click on counts selects the first meeting they count, and stays.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, bar);
    QCOMPARE(m_view->visibleRange(), year);
    QCOMPARE(activated.count(), 1);
    const auto* first =
        m_view->snapshot()->meeting(activated.takeFirst().at(0).toString().toStdString());
    QVERIFY(first);
    QVERIFY(std::abs((first->start - under).days()) <= 3);
    QCOMPARE(m_view->selectedMeeting(), QString::fromStdString(first->id));

    // A double-click zooms into them, around the point.
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, bar);
    QVERIFY(m_view->visibleRange().length().days() < 366 / 3);
    QCOMPARE(m_view->dateAt(bar), under);
}

void TestTimelineCounts::countBarsSayWhatTheyCount()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_view->setSnapshot(denseYear());
    m_view->setVisibleRange(Period(Date(2020, 1, 1), Date(2021, 1, 1)));
    const QPoint bar = m_view->meetingRect(QStringLiteral("m100")).center();
    QHelpEvent help(QEvent::ToolTip, bar, m_view->mapToGlobal(bar));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QToolTip::hideText();
    // How many, over which days, of which kinds, and what a double-click does.
    QVERIFY2(tip.contains(QStringLiteral(" meetings")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2020")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Call: ")) && tip.contains(QStringLiteral("Visit: ")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("double-click")), qPrintable(tip));

    // The lane says what its tallest bar stands for, and counts in thousands.
    const QStringList texts = test::drawnTexts(*m_view);
    QVERIFY2(texts.contains(QStringLiteral("5,000")), qPrintable(texts.join(u'|')));
    const QString all = texts.join(u' ');
    QVERIFY2(all.contains(QStringLiteral("bars of a day: up to ")) ||
                 all.contains(QStringLiteral("bars of 2 days: up to ")),
             qPrintable(all));
    QLocale::setDefault(QLocale::c());
}

void TestTimelineCounts::theSelectionShowsInItsBar()
{
    m_view->setSnapshot(denseYear());
    m_view->setVisibleRange(Period(Date(2020, 1, 1), Date(2021, 1, 1)));
    const int x = m_view->meetingRect(QStringLiteral("m100")).center().x();
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    // Pixels of the selection's colour in the columns around the meeting's day.
    const auto highlighted = [&] {
        const QImage image = m_view->grab().toImage();
        int count = 0;
        for (int column = x - 3; column <= x + 3; ++column) {
            for (int y = 0; y < image.height(); ++y)
                count += image.pixelColor(column, y) == highlight ? 1 : 0;
        }
        return count;
    };
    QCOMPARE(highlighted(), 0);
    m_view->setSelectedMeeting(QStringLiteral("m100"));
    QVERIFY(highlighted() > 10);
}

QTEST_MAIN(TestTimelineCounts)
#include "tst_timelinecounts.moc"
