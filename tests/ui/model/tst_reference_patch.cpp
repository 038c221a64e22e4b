// The data the window holds after an edit, patched rather than read again:
// record for record and column for column what a load of the store gives,
// through moves, new meetings, deletions and their undoing.
#include "tests/ui/UiTestData.h"

#include "db/store/Store.h"
#include "ui/model/TimelineModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace parley;
using parley::ui::ReferenceData;
using parley::ui::TimelineModel;

namespace {

using Reference = std::shared_ptr<const ReferenceData>;

std::vector<Meeting> meetingsOf(const ReferenceData& reference)
{
    return {reference.meetings->begin(), reference.meetings->end()};
}

// Where REFERENCE differs from a load of STORE; empty when it does not.
QString differenceFromLoad(const ReferenceData& reference, const Store& store)
{
    const auto loaded = ReferenceData::load(store);
    if (meetingsOf(reference) != meetingsOf(*loaded))
        return QStringLiteral("brief records differ");
    if (!(*reference.index == *loaded->index))
        return QStringLiteral("index columns differ");
    if (*reference.allMeasures != *loaded->allMeasures)
        return QStringLiteral("measures differ");
    for (std::size_t at = 0; at < loaded->meetings->size(); ++at) {
        if (reference.meetings->positionOfId(loaded->meetings->idAt(at)) != at)
            return QStringLiteral("a meeting's id is found elsewhere");
    }
    return {};
}

Meeting heldMeeting(const ReferenceData& reference, const std::string& id)
{
    for (const auto& meeting : *reference.meetings) {
        if (meeting.id == id)
            return meeting;
    }
    return {};
}

} // namespace

class TestReferencePatch : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<Store> m_store;
    Reference m_reference;

    // Writes CHANGE and patches the data held; false when the patch refused.
    bool apply(const ChangeSet& change, ChangeSet* undo = nullptr)
    {
        const ChangeSet inverse = m_store->apply(change);
        auto after = m_reference->afterChange(*m_store, change, inverse);
        if (undo)
            *undo = inverse;
        if (!after)
            return false;
        m_reference = std::move(after);
        return true;
    }

    Meeting stored(const std::string& id) const { return *m_store->meeting(id); }

