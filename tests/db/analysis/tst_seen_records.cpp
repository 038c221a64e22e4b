// What is new since a database was last seen: fingerprints that notice any
// change to any field, the list of new and changed records against a
// comparison of the records themselves, and the file that remembers them.
// A fingerprinting nobody waits for any more stops.
#include "db/analysis/RecordHash.h"
#include "db/analysis/SeenRecords.h"
#include "db/index/LoadProgress.h"
#include "db/model/ChangeSet.h"
#include "tests/db/analysis/AnalysisTestData.h"

#include <thread>

namespace parley::test {
namespace {

ViewedIds idsOf(const Dataset& data)
{
    ViewedIds ids;
    for (const auto& m : data.meetings)
        ids.meetings.push_back(m.id);
    for (const auto& o : data.officials)
        ids.officials.push_back(o.id);
    for (const auto& x : data.measures)
        ids.measures.push_back(x.id);
    return ids;
}

// New and changed records of AFTER, by comparing them with BEFORE's.
template <typename Record>
std::vector<SinceSeen::Item> compared(const std::vector<Record>& before,
                                      const std::vector<Record>& after)
{
    std::vector<SinceSeen::Item> items;
    for (const auto& record : after) {
        const auto old = std::ranges::find(before, record.id, &Record::id);
        if (old == before.end())
            items.push_back({record.id, false});
        else if (!(*old == record))
            items.push_back({record.id, true});
    }
    return items;
}

// The test data with some of everything added, changed and removed.
Dataset edited(Dataset data)
{
    data.meetings[3].summary = "Corrected summary.";
    data.meetings[7].participants.pop_back();
    data.meetings[9].sources.clear();
    Meeting added = data.meetings[0];
    added.id = "added-meeting-2025-01-01";
    data.meetings.push_back(added);
    data.meetings.erase(data.meetings.begin() + 11);
    data.officials[2].positions.back().end = day("2026-01-01");
    data.measures[4].targets.emplace_back("JP");
    return data;
}

class SeenRecordsTest : public ::testing::Test {
protected:
    fs::path database() const { return m_dir / "talks.parley"; }
    fs::path seenFile() const { return m_dir / "seen" / "talks.seen"; }

    Store created(const Dataset& data) const
    {
        auto store = Store::create(database());
        store.import(data);
        return store;
    }

