#include "ui/timeline/EverythingLayout.h"
#include "ui/timeline/TimelineHitTest.h"
#include "ui/timeline/TimelineLayout.h"
#include "ui/timeline/TitleWidths.h"

#include "db/interchange/DatasetJson.h"
#include "db/model/DatasetCheck.h"
#include "db/store/Store.h"
#include "tests/ui/UiTestData.h"

#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <set>

using namespace parley;
using namespace parley::ui;
using Item = TimelineLayout::Item;
using ItemKind = TimelineLayout::ItemKind;

namespace {

SnapshotPtr testSnapshot()
{
    const char* root = std::getenv("PARLEY_SOURCE_DIR");
    auto store = Store::inMemory();
    const auto data =
        readDatasetFile(std::string(root ? root : ".") + "/tests/data/us-china-2017-2024.json");
    checkDataset(data, "test data");
    store.import(data);
    return TimelineSnapshot::build(store, Filter());
}

// The keys of the lanes a meeting appears in, each as often as it appears.
std::multiset<std::string> lanesOf(const TimelineLayout& layout, const TimelineSnapshot& snapshot,
                                   const std::string& meetingId)
{
    const int index = snapshot.meetings.rowOf(meetingId);
    std::multiset<std::string> keys;
    for (const Item& item : layout.items()) {
        if (item.kind == ItemKind::Meeting && item.index == index)
            keys.insert(layout.lanes()[static_cast<std::size_t>(item.lane)].key);
    }
    return keys;
}

Meeting meeting(const std::string& id, Date start, Date end)
{
    Meeting meeting;
    meeting.id = id;
    meeting.title = id;
    meeting.start = start;
    meeting.end = end;
    meeting.host = "US";
    meeting.kind = "bilateral";
    return meeting;
}

const Item& itemOf(const TimelineLayout& layout, int meetingIndex)
{
    return layout.items()[static_cast<std::size_t>(layout.firstItemOfMeeting(meetingIndex))];
}

} // namespace

class TestTimelineLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_snapshot = testSnapshot(); }
    void byCountryShowsHostAndParticipantCountriesOnce();
    void byOfficialShowsEveryParticipant();
    void byTopicShowsEveryTopic();
    void lanesAreOrderedAndCounted();
    void overlappingItemsStackAndRowsAreReused();
    void aFullLaneSharesTheRowThatFreesFirst();
    void labelsTakeRoomWhenGiven();
    void spansSharingARowNeverOverwriteTitles();
    void monthPrecisionCoversTheWholeMonth();
    void measuresHaveTheirOwnLanes();
    void aLayoutInPartsIsTheSame();
    void candidatesHoldEveryVisibleItem();
    void titleWidthsAreCloseToTheShapedWidths();
    void clearingAFilterGoesBackToTheKeptLayoutOfEverything();

private:
    SnapshotPtr m_snapshot;
};

void TestTimelineLayout::byCountryShowsHostAndParticipantCountriesOnce()
{
    const auto layout = TimelineLayout::build(*m_snapshot, Grouping::Country, false);
    // A bilateral in Alaska with two officials from each side.
    QCOMPARE(lanesOf(layout, *m_snapshot, "anchorage-talks-2021-03-18"),
             (std::multiset<std::string>{"CN", "US"}));
    // Hosted in Indonesia by neither side.
    QCOMPARE(lanesOf(layout, *m_snapshot, "biden-xi-bali-2022-11-14"),
             (std::multiset<std::string>{"CN", "ID", "US"}));
    const auto& us =
        *std::ranges::find(layout.lanes(), std::string("US"), &TimelineLayout::Lane::key);
    QCOMPARE(us.name, QStringLiteral("United States"));
}

void TestTimelineLayout::byOfficialShowsEveryParticipant()
{
    const auto layout = TimelineLayout::build(*m_snapshot, Grouping::Official, false);
    QCOMPARE(
        lanesOf(layout, *m_snapshot, "anchorage-talks-2021-03-18"),
        (std::multiset<std::string>{"antony-blinken", "jake-sullivan", "wang-yi", "yang-jiechi"}));
    const auto& wang =
        *std::ranges::find(layout.lanes(), std::string("wang-yi"), &TimelineLayout::Lane::key);
    QCOMPARE(wang.name, QStringLiteral("Wang Yi"));
}

