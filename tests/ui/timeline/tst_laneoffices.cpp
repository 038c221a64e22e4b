// Each official's own offices behind their lane when the lanes are officials:
// a band per position over the days it was held, named as the records name
// it on a line the lane keeps for them. Checked against the positions of the parley/1 test data,
// read apart from the store and the snapshot.
#include "ui/timeline/LaneOffices.h"
#include "ui/timeline/TimelineScene.h"

#include "tests/ui/UiTestData.h"

#include <QTest>

#include <map>

using namespace parley;
using namespace parley::ui;

class TestLaneOffices : public QObject {
    Q_OBJECT
private:
    const Period m_range{Date(2017, 1, 1), Date(2025, 1, 1)};
    std::map<std::string, Official> m_officials; // from the document
    TimelineScene m_scene;

private slots:
    void initTestCase()
    {
        for (auto& official :
             readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")).officials)
            m_officials.emplace(official.id, std::move(official));
        m_scene.setSnapshot(TimelineSnapshot::build(*test::testStore(), Filter()));
        m_scene.setGrouping(Grouping::Official);
        m_scene.setSize(QSizeF(1200, 20000)); // every lane in view
        TimeScale scale;
        scale.fit(m_range, m_scene.laneWidth());
        m_scene.setScale(scale);
    }

    void eachLaneHasItsOfficialsPositions()
    {
        const auto& geometry = m_scene.geometry();
        const QRectF area = geometry.laneArea();
        const auto& lanes = m_scene.layout().lanes();
        int withTwoAtOnce = 0;
        for (int lane = 0; lane < static_cast<int>(lanes.size()); ++lane) {
            const auto official = m_officials.find(lanes[static_cast<std::size_t>(lane)].key);
            if (official == m_officials.end())
                continue;
            const auto offices = laneOffices(m_scene, lane);
            // Every position whose days reach into the range, in the records' order.
            std::vector<const Position*> expected;
            for (const auto& position : official->second.positions) {
                if (position.start < m_range.end() &&
                    (!position.end || *position.end >= m_range.begin()))
                    expected.push_back(&position);
            }
            QCOMPARE(offices.size(), expected.size());
            const QRectF laneRect = geometry.laneRect(lane);
            for (std::size_t i = 0; i < expected.size(); ++i) {
                const Position& position = *expected[i];
                const QRectF band = offices[i].band;
                QCOMPARE(offices[i].title, QString::fromStdString(position.title));
                QCOMPARE(band.top(), laneRect.top());
                QCOMPARE(band.height(), laneRect.height());
                const double from = geometry.xOf(TimeScale::dayNumber(position.start));
                QCOMPARE(band.left(), std::max(from, area.left()));
                const double to = position.end ? geometry.xOf(TimeScale::dayNumber(
                                                     *position.end + boost::gregorian::days(1)))
                                               : area.right();
                QCOMPARE(band.right(), std::min(to, area.right()));
                // The band's middle day is one the office was held.
                const Date middle = m_scene.scale().dateAt(band.center().x() - area.left());
                QVERIFY2(position.heldOn(middle), position.title.c_str());
            }
            for (std::size_t i = 0; i + 1 < offices.size(); ++i)
                withTwoAtOnce += offices[i].band.intersects(offices[i + 1].band);

            // The titles' line is the lane's own, under every meeting of it.
            const QRectF line = geometry.officesLine(lane);
            QCOMPARE(line.isEmpty(), official->second.positions.empty());
            if (line.isEmpty())
                continue;
            QVERIFY(laneRect.contains(line));
            for (const auto& item : m_scene.layout().laneItems(lane))
                QVERIFY(geometry.markerRect(item).bottom() <= line.top());
        }
        // Xi Jinping's two offices, Wang Yi's in the Party and the government.
        QVERIFY(withTwoAtOnce >= 2);
    }

    void onlyLanesOfOfficialsHaveThem()
    {
        for (const Grouping grouping : {Grouping::Country, Grouping::Topic}) {
            m_scene.setGrouping(grouping);
            for (int lane = 0; lane < static_cast<int>(m_scene.layout().lanes().size()); ++lane) {
                QVERIFY(laneOffices(m_scene, lane).empty());
                QVERIFY(m_scene.geometry().officesLine(lane).isEmpty());
            }
        }
        m_scene.setGrouping(Grouping::Official);
    }
};

QTEST_MAIN(TestLaneOffices)
#include "tst_laneoffices.moc"