private slots:
    void init()
    {
        m_store = test::testStore();
        m_reference = ReferenceData::load(*m_store);
    }

    void aMeetingMovedAcrossOthersAndBackIsWhereALoadPutsIt()
    {
        const auto before = meetingsOf(*m_reference);
        auto meeting = stored("biden-xi-call-2022-07-28");
        meeting.start = meeting.end = Date(2017, 1, 2); // first of all
        ChangeSet undo;
        QVERIFY(apply(putting(std::vector{meeting}), &undo));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
        QCOMPARE(m_reference->meetings->front().id, meeting.id);

        meeting.start = meeting.end = Date(2030, 1, 2); // last of all
        QVERIFY(apply(putting(std::vector{meeting})));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
        QCOMPARE(m_reference->meetings->back().id, meeting.id);

        ChangeSet back;
        back.put.meetings = {undo.put.meetings};
        QVERIFY(apply(back));
        QVERIFY(meetingsOf(*m_reference) == before);
    }

    // The change that undoes a save leaves out what it did not change.
    void aMeetingSavedUnchangedStaysOnce()
    {
        const auto before = meetingsOf(*m_reference);
        const auto unchanged = stored("biden-xi-bali-2022-11-14");
        QVERIFY(apply(putting(std::vector{unchanged})));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
        QVERIFY(meetingsOf(*m_reference) == before);

        auto moved = stored("biden-xi-call-2022-07-28");
        moved.start = moved.end = Date(2023, 1, 3);
        QVERIFY(apply(putting(std::vector{unchanged, moved})));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
    }

    void whatAMeetingNamesChangesWithIt()
    {
        auto meeting = stored("biden-xi-call-2022-07-28");
        meeting.title = "A call renamed";
        meeting.host = "CN";
        meeting.participants = {"antony-blinken", "wang-yi"};
        meeting.roles = {{"wang-yi", "Director of the Office of the Foreign Affairs Commission"}};
        meeting.topics = {"trade"};
        meeting.kind = "bilateral";
        meeting.precision = Precision::Month;
        meeting.start = meeting.end = Date(2022, 7, 1);
        QVERIFY(apply(putting(std::vector{meeting})));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
        const auto held = heldMeeting(*m_reference, meeting.id);
        QCOMPARE(held.title, meeting.title);
        QVERIFY(held.roleOf("wang-yi"));
    }

    void aNewMeetingItsDuplicateAndTheirDeletion()
    {
        auto meeting = stored("biden-xi-call-2022-07-28");
        meeting.id = "a-new-call";
        auto next = meeting;
        next.id = "a-new-call-next-day";
        next.start = next.end = meeting.start + boost::gregorian::days(1);
        QVERIFY(apply(putting(std::vector{meeting, next})));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
        QCOMPARE(m_reference->meetings->size(), std::size_t(54));

        ChangeSet removal;
        removal.remove.meetings = {"a-new-call", "biden-xi-call-2022-07-28", "a-new-call-next-day"};
        QVERIFY(apply(removal));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
        QCOMPARE(m_reference->meetings->size(), std::size_t(51));
        QCOMPARE(m_reference->meetings->positionOfId("a-new-call"), std::nullopt);
        QCOMPARE(m_reference->meetings->positionOfId("biden-xi-call-2022-07-28"), std::nullopt);
    }

    void aMeasureIsReadAgainAndTheMeetingsShared()
    {
        const auto meetings = m_reference->meetings;
        auto measure = *m_store->measure("cn-micron-ban-2023");
        measure.title = "Micron products barred from critical infrastructure";
        QVERIFY(apply(putting(std::vector{measure})));
        QCOMPARE(differenceFromLoad(*m_reference, *m_store), QString());
        QCOMPARE(m_reference->meetings, meetings);
    }

    void aChangeToWhatNamesRecordsAsksForALoad()
    {
        auto official = *m_store->official("wang-yi");
        official.name = "Wang Yi (王毅)";
        QVERIFY(!apply(putting(std::vector{official})));
    }

    void aMeetingChangedElsewhereFirstAsksForALoad()
    {
        // Another program moved the meeting after the data was read: the
        // record the undo names is not the one held.
        auto meeting = stored("biden-xi-call-2022-07-28");
        meeting.start = meeting.end = Date(2022, 7, 29);
        Dataset elsewhere;
        elsewhere.meetings = {meeting};
        m_store->import(elsewhere);
        meeting.start = meeting.end = Date(2022, 7, 30);
        QVERIFY(!apply(putting(std::vector{meeting})));
    }

    void theModelShowsAnEditWithoutLoadingAgain()
    {
        TimelineModel model;
        QSignalSpy changed(&model, &TimelineModel::snapshotChanged);
        model.setStore(m_store);
        QVERIFY(changed.wait(10000));
        const auto before = model.snapshot();

        auto meeting = stored("biden-xi-call-2022-07-28");
        meeting.start = meeting.end = Date(2024, 12, 31);
        const auto change = putting(std::vector{meeting});
        model.followChange(change, m_store->apply(change));
        QVERIFY(changed.wait(10000));
        const auto after = model.snapshot();
        QCOMPARE(after->meetings.back().id, meeting.id);
        QCOMPARE(after->meetings.back().start, meeting.start);
        // Patched: what the edit did not touch is shared, not read again.
        QCOMPARE(after->reference->officials, before->reference->officials);
        QCOMPARE(after->reference->allMeasures, before->reference->allMeasures);
        QVERIFY(after->reference->index != before->reference->index);

        // A filter change answers from the patched data.
        Filter call;
        call.setKinds({"call"});
        model.setFilter(call);
        QVERIFY(changed.wait(10000));
        QCOMPARE(model.snapshot()->reference, after->reference);
        QVERIFY(model.snapshot()->meeting(meeting.id));
    }
};

QTEST_GUILESS_MAIN(TestReferencePatch)
#include "tst_reference_patch.moc"