void TestTimelineLayout::byTopicShowsEveryTopic()
{
    const auto layout = TimelineLayout::build(*m_snapshot, Grouping::Topic, false);
    QCOMPARE(
        lanesOf(layout, *m_snapshot, "anchorage-talks-2021-03-18"),
        (std::multiset<std::string>{"communication-channels", "hong-kong", "taiwan", "xinjiang"}));
    const auto& taiwan =
        *std::ranges::find(layout.lanes(), std::string("taiwan"), &TimelineLayout::Lane::key);
    QCOMPARE(taiwan.name, QStringLiteral("Taiwan"));
}

void TestTimelineLayout::lanesAreOrderedAndCounted()
{
    const auto layout = TimelineLayout::build(*m_snapshot, Grouping::Country, true);
    QVERIFY(!layout.lanes().empty());
    int previous = std::numeric_limits<int>::max();
    bool measures = false;
    for (std::size_t i = 0; i < layout.lanes().size(); ++i) {
        const auto& lane = layout.lanes()[i];
        QCOMPARE(static_cast<int>(layout.laneItems(static_cast<int>(i)).size()), lane.count);
        if (lane.kind == ItemKind::Measure && !measures) {
            measures = true; // measure lanes follow all meeting lanes
            previous = std::numeric_limits<int>::max();
        }
        QVERIFY(lane.kind == (measures ? ItemKind::Measure : ItemKind::Meeting));
        QVERIFY(lane.count <= previous);
        previous = lane.count;
        const auto items = layout.laneItems(static_cast<int>(i));
        QVERIFY(std::ranges::is_sorted(items, {}, &Item::start));
        for (const Item& item : items)
            QVERIFY(item.row >= 0 && item.row < lane.rows);
    }
    QCOMPARE(layout.lanes().front().key, std::string("US"));
}

void TestTimelineLayout::overlappingItemsStackAndRowsAreReused()
{
    const auto snapshot = test::snapshotOf({meeting("a", Date(2023, 5, 1), Date(2023, 5, 10)),
                                            meeting("b", Date(2023, 5, 5), Date(2023, 5, 6)),
                                            meeting("c", Date(2023, 5, 8), Date(2023, 5, 8)),
                                            meeting("d", Date(2023, 5, 20), Date(2023, 5, 20))});
    const auto layout = TimelineLayout::build(*snapshot, Grouping::Country, false);
    QCOMPARE(layout.lanes().size(), std::size_t(1));
    QCOMPARE(layout.lanes().front().rows, 2);
    QCOMPARE(itemOf(layout, 0).row, 0);
    QCOMPARE(itemOf(layout, 1).row, 1);
    QCOMPARE(itemOf(layout, 2).row, 1); // b has ended: its row is free again
    QCOMPARE(itemOf(layout, 3).row, 0); // after the gap, the first row again
}

