#include "tests/ui/UiTestData.h"

#include "ui/model/TimelineModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>
#include <string>

using namespace parley;
using parley::ui::SnapshotPtr;
using parley::ui::TimelineModel;

namespace {

int countOf(const std::vector<Count>& counts, const std::string& id)
{
    const auto it = std::ranges::find(counts, id, &Count::id);
    return it == counts.end() ? 0 : it->meetings;
}

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
private slots:
    void loadsTheWholeDatasetFirst()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(test::testStore());
        QVERIFY(changed.wait(10000));
        QCOMPARE(model.snapshot()->meetings.size(), std::size_t(52));
        QCOMPARE(model.snapshot()->totalMeetings, 52);
        QVERIFY(!model.isQuerying());
    }

    void anotherStoreStartsFromItsOwnFilterAndNoSelection()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(test::testStore());
        QVERIFY(changed.wait(10000));
        Filter china;
        china.setCountries({"CN"});
        model.setFilter(china);
        model.setSelectedMeeting(QStringLiteral("biden-xi-bali-2022-11-14"));
        QVERIFY(changed.wait(10000));

        Filter japan;
        japan.setCountries({"JP"});
        model.setStore(test::sampleStore(), japan);
        QCOMPARE(model.filter(), japan);
        QVERIFY(model.selectedMeeting().isEmpty());
        QVERIFY(changed.wait(10000));
        QCOMPARE(model.snapshot()->totalMeetings, 5);
        QCOMPARE(model.snapshot()->filter, japan);
        QCOMPARE(model.snapshot()->meetings.size(), std::size_t(1)); // Hiroshima
    }

    void aCountryFilterNarrowsMeetingsAndCountsTogether()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(test::testStore());
        QVERIFY(changed.wait(10000));
        const auto all = model.snapshot();

        Filter filter;
        filter.setCountries({"JP"});
        model.setFilter(filter);
        QVERIFY(changed.wait(10000));
        const auto japan = model.snapshot();
        QVERIFY(!japan->meetings.empty());
        QVERIFY(japan->meetings.size() < all->meetings.size());
        // The country count is what choosing the country gives.
        QCOMPARE(countOf(japan->countryCounts, "JP"), int(japan->meetings.size()));
        // Topic counts follow the country filter.
        for (const auto& count : japan->topicCounts)
            QVERIFY(count.meetings <= int(japan->meetings.size()));
    }

    void aFilterChangeSharesTheReferenceDataAndAReloadQueriesItAgain()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(test::testStore());
        QVERIFY(changed.wait(10000));
        const auto first = model.snapshot();
        QVERIFY(!first->reference->officials->empty());

        Filter filter;
        filter.setCountries({"JP"});
        model.setFilter(filter);
        QVERIFY(changed.wait(10000));
        QCOMPARE(model.snapshot()->reference, first->reference);

        model.reload();
        QVERIFY(changed.wait(10000));
        QVERIFY(model.snapshot()->reference != first->reference);
        QCOMPARE(*model.snapshot()->reference->officials, *first->reference->officials);
    }

    void onlyTheNewestOfQuickChangesIsDelivered()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(test::testStore());
        QVERIFY(changed.wait(10000));
        changed.clear();

        for (const char* text : {"b", "bl", "bli", "blinken"}) {
            Filter filter;
            filter.setText(text);
            model.setFilter(filter);
        }
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(!model.isQuerying());
        const auto last = changed.last().at(0).value<SnapshotPtr>();
        QCOMPARE(last->filter.text(), std::string("blinken"));
        QCOMPARE(model.snapshot()->filter.text(), std::string("blinken"));
        // Blinken's meetings, by their text or his name among the participants.
        for (const auto& meeting : last->meetings) {
            const bool mentions =
                meeting.title.find("Blinken") != std::string::npos ||
                meeting.summary.value_or("").find("Blinken") != std::string::npos ||
                std::ranges::find(meeting.participants, "antony-blinken") !=
                    meeting.participants.end();
            QVERIFY2(mentions, meeting.id.c_str());
        }
    }

    void anImportByAnotherProgramIsShownWithTheSameFilterAndSelection()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath(QStringLiteral("live.parley")).toStdString();
        {
            auto first = Store::create(file);
            first.import(readDatasetFile(test::sourcePath("resources/sample/us-china-2023.json")));
        }
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(std::make_shared<Store>(Store::open(file)));
        QVERIFY(changed.wait(10000));
        Filter filter;
        filter.setCountries({"US"});
        model.setFilter(filter);
        QVERIFY(changed.wait(10000));
        const auto before = model.snapshot()->meetings.size();
        model.setSelectedMeeting(QStringLiteral("raimondo-wang-wentao-2023-05-25"));
        changed.clear();

        // Another connection, as another program would, imports more meetings.
        auto other = Store::open(file);
        other.import(readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")));

        QVERIFY(changed.wait(TimelineModel::kWatchIntervalMs * 4));
        QVERIFY(model.snapshot()->meetings.size() > before);
        QCOMPARE(model.snapshot()->filter, filter);
        QCOMPARE(model.selectedMeeting(), QStringLiteral("raimondo-wang-wentao-2023-05-25"));
    }

    // A filter chosen while the data loads (a click during the first start
    // of a large database) neither loads it a second time nor shows the
    // filter before it: the one load ends with the newest filter's answer.
    void filtersChosenWhileTheDataLoadsWaitForIt()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        QSignalSpy loading(&model, &TimelineModel::loadingChanged);
        model.setStore(test::testStore());
        const auto* progress = model.loadProgress();
        QVERIFY(progress);
        for (const char* country : {"CN", "JP"}) {
            Filter filter;
            filter.setCountries({country});
            model.setFilter(filter);
            QCOMPARE(model.loadProgress(), progress); // no load beside it
        }
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(!model.isQuerying());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.snapshot()->filter.countries(), std::set<std::string>{"JP"});
        QCOMPARE(model.snapshot()->totalMeetings, 52);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QVERIFY(!model.loadProgress());
    }

    // Opening another database while one loads stops that load: only the
    // newer one is shown.
    void aStoreOpenedWhileAnotherLoadsIsTheOneShown()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        QSignalSpy loading(&model, &TimelineModel::loadingChanged);
        model.setStore(test::testStore());
        model.setStore(test::sampleStore());
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(!model.isQuerying());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.snapshot()->totalMeetings, 5);
        QCOMPARE(loading.count(), 3); // two started, one ended
        QVERIFY(!model.loadProgress());
    }

    // Without a database there is nothing to load: no load starts that
    // would never end, and a filter waits for none.
    void aReloadWithoutAStoreLoadsNothing()
    {
        TimelineModel model;
        QSignalSpy loading(&model, &TimelineModel::loadingChanged);
        model.reload();
        QVERIFY(!model.loadProgress());
        QVERIFY(!model.isQuerying());
        QCOMPARE(loading.count(), 0);
    }

    void selectionIsClearedWhenTheFilterHidesIt()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(test::sampleStore());
        QVERIFY(changed.wait(10000));
        model.setSelectedMeeting(QStringLiteral("raimondo-wang-wentao-2023-05-25"));
        QSignalSpy selection(&model, &TimelineModel::selectionChanged);
        Filter filter;
        filter.setCountries({"AT"});
        model.setFilter(filter);
        QVERIFY(changed.wait(10000));
        QCOMPARE(selection.count(), 1);
        QVERIFY(model.selectedMeeting().isEmpty());
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