    TempDir m_dir;
};

TEST_F(SeenRecordsTest, EveryFieldCounts)
{
    const Meeting meeting = testDataset().meetings.front();
    const auto base = contentHash(meeting);
    std::vector<Meeting> variants(6, meeting);
    variants[0].title += "!";
    variants[1].end += boost::gregorian::days(1);
    variants[2].location.reset();
    variants[3].topics.emplace_back("trade");
    variants[4].measures.emplace_back("x");
    variants[5].precision = Precision::Month;
    for (const auto& variant : variants)
        EXPECT_NE(contentHash(variant), base);
    // Two fields cannot run together: "ab" + "c" is not "a" + "bc".
    Meeting a = meeting, b = meeting;
    a.host = "ab";
    a.kind = "c";
    b.host = "a";
    b.kind = "bc";
    EXPECT_NE(contentHash(a), contentHash(b));
    EXPECT_EQ(contentHash(meeting), base);
    EXPECT_EQ(idHash("wang-yi"), idHash(std::string("wang-yi")));
}

TEST_F(SeenRecordsTest, NewAndChangedRecordsAsTheRecordsThemselvesCompare)
{
    const auto before = storeWith(testDataset());
    const auto after = storeWith(edited(testDataset()));
    const Dataset old = before.exportAll();
    const Dataset now = after.exportAll();
    const auto changes = changesSince(fingerprintsOf(before), fingerprintsOf(after), idsOf(now));
    EXPECT_EQ(changes.meetings, compared(old.meetings, now.meetings));
    EXPECT_EQ(changes.officials, compared(old.officials, now.officials));
    EXPECT_EQ(changes.measures, compared(old.measures, now.measures));
    EXPECT_EQ(changes.meetings.size(), 4U); // three changed, one added
    EXPECT_TRUE(changesSince(fingerprintsOf(after), fingerprintsOf(after), idsOf(now)).empty());
}

TEST_F(SeenRecordsTest, AStoppedFingerprintingReadsNoMeeting)
{
    const auto store = created(testDataset());
    LoadProgress progress;
    EXPECT_EQ(fingerprintsOf(store, &progress), fingerprintsOf(store));
    progress.cancel();
    EXPECT_THROW(fingerprintsOf(store, &progress), LoadCancelled);
    EXPECT_THROW(seenRecordsNow(std::nullopt, store, &progress), LoadCancelled);
}

// After an edit, only what it touched is fingerprinted again: the result
// must be what fingerprinting every record gives.
TEST_F(SeenRecordsTest, RefingerprintingWhatAChangeTouchedMatchesFingerprintingEverything)
{
    const Dataset& data = testDataset();
    auto store = created(data);
    Fingerprints fingerprints = fingerprintsOf(store);
    Meeting corrected = data.meetings[3];
    corrected.summary = "Corrected summary.";
    Meeting added = data.meetings[0];
    added.id = "added-meeting-2025-01-01";
    Measure widened = data.measures[4];
    widened.targets.emplace_back("JP");
    ChangeSet change;
    change.put.meetings = {corrected, added};
    change.put.measures = {widened};
    change.remove.meetings = {data.meetings[11].id};
    store.apply(change);
    refingerprint(fingerprints, store,
                  {.meetings = {corrected.id, added.id, data.meetings[11].id}, .measures = true});
    EXPECT_EQ(fingerprints, fingerprintsOf(store));
    EXPECT_EQ(fingerprints.meetings.size(), data.meetings.size());
}

TEST_F(SeenRecordsTest, TheFileKeepsBothAndTheDifferencesOnly)
{
    const auto before = storeWith(testDataset());
    const auto after = storeWith(edited(testDataset()));
    const SeenRecords records{{123, -456}, fingerprintsOf(after), fingerprintsOf(before)};
    writeSeenRecords(seenFile(), records);
    EXPECT_EQ(readSeenRecords(seenFile()), records);
    // The seen tables cost only their differences: a few entries, not the whole.
    const auto size = fs::file_size(seenFile());
    const auto entries = records.current.meetings.size() + records.current.officials.size() +
                         records.current.measures.size();
    EXPECT_LT(size, 16 * entries + 400);

    // Anything else is no memory at all, never a crash.
    EXPECT_EQ(readSeenRecords(m_dir / "missing"), std::nullopt);
    const auto bytes = readBytes(seenFile());
    for (const std::size_t cut :
         {std::size_t{0}, std::size_t{7}, std::size_t{40}, bytes.size() - 1}) {
        writeBytes(m_dir / "cut", bytes.substr(0, cut));
        EXPECT_EQ(readSeenRecords(m_dir / "cut"), std::nullopt) << cut;
    }
    writeBytes(m_dir / "longer", bytes + "x");
    EXPECT_EQ(readSeenRecords(m_dir / "longer"), std::nullopt);
    auto garbled = bytes;
    garbled[64] ^= 0x5A; // inside the first table's entries: no longer ascending
    garbled[70] ^= 0x5A;
    writeBytes(m_dir / "garbled", garbled);
    const auto read = readSeenRecords(m_dir / "garbled");
    EXPECT_TRUE(!read || !(*read == records));
}

TEST_F(SeenRecordsTest, FirstOpenSeesEverythingThenAnImportShowsUntilMarkedSeen)
{
    auto store = created(testDataset());
    auto first = seenRecordsNow(readSeenRecords(seenFile()), store);
    EXPECT_TRUE(first.changes(idsOf(testDataset())).empty());
    writeSeenRecords(seenFile(), first);

    // Another session imports: the file changed, so the records are taken afresh.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const Dataset next = edited(testDataset());
    store.import(next);
    const auto remembered = readSeenRecords(seenFile());
    const auto now = seenRecordsNow(remembered, store);
    EXPECT_NE(now.stamp, remembered->stamp);
    const auto changes = now.changes(idsOf(store.exportAll()));
    EXPECT_EQ(changes.meetings.size(), 4U);
    EXPECT_EQ(changes.officials.size(), 1U);
    EXPECT_EQ(changes.measures.size(), 1U);
    writeSeenRecords(seenFile(), now);

    // Until they are marked seen, they stay new, session after session.
    auto again = seenRecordsNow(readSeenRecords(seenFile()), store);
    EXPECT_EQ(again.changes(idsOf(store.exportAll())), changes);
    again.markAllSeen();
    writeSeenRecords(seenFile(), again);
    EXPECT_TRUE(seenRecordsNow(readSeenRecords(seenFile()), store)
                    .changes(idsOf(store.exportAll()))
                    .empty());
}

// What was seen is held once while it is all there is, and apart once
// something is new: a file read back, an edit followed, all marked seen.
TEST_F(SeenRecordsTest, WhatWasSeenIsHeldApartOnlyWhileSomethingIsNew)
{
    const auto store = created(testDataset());
    auto records = seenRecordsNow(std::nullopt, store);
    EXPECT_FALSE(records.seenApart);
    EXPECT_TRUE(records.nothingNew());
    writeSeenRecords(seenFile(), records);
    EXPECT_FALSE(readSeenRecords(seenFile())->seenApart);

    records.seenToChange().meetings.pop_back();
    EXPECT_FALSE(records.nothingNew());
    writeSeenRecords(seenFile(), records);
    const auto back = readSeenRecords(seenFile());
    ASSERT_TRUE(back && back->seenApart);
    EXPECT_EQ(*back, records);

    records.markAllSeen();
    EXPECT_TRUE(records.nothingNew());
    EXPECT_EQ(&records.seen(), &records.current);
}

TEST_F(SeenRecordsTest, AnUnchangedDatabaseIsNotFingerprintedAgain)
{
    const auto store = created(testDataset());
    // What the file says stands while the database keeps its stamp: a made-up
    // current table proves that nothing was read from the store; nothing of
    // it was seen.
    SeenRecords remembered{stampOf(database()), {}, Fingerprints{}};
    remembered.current.meetings = {{idHash("made-up"), 1}};
    const auto now = seenRecordsNow(remembered, store);
    EXPECT_EQ(now, remembered);
    ViewedIds ids;
    ids.meetings = {"made-up"};
    EXPECT_EQ(now.changes(ids).meetings, (std::vector<SinceSeen::Item>{{"made-up", false}}));
}

} // namespace
} // namespace parley::test
