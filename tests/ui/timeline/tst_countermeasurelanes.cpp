// The measures between two countries as mirrored lanes: each side's above or
// below the axis, in date order from left to right, and a click on a diamond
// activates its measure. Checked against the measures of the parley/1 test
// data, read apart from any store.
#include "ui/timeline/CountermeasureLanes.h"

#include "tests/ui/UiTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::ui;

class TestCountermeasureLanes : public QObject {
    Q_OBJECT
private:
    Dataset m_data;

private slots:
    void initTestCase()
    {
        m_data = readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json"));
    }

    void eachSideHasItsLaneInDateOrder()
    {
        std::vector<const Measure*> usOnChina;
        std::vector<const Measure*> chinaOnUs;
        for (const auto& measure : m_data.measures) {
            const bool onChina = std::ranges::find(measure.targets, "CN") != measure.targets.end();
            const bool onUs = std::ranges::find(measure.targets, "US") != measure.targets.end();
            if (measure.imposedBy == "US" && onChina)
                usOnChina.push_back(&measure);
            else if (measure.imposedBy == "CN" && onUs)
                chinaOnUs.push_back(&measure);
        }
        QVERIFY(usOnChina.size() >= 5);
        QVERIFY(chinaOnUs.size() >= 3);
        auto all = usOnChina;
        all.insert(all.end(), chinaOnUs.begin(), chinaOnUs.end());
        const auto pairs = pairedMeasures(m_data.measures, "US", "CN", 30);

        CountermeasureLanes lanes;
        lanes.resize(800, 200);
        lanes.setMeasures(QStringLiteral("United States"), QStringLiteral("China"), "US", all,
                          pairs);
        lanes.resize(800, lanes.sizeHint().height());
        QCOMPARE(lanes.pairs().size(), pairs.size());
        const QRectF axis = lanes.axisRect();
        for (const Measure* measure : usOnChina)
            QVERIFY2(lanes.markerOf(measure->id).bottom() <= axis.top(), measure->id.c_str());
        for (const Measure* measure : chinaOnUs)
            QVERIFY2(lanes.markerOf(measure->id).top() >= axis.bottom(), measure->id.c_str());
        for (const Measure* a : all) {
            for (const Measure* b : all) {
                if (a->announced < b->announced)
                    QVERIFY(lanes.markerOf(a->id).center().x() <
                            lanes.markerOf(b->id).center().x());
            }
        }

        QSignalSpy activated(&lanes, &CountermeasureLanes::measureActivated);
        const Measure* clicked = chinaOnUs.back();
        QTest::mouseClick(&lanes, Qt::LeftButton, {},
                          lanes.markerOf(clicked->id).center().toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.front().front().toString(), QString::fromStdString(clicked->id));

        lanes.clear();
        QVERIFY(lanes.markerOf(clicked->id).isEmpty());
    }
};

QTEST_MAIN(TestCountermeasureLanes)
#include "tst_countermeasurelanes.moc"
