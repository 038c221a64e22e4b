// Markers alike in one place, drawn as one: the stack must look as the
// markers drawn one over another would.
#include "ui/timeline/KindColors.h"
#include "ui/timeline/TimelineView.h"

#include "tests/ui/UiTestData.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>

using namespace parley;
using namespace parley::ui;

class TestStackedMarkers : public QObject {
    Q_OBJECT

private slots:
    void showTheWholeStack();
};

void TestStackedMarkers::showTheWholeStack()
{
    // Eleven meetings known only to their month, in one lane: past its eight
    // rows, some share a row, stacked in the one place. A stack is drawn as
    // one marker, which must show as many layers as it stands for.
    TimelineView view;
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    std::vector<Meeting> meetings;
    QStringList ids;
    for (int i = 0; i < 11; ++i) {
        Meeting meeting = test::bilateralOn("talks-" + std::to_string(i),
                                            "Talks " + std::to_string(i), Date(2023, 5, 1));
        meeting.precision = Precision::Month;
        ids << QString::fromStdString(meeting.id);
        meetings.push_back(meeting);
    }
    view.setSnapshot(test::snapshotOf(std::move(meetings)));
    view.setVisibleRange(Period(Date(2023, 4, 20), Date(2023, 6, 10)));
    std::map<std::tuple<int, int, int, int>, int> stacks; // meetings per marker
    for (const QString& id : ids) {
        const QRect marker = view.meetingRect(id);
        ++stacks[{marker.left(), marker.top(), marker.width(), marker.height()}];
    }
    QCOMPARE(stacks.size(), std::size_t{8});

    const QImage image = view.grab().toImage();
    const QColor ink = meetingKindColor("bilateral", view.palette());
    // How far from the lane's background towards the ink a marker shows, in
    // the colour channel where they differ most, against the background just
    // above it (titles are on the markers' left, so towards their right end).
    const auto inkShare = [&](const std::tuple<int, int, int, int>& marker) {
        const auto [left, top, width, height] = marker;
        const int x = left + width * 3 / 4;
        const QColor shown = image.pixelColor(x, top + height / 2);
        const QColor under = image.pixelColor(x, top - 2);
        const std::array<std::array<float, 3>, 3> channels = {
            {{shown.redF(), under.redF(), ink.redF()},
             {shown.greenF(), under.greenF(), ink.greenF()},
             {shown.blueF(), under.blueF(), ink.blueF()}}};
        const auto& widest = *std::ranges::max_element(
            channels, {}, [](const auto& channel) { return std::abs(channel[2] - channel[1]); });
        return (widest[0] - widest[1]) / (widest[2] - widest[1]);
    };
    double single = -1;
    for (const auto& [marker, layers] : stacks) {
        if (layers == 1)
            single = inkShare(marker);
    }
    QVERIFY(single > 0.05 && single < 0.5); // translucent: known to the month only
    int stacked = 0;
    for (const auto& [marker, layers] : stacks) {
        const double expected = 1 - std::pow(1 - single, layers);
        QVERIFY2(std::abs(inkShare(marker) - expected) < 0.03,
                 qPrintable(QStringLiteral("%1 layers: %2 of the ink, not %3")
                                .arg(layers)
                                .arg(inkShare(marker))
                                .arg(expected)));
        stacked += layers > 1 ? 1 : 0;
    }
    QVERIFY(stacked > 0);
}

QTEST_MAIN(TestStackedMarkers)
#include "tst_stackedmarkers.moc"