void TestTimelineLayout::aFullLaneSharesTheRowThatFreesFirst()
{
    // Eight meetings from 1 May fill a lane's rows, ending 20 May (row 0)
    // down to 13 May (row 7).
    std::vector<Meeting> meetings;
    meetings.reserve(10);
    for (int i = 0; i < 8; ++i)
        meetings.push_back(meeting(std::string(1, static_cast<char>('a' + i)), Date(2023, 5, 1),
                                   Date(2023, 5, static_cast<unsigned short>(20 - i))));
    meetings.push_back(meeting("i", Date(2023, 5, 2), Date(2023, 5, 2)));
    meetings.push_back(meeting("j", Date(2023, 5, 19), Date(2023, 5, 19)));
    const auto snapshot = test::snapshotOf(std::move(meetings));
    const auto layout = TimelineLayout::build(*snapshot, Grouping::Country, false);
    QCOMPARE(layout.lanes().front().rows, 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(static_cast<int>(itemOf(layout, i).row), i);
    QCOMPARE(itemOf(layout, 8).row, 7u); // no row is free: h's frees first
    QCOMPARE(itemOf(layout, 9).row, 2u); // c's row is the lowest free by the 19th
}

void TestTimelineLayout::labelsTakeRoomWhenGiven()
{
    const auto snapshot = test::snapshotOf({meeting("a", Date(2023, 5, 1), Date(2023, 5, 1)),
                                            meeting("b", Date(2023, 5, 10), Date(2023, 5, 10))});
    const auto bare = TimelineLayout::build(*snapshot, Grouping::Country, false);
    QCOMPARE(itemOf(bare, 1).row, 0);
    // a's title needs 30 days after it, so b goes below.
    const auto labelled = TimelineLayout::build(*snapshot, Grouping::Country, false,
                                                [](std::string_view) { return 30.0; });
    QCOMPARE(itemOf(labelled, 0).row, 0);
    QCOMPARE(itemOf(labelled, 1).row, 1);
}

void TestTimelineLayout::spansSharingARowNeverOverwriteTitles()
{
    // More month-long meetings than a lane has rows: some share a row, all
    // starting on the same day.
    std::vector<Meeting> meetings;
    for (int i = 0; i < 12; ++i) {
        auto m = meeting("talks-in-june-number-" + std::to_string(i), Date(2019, 6, 1),
                         Date(2019, 6, 1));
        m.precision = Precision::Month;
        meetings.push_back(m);
    }
    const auto snapshot = test::snapshotOf(std::move(meetings));
    const QFontMetricsF font{QFont()};
    const auto layout = TimelineLayout::build(*snapshot, Grouping::Country, false);
    TimelineHitTest geometry(snapshot.get(), &layout, font,
                             TimelineMetrics::forFont(font, &layout));
    TimeScale scale;
    scale.fit(Period(Date(2019, 6, 10), Date(2019, 6, 17)), 1000);
    geometry.setView(scale, QSizeF(1000 + geometry.metrics().headerWidth, 2000), 0);

    std::vector<QRectF> titles;
    geometry.placeItems(0, geometry.metrics().headerWidth, 1000, [&](const PlacedItem& placed) {
        if (!placed.label.isEmpty())
            titles.push_back(placed.labelRect);
    });
    QVERIFY(!titles.empty());
    for (std::size_t i = 0; i < titles.size(); ++i) {
        for (std::size_t j = i + 1; j < titles.size(); ++j)
            QVERIFY2(!titles[i].intersects(titles[j]), qPrintable(QString::number(i)));
    }
}

void TestTimelineLayout::monthPrecisionCoversTheWholeMonth()
{
    const auto layout = TimelineLayout::build(*m_snapshot, Grouping::Country, false);
    const auto* march = m_snapshot->meeting("beijing-trade-talks-2019-03");
    QVERIFY(march);
    const Item& item = itemOf(layout, m_snapshot->meetings.rowOf(march->id));
    QVERIFY(item.approximate);
    QCOMPARE(item.start, static_cast<int>(Date(2019, 3, 1).day_number()));
    QCOMPARE(item.end, static_cast<int>(Date(2019, 4, 1).day_number()));
    const auto* exact = m_snapshot->meeting("anchorage-talks-2021-03-18");
    const Item& two = itemOf(layout, m_snapshot->meetings.rowOf(exact->id));
    QVERIFY(!two.approximate);
    QCOMPARE(two.end - two.start, 2);
}

void TestTimelineLayout::measuresHaveTheirOwnLanes()
{
    const auto shown = TimelineLayout::build(*m_snapshot, Grouping::Official, true);
    const auto china = std::ranges::find(shown.lanes(), QStringLiteral("Measures · China"),
                                         &TimelineLayout::Lane::name);
    QVERIFY(china != shown.lanes().end());
    QCOMPARE(china->kind, ItemKind::Measure);
    QCOMPARE(china->count, static_cast<int>(std::ranges::count(
                               m_snapshot->measures, std::string("CN"), &Measure::imposedBy)));
    const auto isMeasure = [](const Item& item) {
        return item.kind == ItemKind::Measure;
    };
    const auto measureItems = std::ranges::count_if(shown.items(), isMeasure);
    QCOMPARE(measureItems, static_cast<long>(m_snapshot->measures.size()));

    const auto hidden = TimelineLayout::build(*m_snapshot, Grouping::Official, false);
    QCOMPARE(std::ranges::count_if(hidden.items(), isMeasure), 0);
    QCOMPARE(std::ranges::count(hidden.lanes(), ItemKind::Measure, &TimelineLayout::Lane::kind), 0);
}

void TestTimelineLayout::aLayoutInPartsIsTheSame()
{
    for (const Grouping grouping : {Grouping::Country, Grouping::Official, Grouping::Topic}) {
        for (const bool showMeasures : {true, false}) {
            const auto whole = TimelineLayout::build(*m_snapshot, grouping, showMeasures, {}, 0, 1);
            QVERIFY(!whole.items().empty());
            for (const std::size_t parts : {2, 3, 7})
                QVERIFY(TimelineLayout::build(*m_snapshot, grouping, showMeasures, {}, 0, parts) ==
                        whole);
        }
    }
}

void TestTimelineLayout::candidatesHoldEveryVisibleItem()
{
    const auto layout = TimelineLayout::build(*m_snapshot, Grouping::Topic, true);
    const double first = static_cast<double>(Date(2017, 1, 1).day_number());
    for (int lane = 0; lane < static_cast<int>(layout.lanes().size()); ++lane) {
        for (double from = first; from < first + 8 * 365; from += 97) {
            const double to = from + 120;
            const auto [begin, end] = layout.candidates(lane, from, to);
            for (const Item& item : layout.laneItems(lane)) {
                const int index = static_cast<int>(&item - layout.items().data());
                if (item.start < to && item.end > from)
                    QVERIFY(begin <= index && index < end);
            }
        }
    }
}

QTEST_MAIN(TestTimelineLayout)
void TestTimelineLayout::titleWidthsAreCloseToTheShapedWidths()
{
    const QFontMetricsF font{QFont()};
    TitleWidths widths(font);
    for (const QString& title :
         {QStringLiteral("Raimondo meets Wang Wentao on export controls"),
          QStringLiteral("王文涛与雷蒙多会谈"), QStringLiteral("AVA Toyota talks, Tokyo")}) {
        const double shaped = font.horizontalAdvance(title);
        QVERIFY2(std::abs(widths.of(title) - shaped) <= shaped * 0.05, qPrintable(title));
        QCOMPARE(widths.of(title), widths.of(title)); // the cache answers the same
    }
    // A combining accent does not add up per character: measured in full.
    const QString combined = QStringLiteral("Cafe\u0301 diplomacy");
    QCOMPARE(widths.of(combined), font.horizontalAdvance(combined));
    QCOMPARE(widths.of(QString()), 0.0);
    // UTF-8 titles measure as their QString does, ASCII or not.
    for (const QString& title : {QStringLiteral("Raimondo meets Wang Wentao"),
                                 QStringLiteral("王文涛与雷蒙多会谈"), combined}) {
        const QByteArray utf8 = title.toUtf8();
        QCOMPARE(
            widths.of(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))),
            widths.of(title));
    }
}

