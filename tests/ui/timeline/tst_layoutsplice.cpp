// The layout of every meeting after an edit, made by following the edit's
// splice: the same, item for item and row for row, as laying it out again,
// in each grouping, whether the lanes keep their counts or not; and refused
// when a lane would come or go.
#include "tests/ui/UiTestData.h"

#include "db/store/Store.h"
#include "ui/timeline/EverythingLayout.h"
#include "ui/timeline/TimelineLayout.h"

#include <QTest>

using namespace parley;
using parley::ui::Grouping;
using parley::ui::TimelineLayout;
using parley::ui::TimelineSnapshot;

Q_DECLARE_METATYPE(parley::ui::Grouping)

class TestLayoutSplice : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<Store> m_store;
    std::shared_ptr<const TimelineSnapshot> m_snapshot;

    // The snapshot of every meeting after CHANGE, from patched data.
    std::shared_ptr<const TimelineSnapshot> afterEdit(const ChangeSet& change)
    {
        const ChangeSet undo = m_store->apply(change);
        auto after = m_snapshot->reference->afterChange(*m_store, change, undo);
        return after ? TimelineSnapshot::build(*m_store, Filter(), std::move(after)) : nullptr;
    }

    Meeting stored(const std::string& id) const { return *m_store->meeting(id); }

private slots:
    void init()
    {
        m_store = test::testStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }

    void followsMovesAdditionsAndDeletions_data()
    {
        QTest::addColumn<Grouping>("grouping");
        QTest::newRow("by country") << Grouping::Country;
        QTest::newRow("by official") << Grouping::Official;
        QTest::newRow("by topic") << Grouping::Topic;
    }

    void followsMovesAdditionsAndDeletions()
    {
        QFETCH(Grouping, grouping);
        auto moved = stored("biden-xi-call-2022-07-28");
        moved.start = moved.end = Date(2017, 2, 1);
        auto added = stored("biden-xi-bali-2022-11-14");
        added.id = "a-second-bali-meeting";
        auto rehosted = stored("anchorage-talks-2021-03-18");
        rehosted.host = "CN";
        // Japan has a lane of its own, which gains a meeting as China's
        // keeps it.
        auto hostedElsewhere = rehosted;
        hostedElsewhere.host = "JP";
        auto nudged = stored("biden-xi-bali-2022-11-14");
        nudged.start += boost::gregorian::days(1);
        nudged.end += boost::gregorian::days(1);
        auto earliest = added;
        earliest.id = "a-meeting-before-all";
        earliest.start = earliest.end = Date(2001, 1, 1);
        ChangeSet removal;
        removal.remove.meetings = {"biden-xi-bali-2022-11-14", "a-meeting-before-all"};
        for (const auto& change :
             {putting(std::vector{moved}), putting(std::vector{added}),
              putting(std::vector{rehosted}), putting(std::vector{hostedElsewhere}),
              putting(std::vector{nudged}), putting(std::vector{earliest}), removal}) {
            const auto layout = TimelineLayout::build(*m_snapshot, grouping, true);
            const auto after = afterEdit(change);
            QVERIFY(after);
            const auto spliced =
                TimelineLayout::spliced(layout, *after, after->reference->patch->meetings);
            QVERIFY(spliced);
            QVERIFY(*spliced == TimelineLayout::build(*after, grouping, true));
            m_snapshot = after;
        }
    }

    void aLaneThatComesOrGoesIsLaidOutAgain()
    {
        // No meeting of the test data is in Hong Kong's lane: it would come.
        auto meeting = stored("biden-xi-call-2022-07-28");
        meeting.host = "HK";
        auto layout = TimelineLayout::build(*m_snapshot, Grouping::Country, true);
        auto after = afterEdit(putting(std::vector{meeting}));
        QVERIFY(!TimelineLayout::spliced(layout, *after, after->reference->patch->meetings));
        // ... and go again.
        m_snapshot = after;
        layout = TimelineLayout::build(*m_snapshot, Grouping::Country, true);
        meeting.host = "US";
        after = afterEdit(putting(std::vector{meeting}));
        QVERIFY(!TimelineLayout::spliced(layout, *after, after->reference->patch->meetings));
    }

    void theEverythingLayoutFollowsAnEditWithoutLayingOutAgain()
    {
        ui::EverythingLayout layouts;
        auto layout = layouts.next({}, *m_snapshot, Grouping::Country, true, {}, 0);
        QCOMPARE(layouts.built(), 1);
        auto meeting = stored("biden-xi-call-2022-07-28");
        meeting.start = meeting.end = Date(2024, 1, 2);
        const auto after = afterEdit(putting(std::vector{meeting}));
        layout = layouts.next(std::move(layout), *after, Grouping::Country, true, {}, 0);
        QCOMPARE(layouts.built(), 1);
        QVERIFY(layout == TimelineLayout::build(*after, Grouping::Country, true));
    }
};

QTEST_MAIN(TestLayoutSplice)
#include "tst_layoutsplice.moc"
