// The timeline's newer drawings in a dark palette, as a dark desktop gives
// it: the offices behind officials' lanes, the mark of what is new, a drag's
// outline and the countermeasure lanes. Each keeps the dark base and draws in
// colours apart from it; the images are written to the build folder to be
// looked at (docs/*-dark.png are copies).
#include "ui/timeline/CountermeasureLanes.h"
#include "ui/timeline/TimelineView.h"

#include "tests/ui/UiTestData.h"

#include <QDir>
#include <QTest>

using namespace parley;
using namespace parley::ui;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    return palette;
}

bool isDark(const QColor& color) { return color.lightness() < 60; }

// Whether some pixel of the rectangle is neither dark nor the base: drawn.
bool drawsIn(const QImage& image, const QRect& rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.rect().contains(x, y) && !isDark(image.pixelColor(x, y)))
                return true;
        }
    }
    return false;
}

void save(const QImage& image, const QString& name)
{
    QDir().mkpath(QStringLiteral(PARLEY_SCREENSHOT_DIR));
    image.save(QStringLiteral(PARLEY_SCREENSHOT_DIR "/") + name);
}

} // namespace

class TestDarkDrawings : public QObject {
    Q_OBJECT
private slots:
    void lanesOfOfficialsAndWhatIsNew()
    {
        const auto snapshot = TimelineSnapshot::build(*test::testStore(), Filter());
        const QString added = QStringLiteral("sullivan-wang-yi-bangkok-2024-01-26");
        QVERIFY(snapshot->meeting(added.toStdString()));
        auto news = std::make_shared<NewRecords>();
        news->meetings.insert(added.toStdString());
        TimelineView view;
        view.setPalette(darkPalette());
        view.resize(1200, 700);
        view.setSnapshot(snapshot);
        view.setGrouping(Grouping::Official);
        view.setNewRecords(news);
        view.setVisibleRange(Period(Date(2023, 7, 1), Date(2024, 12, 31)));
        const QImage image = view.grab().toImage();
        save(image, QStringLiteral("lanes-official-dark.png"));
        QVERIFY(isDark(image.pixelColor(image.width() / 2, image.height() - 80)));
        // The mark of what is new, in its amber.
        const QPoint mark = view.meetingRect(added).topRight();
        bool amber = false;
        for (int dy = -4; dy <= 4 && !amber; ++dy) {
            for (int dx = -4; dx <= 4 && !amber; ++dx) {
                const QColor pixel = image.pixelColor(mark + QPoint(dx, dy));
                amber = std::abs(pixel.hslHue() - 36) < 6 && pixel.hslSaturation() > 200;
            }
        }
        QVERIFY(amber);
        // The offices' names on the foot of Wang Yi's lane read on the dark base.
        const QRect lane = view.laneRect(QStringLiteral("wang-yi"));
        QVERIFY(!lane.isEmpty());
        QVERIFY(drawsIn(image, QRect(lane.left() + 200, lane.bottom() - 14, 200, 12)));
    }

    void countermeasureLanes()
    {
        const auto data = readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json"));
        std::vector<const Measure*> between;
        for (const auto& measure : data.measures) {
            if (imposes(measure, "US", "CN") || imposes(measure, "CN", "US"))
                between.push_back(&measure);
        }
        CountermeasureLanes lanes;
        lanes.setPalette(darkPalette());
        lanes.resize(700, 100);
        lanes.setMeasures(QStringLiteral("United States"), QStringLiteral("China"), "US", between,
                          pairedMeasures(data.measures, "US", "CN", 30));
        lanes.resize(700, lanes.sizeHint().height());
        const QImage image = lanes.grab().toImage();
        save(image, QStringLiteral("countermeasures-dark.png"));
        QVERIFY(isDark(image.pixelColor(image.width() - 3, 2)));
        for (const Measure* measure : between)
            QVERIFY(!isDark(image.pixelColor(lanes.markerOf(measure->id).center().toPoint())));
    }
};

QTEST_MAIN(TestDarkDrawings)
#include "tst_darkdrawings.moc"
