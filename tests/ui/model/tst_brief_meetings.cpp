// The brief records of every meeting as the window holds them: made from the
// meetings' columns the first time each is read, and only then, the same as
// the store's own, and made once however many threads read them.
#include "tests/ui/UiTestData.h"

#include "ui/model/BriefMeetings.h"
#include "ui/model/TimelineSnapshot.h"

#include <QTest>

#include <future>

using namespace parley;
using parley::ui::BriefMeetings;
using parley::ui::ReferenceData;
using parley::ui::TimelineSnapshot;

namespace {

std::vector<const Meeting*> addressesOf(const BriefMeetings& meetings)
{
    std::vector<const Meeting*> addresses;
    for (const Meeting& meeting : meetings)
        addresses.push_back(&meeting);
    return addresses;
}

} // namespace

class TestBriefMeetings : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_store = test::testStore();
        m_reference = ReferenceData::load(*m_store);
    }

    void aStartMakesNoRecord()
    {
        QVERIFY(m_reference->meetings->size() > 40);
        // A snapshot of everything, and one of a filter, pick meetings by
        // their columns.
        TimelineSnapshot::build(*m_store, Filter(), m_reference);
        Filter china;
        china.setCountries({"CN"});
        const auto filtered = TimelineSnapshot::build(*m_store, china, m_reference);
        QVERIFY(!filtered->meetings.empty());
        QCOMPARE(m_reference->meetings->recordsMade(), std::size_t{0});

        const Meeting& third = (*m_reference->meetings)[3];
        QCOMPARE(m_reference->meetings->recordsMade(), std::size_t{1});
        QCOMPARE(&(*m_reference->meetings)[3], &third);
        QCOMPARE(m_reference->meetings->recordsMade(), std::size_t{1});
    }

    void theRecordsAreTheStoresBriefs()
    {
        const auto briefs = m_store->allMeetingBriefs().meetings;
        const auto& meetings = *m_reference->meetings;
        QCOMPARE(std::vector<Meeting>(meetings.begin(), meetings.end()), briefs);
        for (std::size_t position = 0; position < briefs.size(); ++position) {
            QCOMPARE(meetings.idAt(position), std::string_view(briefs[position].id));
            QCOMPARE(meetings.titleAt(position), std::string_view(briefs[position].title));
            QCOMPARE(meetings.positionOf(briefs[position]), std::optional(position));
            QCOMPARE(meetings.positionOfId(briefs[position].id), std::optional(position));
        }
        QCOMPARE(meetings.positionOfId("no-such-meeting"), std::nullopt);
        Meeting earliest = briefs.front();
        earliest.start = Date(1900, 1, 1);
        QCOMPARE(meetings.placeFor(earliest), std::size_t{0});
        QCOMPARE(meetings.positionOf(earliest), std::nullopt);
    }

    void aPassOverEveryRecordKeepsNone()
    {
        std::vector<Meeting> visited;
        m_reference->meetings->forEach([&](const Meeting& meeting) { visited.push_back(meeting); });
        QCOMPARE(visited, m_store->allMeetingBriefs().meetings);
        QCOMPARE(m_reference->meetings->recordsMade(), std::size_t{0});
    }

    void threadsReadingAtOnceShareOneRecord()
    {
        const auto& meetings = *m_reference->meetings;
        auto first = std::async(std::launch::async, [&] { return addressesOf(meetings); });
        auto second = std::async(std::launch::async, [&] { return addressesOf(meetings); });
        QCOMPARE(first.get(), second.get());
        QCOMPARE(meetings.recordsMade(), meetings.size());
    }

private:
    std::shared_ptr<Store> m_store;
    std::shared_ptr<const ReferenceData> m_reference;
};

QTEST_MAIN(TestBriefMeetings)
#include "tst_brief_meetings.moc"
