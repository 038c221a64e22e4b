#include "ui/timeline/TimeScale.h"
#include "ui/timeline/TimeTicks.h"

#include <QFontMetricsF>
#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace parley;
using namespace parley::ui;
using boost::gregorian::days;

namespace {

constexpr double kWidth = 1000;

// A fixed width per character keeps the chosen levels independent of the fonts
// installed; the overlap test also runs with the real font.
double fixedWidth(const QString& text) { return 7.0 * text.size(); }

TimeScale scaleOver(Date first, int spanDays, double width = kWidth)
{
    TimeScale scale;
    scale.fit(Period(first, first + days(spanDays)), width);
    return scale;
}

} // namespace

class TestTimeScale : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void zoomAroundKeepsTheDayUnderTheCursor();
    void zoomIsClampedAtBothEnds();
    void panMovesByPixels();
    void tickLevel_data();
    void tickLevel();
    void ticksStartTheirUnits();
    void labelsNeverOverlap();
    void sixteenYearsAreLabelledEveryYearOrTwo();
    void placedLabelsAreWholeAndNameTheFirstUnit();
    void fitLeavesTheMarginsAsked();
};

void TestTimeScale::roundTrip_data()
{
    QTest::addColumn<int>("spanDays");
    QTest::newRow("50 years") << 18262;
    QTest::newRow("1 year") << 365;
    QTest::newRow("1 month") << 31;
    QTest::newRow("1 day") << 1;
}

void TestTimeScale::roundTrip()
{
    QFETCH(int, spanDays);
    const Date first(1990, 3, 17);
    const TimeScale scale = scaleOver(first, spanDays);
    QCOMPARE(scale.visibleRange(kWidth), Period(first, first + days(spanDays)));
    QCOMPARE(scale.x(first), 0.0);
    QVERIFY(qAbs(scale.x(first + days(spanDays)) - kWidth) < 1e-6);
    for (int step = 0; step < spanDays; step += std::max(1, spanDays / 37)) {
        const Date day = first + days(step);
        const double x = scale.x(day);
        QVERIFY(qAbs(scale.dayAt(x) - TimeScale::dayNumber(day)) < 1e-6);
        // The middle of the day's pixels maps back to the day itself.
        QCOMPARE(scale.dateAt((x + scale.x(day + days(1))) / 2), day);
    }
}

void TestTimeScale::zoomAroundKeepsTheDayUnderTheCursor()
{
    for (const double x : {0.0, 250.0, 777.0, kWidth}) {
        for (const double factor : {2.0, 0.5, 1.3, 10.0}) {
            TimeScale scale = scaleOver(Date(2017, 1, 1), 8 * 365);
            const double before = scale.dayAt(x);
            const double daysPerPixel = scale.daysPerPixel();
            scale.zoomAround(x, factor, kWidth);
            QVERIFY(qAbs(scale.dayAt(x) - before) < 1e-6);
            QVERIFY(qAbs(scale.daysPerPixel() - daysPerPixel / factor) < 1e-9);
        }
    }
}

void TestTimeScale::zoomIsClampedAtBothEnds()
{
    TimeScale scale = scaleOver(Date(2023, 5, 1), 30);
    for (int i = 0; i < 40; ++i)
        scale.zoomAround(400, 2, kWidth);
    QCOMPARE(scale.daysPerPixel() * kWidth, TimeScale::kMinSpanDays);
    QVERIFY(scale.visibleRange(kWidth).length().days() <= 2); // parts of two days
    for (int i = 0; i < 60; ++i)
        scale.zoomAround(400, 0.5, kWidth);
    QCOMPARE(scale.daysPerPixel() * kWidth, TimeScale::kMaxSpanDays);
    QVERIFY(scale.visibleRange(kWidth).length().days() >= 50L * 365);

    // Fitting a range beyond the limits clamps too, and stays centred on it.
    scale.fit(Period(Date(1700, 1, 1), Date(2100, 1, 1)), kWidth);
    QCOMPARE(scale.daysPerPixel() * kWidth, TimeScale::kMaxSpanDays);
    QCOMPARE(scale.dateAt(kWidth / 2).year(), 1900);
}