void TestTimelineLayout::clearingAFilterGoesBackToTheKeptLayoutOfEverything()
{
    const auto store = test::testStore();
    const auto everything = TimelineSnapshot::build(*store, Filter());
    Filter china;
    china.setCountries({"CN"});
    const auto filtered = TimelineSnapshot::build(*store, china, everything->reference);
    const auto again = TimelineSnapshot::build(*store, Filter(), everything->reference);
    const auto next = [](EverythingLayout& layouts, TimelineLayout&& shown, const auto& snapshot,
                         Grouping grouping = Grouping::Country) {
        return layouts.next(std::move(shown), *snapshot, grouping, true, {}, 0);
    };

    EverythingLayout layouts;
    auto shown = next(layouts, {}, everything);
    shown = next(layouts, std::move(shown), filtered);
    QCOMPARE(shown.items().size(),
             TimelineLayout::build(*filtered, Grouping::Country, true).items().size());
    QCOMPARE(layouts.built(), 2);
    shown = next(layouts, std::move(shown), again);
    QCOMPARE(layouts.built(), 2); // taken back, not laid out again
    QCOMPARE(shown.items().size(),
             TimelineLayout::build(*again, Grouping::Country, true).items().size());

    // Grouped otherwise meanwhile: laid out afresh, by the new grouping.
    shown = next(layouts, std::move(shown), filtered);
    shown = next(layouts, std::move(shown), again, Grouping::Topic);
    QCOMPARE(layouts.built(), 4);
    QCOMPARE(shown.grouping(), Grouping::Topic);
    QCOMPARE(shown.lanes().size(),
             TimelineLayout::build(*again, Grouping::Topic, true).lanes().size());

    // Another version of the database, with one more meeting: laid out afresh.
    shown = next(layouts, std::move(shown), filtered, Grouping::Topic);
    auto added = store->exportAll().meetings.front();
    added.id = "one-more-meeting";
    Dataset more;
    more.meetings = {added};
    store->import(more);
    const auto reloaded = TimelineSnapshot::build(*store, Filter());
    shown = next(layouts, std::move(shown), reloaded, Grouping::Topic);
    QCOMPARE(layouts.built(), 6);
    QCOMPARE(shown.items().size(),
             TimelineLayout::build(*reloaded, Grouping::Topic, true).items().size());
    QVERIFY(shown.firstItemOfMeeting(reloaded->meetings.rowOf("one-more-meeting")) >= 0);

    // Titled layouts depend on the zoom: never kept.
    const TimelineLayout::LabelDays titled = [](std::string_view) {
        return 1.0;
    };
    shown = layouts.next(std::move(shown), *again, Grouping::Country, true, titled, 1);
    shown = next(layouts, std::move(shown), filtered);
    shown = layouts.next(std::move(shown), *again, Grouping::Country, true, titled, 1);
    QCOMPARE(layouts.built(), 9);
}

#include "tst_timelinelayout.moc"
