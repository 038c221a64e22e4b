// The timeline's lanes: their order, their headers' width and the rows
// their items' titles take.
#include "ui/timeline/TimelineHitTest.h"
#include "ui/timeline/TimelineLayout.h"

#include "tests/ui/UiTestData.h"

#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <map>

using namespace parley;
using namespace parley::ui;
using Item = TimelineLayout::Item;
using ItemKind = TimelineLayout::ItemKind;

namespace {

Meeting meeting(const std::string& id, Date day)
{
    Meeting meeting;
    meeting.id = id;
    meeting.title = id;
    meeting.start = meeting.end = day;
    meeting.host = "US";
    meeting.kind = "bilateral";
    return meeting;
}

} // namespace

class TestLanes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_store = test::testStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }
    void lanesGoByActivityThenName_data();
    void lanesGoByActivityThenName();
    void headersAreAsWideWithMeasuresHidden();
    void titlesGetTheRowsTheyNeed();

private:
    std::shared_ptr<Store> m_store;
    SnapshotPtr m_snapshot;
};

void TestLanes::lanesGoByActivityThenName_data()
{
    QTest::addColumn<Grouping>("grouping");
    QTest::newRow("country") << Grouping::Country;
    QTest::newRow("official") << Grouping::Official;
    QTest::newRow("topic") << Grouping::Topic;
}

void TestLanes::lanesGoByActivityThenName()
{
    QFETCH(Grouping, grouping);
    Filter china;
    china.setCountries({"CN"});
    // Counted in the snapshot shown, whatever the whole database holds.
    for (const auto& snapshot :
         {m_snapshot, TimelineSnapshot::build(*m_store, china, m_snapshot->reference)}) {
        const auto layout = TimelineLayout::build(*snapshot, grouping, false);
        const auto& lanes = layout.lanes();
        QVERIFY(lanes.size() > 3);
        for (std::size_t i = 0; i + 1 < lanes.size(); ++i) {
            const auto& a = lanes[i];
            const auto& b = lanes[i + 1];
            const QByteArray where = a.name.toUtf8() + " before " + b.name.toUtf8();
            QVERIFY2(!a.key.empty(), where.constData()); // "none" comes last
            if (b.key.empty())
                continue;
            QVERIFY2(a.count >= b.count, where.constData());
            if (a.count == b.count)
                QVERIFY2(a.name.localeAwareCompare(b.name) < 0, where.constData());
        }
    }
}

void TestLanes::headersAreAsWideWithMeasuresHidden()
{
    // "Measures · United States" is the widest name while measures are shown.
    const QFontMetricsF font{QFont()};
    const auto shown = TimelineLayout::build(*m_snapshot, Grouping::Country, true);
    const auto hidden = TimelineLayout::build(*m_snapshot, Grouping::Country, false);
    QCOMPARE(std::ranges::count(hidden.lanes(), ItemKind::Measure, &TimelineLayout::Lane::kind), 0);
    QCOMPARE(TimelineMetrics::forFont(font, &hidden).headerWidth,
             TimelineMetrics::forFont(font, &shown).headerWidth);
}

void TestLanes::titlesGetTheRowsTheyNeed()
{
    // A year of one lane: five meetings in three weeks of March, seven more
    // a month or more apart, each title as long as three months.
    std::vector<Meeting> meetings;
    for (int i = 0; i < 5; ++i) {
        const Date day = Date(2023, 3, 1) + boost::gregorian::days(4L * i);
        meetings.push_back(meeting("march-" + std::to_string(i), day));
    }
    for (int month = 5; month <= 11; ++month)
        meetings.push_back(meeting("month-" + std::to_string(month),
                                   Date(2023, static_cast<unsigned short>(month), 10)));
    const auto snapshot = test::snapshotOf(std::move(meetings));
    const double titleDays = 90;
    const double markerDays = 3;
    const auto layout = TimelineLayout::build(
        *snapshot, Grouping::Country, false, [&](std::string_view) { return titleDays; },
        markerDays);
    QCOMPARE(layout.lanes().size(), std::size_t(1));
    QVERIFY(layout.lanes().front().rows <= 6);
    // Every title has its room: no item of its row starts before it ends.
    std::map<int, double> titleEnds;
    for (const Item& item : layout.laneItems(0)) {
        const auto end = titleEnds.find(item.row);
        if (end != titleEnds.end())
            QVERIFY2(item.start >= end->second, qPrintable(QString::number(item.index)));
        titleEnds[item.row] = std::max<double>(item.end, item.start + markerDays) + titleDays;
    }
}

QTEST_MAIN(TestLanes)
#include "tst_lanes.moc"