void TestTimeScale::panMovesByPixels()
{
    TimeScale scale = scaleOver(Date(2020, 1, 1), 100);
    const Date day = scale.dateAt(500);
    scale.panByPixels(-100);
    QCOMPARE(scale.dateAt(400), day);
}

void TestTimeScale::tickLevel_data()
{
    QTest::addColumn<int>("spanDays");
    QTest::addColumn<TickLevel>("level");
    QTest::newRow("100 years") << 36524 << TickLevel::FiveYears;
    QTest::newRow("50 years") << 18262 << TickLevel::TwoYears;
    QTest::newRow("30 years") << 10957 << TickLevel::TwoYears;
    QTest::newRow("10 years") << 3652 << TickLevel::Years;
    QTest::newRow("3 years") << 1096 << TickLevel::Quarters;
    QTest::newRow("1 year") << 365 << TickLevel::Months;
    QTest::newRow("3 months") << 92 << TickLevel::Weeks;
    QTest::newRow("3 weeks") << 21 << TickLevel::Days;
    QTest::newRow("1 week") << 7 << TickLevel::DaysNamed;
    QTest::newRow("1 day") << 1 << TickLevel::DaysNamed;
}

void TestTimeScale::tickLevel()
{
    QFETCH(int, spanDays);
    QFETCH(TickLevel, level);
    const TimeScale scale = scaleOver(Date(2019, 8, 14), spanDays);
    QCOMPARE(tickLevelFor(scale, kWidth, fixedWidth), level);
}

void TestTimeScale::ticksStartTheirUnits()
{
    // A year in view: months from their 1st, with the years above them.
    auto ticks = ticksFor(scaleOver(Date(2019, 8, 14), 365), kWidth, fixedWidth);
    QVERIFY(!ticks.empty());
    for (const Tick& tick : ticks) {
        QCOMPARE(tick.date.day(), 1);
        if (tick.major)
            QCOMPARE(tick.date.month(), 1);
    }
    QVERIFY(std::ranges::any_of(ticks, [](const Tick& t) {
        return t.major && t.date == Date(2020, 1, 1) && t.label == QStringLiteral("2020");
    }));
    // Three months: weeks from Monday.
    ticks = ticksFor(scaleOver(Date(2019, 8, 14), 92), kWidth, fixedWidth);
    for (const Tick& tick : ticks) {
        if (!tick.major)
            QCOMPARE(tick.date.day_of_week().as_number(), 1);
    }
    QVERIFY(std::ranges::is_sorted(ticks, {}, &Tick::x));
}

void TestTimeScale::labelsNeverOverlap()
{
    const QFontMetricsF font{QFont()};
    const LabelWidth fontWidth = [&](const QString& text) {
        return font.horizontalAdvance(text);
    };
    for (const LabelWidth& labelWidth : {LabelWidth(fixedWidth), fontWidth}) {
        const double padding = tickLabelPadding(labelWidth);
        for (const int spanDays :
             {1, 3, 7, 20, 45, 92, 200, 365, 800, 1096, 3652, 9000, 18262, 36524}) {
            for (int width = 200; width <= 3000; width += 50) {
                const auto ticks =
                    ticksFor(scaleOver(Date(2001, 2, 27), spanDays, width), width, labelWidth);
                QVERIFY(std::ranges::any_of(
                    ticks, [](const Tick& t) { return !t.major && !t.label.isEmpty(); }));
                for (const bool major : {false, true}) {
                    double previousEnd = -1e9;
                    for (const Tick& tick : ticks) {
                        if (tick.major != major || tick.label.isEmpty())
                            continue;
                        const QByteArray where = QByteArray::number(spanDays) + " days across " +
                                                 QByteArray::number(width) + " px at " +
                                                 tick.label.toUtf8();
                        QVERIFY2(tick.x + padding >= previousEnd, where.constData());
                        previousEnd = tick.x + padding + labelWidth(tick.label) + padding;
                    }
                }
            }
        }
    }
}

void TestTimeScale::sixteenYearsAreLabelledEveryYearOrTwo()
{
    // 2010 to 2025 across the lanes of a window, narrow to wide.
    for (int width = 500; width <= 1600; width += 100) {
        const auto ticks = ticksFor(scaleOver(Date(2010, 1, 1), 5844, width), width, fixedWidth);
        QStringList labels;
        for (const Tick& tick : ticks) {
            if (!tick.label.isEmpty())
                labels << tick.label;
        }
        const QByteArray where = QByteArray::number(width) + " px: " + labels.join(u' ').toUtf8();
        QVERIFY2(labels.size() >= 8, where.constData());
        QVERIFY2(labels.contains(QStringLiteral("2012")), where.constData());
    }
}

void TestTimeScale::placedLabelsAreWholeAndNameTheFirstUnit()
{
    const LabelWidth bold = [](const QString& text) {
        return 8.0 * text.size();
    };
    for (const int spanDays : {20, 92, 365, 1096, 3652, 5844}) {
        for (int shift = 0; shift < 40; shift += 7) {
            const TimeScale scale =
                scaleOver(Date(2001, 2, 27) + days(shift * spanDays / 40), spanDays, kWidth);
            const auto ticks = ticksFor(scale, kWidth, fixedWidth);
            const auto placed = placeTickLabels(ticks, kWidth, fixedWidth, bold);
            QVERIFY(!placed.empty());
            for (const PlacedTickLabel& label : placed) {
                const Tick& tick = ticks[label.tick];
                const double width = tick.major ? bold(tick.label) : fixedWidth(tick.label);
                const QByteArray where = QByteArray::number(spanDays) + " days, " +
                                         QByteArray::number(shift) + ": " + tick.label.toUtf8();
                // Inside the axis, whole, and never left of its own unit.
                QVERIFY2(label.x >= 0 && label.x + width <= kWidth, where.constData());
                QVERIFY2(label.x >= tick.x, where.constData());
            }
            // The unit in view at the left edge is named even when it began
            // before the edge, unless the next one leaves no room for it.
            const auto first = std::ranges::find_if(ticks, [](const Tick& t) { return !t.major; });
            const auto second =
                std::find_if(first + 1, ticks.end(), [](const Tick& t) { return !t.major; });
            const double pad = tickLabelPadding(fixedWidth);
            if (first != ticks.end() && second != ticks.end() && first->x < 0 &&
                second->x >= fixedWidth(first->label) + 2 * pad)
                QVERIFY(std::ranges::any_of(placed, [&](const PlacedTickLabel& label) {
                    return label.tick == static_cast<std::size_t>(first - ticks.begin());
                }));
        }
    }
}

void TestTimeScale::fitLeavesTheMarginsAsked()
{
    const Period range(Date(2017, 2, 9), Date(2024, 11, 17));
    TimeScale scale;
    scale.fit(range, kWidth, 30, 200);
    QVERIFY(qAbs(scale.x(range.begin()) - 30) < 1e-6);
    QVERIFY(qAbs(scale.x(range.end()) - (kWidth - 200)) < 1e-6);
    // Margins wider than half the view shrink alike.
    scale.fit(range, kWidth, 400, 800);
    QVERIFY(qAbs(scale.x(range.begin()) - kWidth / 6) < 1e-6);
    QVERIFY(qAbs(scale.x(range.end()) - kWidth * 4 / 6) < 1e-6);
}

QTEST_MAIN(TestTimeScale)
#include "tst_timescale.moc"
