// Store::apply, removal and freeId: a change is checked whole, written in one
// transaction, refused with the database unchanged, and undone exactly by the
// change it returns; and edits keep the search index's merges small.
#include "tests/db/TestData.h"

#include "db/store/Schema.h"

#include <SQLiteCpp/Database.h>

namespace parley::test {
namespace {

class Edits : public ::testing::Test {
protected:
    // The database as parley/1, to compare byte for byte.
    std::string document() const { return writeDataset(m_store.exportAll()); }

    Meeting meeting(const std::string& id) const { return *m_store.meeting(id); }

    Store m_store = storeWith(testDataset());
};

TEST_F(Edits, ANewMeetingIsWrittenAndItsUndoRemovesIt)
{
    const auto before = document();
    ChangeSet change;
    Meeting added = meeting("biden-xi-bali-2022-11-14");
    added.id = m_store.freeId(RecordKind::Meeting, "Biden–Xi talks in Bali");
    added.title = "Biden–Xi talks in Bali, second day";
    added.start = added.end = day("2022-11-15");
    change.put.meetings = {added};
    const auto undo = m_store.apply(change);
    EXPECT_EQ(added.id, "biden-xi-talks-in-bali");
    EXPECT_EQ(m_store.meeting(added.id)->title, added.title);
    EXPECT_EQ(undo.remove.meetings, std::vector<std::string>{added.id});
    EXPECT_TRUE(undo.put.meetings.empty());
    m_store.apply(undo);
    EXPECT_EQ(document(), before);
}

TEST_F(Edits, AnEditedMeetingIsUndoneByteForByte)
{
    const auto before = document();
    Meeting edited = meeting("raimondo-beijing-2023-08-28");
    edited.title = "Raimondo in Beijing";
    edited.end = day("2023-08-30");
    edited.participants = {"gina-raimondo", "wang-yi"};
    edited.summary.reset();
    const auto undo = m_store.apply(putting(std::vector{edited}));
    const auto now = meeting(edited.id);
    EXPECT_EQ(now.title, "Raimondo in Beijing");
    EXPECT_EQ(now.participants, (std::vector<std::string>{"gina-raimondo", "wang-yi"}));
    EXPECT_FALSE(now.summary);
    EXPECT_EQ(now.sources, edited.sources); // links not touched stay
    const auto redo = m_store.apply(undo);
    EXPECT_EQ(document(), before);
    // And the change back again gives the edit again.
    m_store.apply(redo);
    EXPECT_EQ(meeting(edited.id).title, "Raimondo in Beijing");
}

TEST_F(Edits, RemovingAnOfficialTakesThemOutOfTheirMeetingsInOneStep)
{
    const auto before = document();
    const auto removal = m_store.removal(RecordKind::Official, "wang-yi");
    EXPECT_EQ(removal.remove.officials, std::vector<std::string>{"wang-yi"});
    EXPECT_EQ(removal.put.meetings.size(), 15u); // what it will change, before it does
    for (const auto& m : removal.put.meetings)
        EXPECT_FALSE(contains(m.participants, "wang-yi")) << m.id;
    const auto undo = m_store.apply(removal);
    EXPECT_FALSE(m_store.official("wang-yi"));
    Filter his;
    his.setText("王毅");
    EXPECT_TRUE(m_store.meetings(his).empty());
    m_store.apply(undo);
    EXPECT_EQ(document(), before);
}

TEST_F(Edits, RemovingATopicMovesItsSubtopicsUpAndOutOfItsRecords)
{
    const auto before = document();
    const auto& dataset = testDataset();
    const auto parent = std::ranges::find_if(dataset.topics, [&](const Topic& topic) {
        return std::ranges::any_of(dataset.topics,
                                   [&](const Topic& child) { return child.parent == topic.id; });
    });
    ASSERT_NE(parent, dataset.topics.end());
    const auto removal = m_store.removal(RecordKind::Topic, parent->id);
    ASSERT_FALSE(removal.put.topics.empty());
    for (const auto& child : removal.put.topics)
        EXPECT_EQ(child.parent, parent->parent) << child.id;
    const auto undo = m_store.apply(removal);
    for (const auto& topic : m_store.topics())
        EXPECT_NE(topic.id, parent->id);
    m_store.apply(undo);
    EXPECT_EQ(document(), before);
}

TEST_F(Edits, ACountryStillInUseIsNotRemoved)
{
    try {
        m_store.removal(RecordKind::Country, "CN");
        FAIL() << "removed";
    } catch (const DataError& error) {
        EXPECT_NE(std::string(error.what()).find("countries[CN]: is the host of meetings["),
                  std::string::npos)
            << error.what();
    }
}

TEST_F(Edits, ManyChangesUndoneInReverseGiveTheSameDatabase)
{
    const auto before = document();
    std::vector<ChangeSet> undos;
    Official official = *m_store.official("jake-sullivan");
    official.positions.push_back({"Special Envoy", "Department of State", day("2025-02-01"), {}});
    official.aliases.emplace_back("J. Sullivan");
    undos.push_back(m_store.apply(putting(std::vector{official})));
    Topic topic{m_store.freeId(RecordKind::Topic, "Fentanyl"), "Fentanyl", "trade"};
    undos.push_back(m_store.apply(putting(std::vector{topic})));
    Meeting m = meeting("biden-xi-woodside-2023-11-15");
    m.topics.push_back(topic.id);
    undos.push_back(m_store.apply(putting(std::vector{m})));
    undos.push_back(
        m_store.apply(m_store.removal(RecordKind::Meeting, "biden-xi-bali-2022-11-14")));
    undos.push_back(m_store.apply(m_store.removal(RecordKind::Official, "antony-blinken")));
    // Last change first. (By index: clang-tidy's clang cannot read libstdc++
    // 12's ranges::reverse_view, and would turn reverse iterators into one.)
    for (std::size_t undo = undos.size(); undo-- > 0;)
        m_store.apply(undos[undo]);
    EXPECT_EQ(document(), before);
}

// A bad change on a file: refused with a message naming the record and the
// field, and the file byte for byte as it was.
struct BadChange {
    std::string name;
    std::function<ChangeSet(const Store&)> make;
    std::string message;
};

void PrintTo(const BadChange& change, std::ostream* out) { *out << change.name; }

class BadChanges : public ::testing::TestWithParam<BadChange> {};

TEST_P(BadChanges, AreRefusedAndTheFileIsUnchanged)
{
    TempDir dir;
    const auto file = dir / "edit.parley";
    Store::create(file).import(testDataset());
    const auto bytes = readBytes(file);
    auto store = Store::open(file);
    const auto change = GetParam().make(store);
    try {
        store.apply(change);
        FAIL() << "applied";
    } catch (const DataError& error) {
        EXPECT_NE(std::string(error.what()).find(GetParam().message), std::string::npos)
            << error.what();
        EXPECT_TRUE(std::string(error.what()).starts_with(file.string())) << error.what();
    }
    EXPECT_EQ(readBytes(file), bytes);
}

Meeting stored(const Store& store, const char* id) { return *store.meeting(id); }

INSTANTIATE_TEST_SUITE_P(
    Cases, BadChanges,
    ::testing::Values(
        BadChange{"end_before_start",
                  [](const Store& s) {
                      auto m = stored(s, "biden-xi-bali-2022-11-14");
                      m.end = day("2022-11-01");
                      return putting(std::vector{m});
                  },
                  "meetings[biden-xi-bali-2022-11-14].end: 2022-11-01 is before the start"},
        BadChange{"unknown_participant",
                  [](const Store& s) {
                      auto m = stored(s, "biden-xi-bali-2022-11-14");
                      m.participants.emplace_back("nobody-at-all");
                      return putting(std::vector{m});
                  },
                  "participants: \"nobody-at-all\" is not an official in the database"},
        BadChange{"participant_removed_meanwhile",
                  [](const Store& s) {
                      auto m = stored(s, "biden-xi-bali-2022-11-14");
                      auto change = putting(std::vector{m});
                      change.remove.officials = {"xi-jinping"};
                      return change;
                  },
                  "\"xi-jinping\" is not an official in the database"},
        BadChange{"official_still_named",
                  [](const Store&) {
                      ChangeSet change;
                      change.remove.officials = {"wang-yi"};
                      return change;
                  },
                  "officials[wang-yi]: still named by meetings["},
        BadChange{"topic_cycle",
                  [](const Store& s) {
                      auto topics = s.topics();
                      const auto child = std::ranges::find_if(
                          topics, [](const Topic& topic) { return topic.parent.has_value(); });
                      auto parent = *std::ranges::find(topics, *child->parent, &Topic::id);
                      parent.parent = child->id;
                      return putting(std::vector{parent});
                  },
                  "the topic tree has a cycle"},
        BadChange{"twice_in_one_change",
                  [](const Store& s) {
                      auto m = stored(s, "biden-xi-bali-2022-11-14");
                      return putting(std::vector{m, m});
                  },
                  "meetings[biden-xi-bali-2022-11-14]: duplicate id"},
        BadChange{"empty_name",
                  [](const Store& s) {
                      auto o = *s.official("wang-yi");
                      o.name.clear();
                      return putting(std::vector{o});
                  },
                  "officials[wang-yi].name: empty (required)"},
        BadChange{"precision_mismatch",
                  [](const Store& s) {
                      auto m = stored(s, "biden-xi-bali-2022-11-14");
                      m.precision = Precision::Year;
                      return putting(std::vector{m});
                  },
                  "does not fit precision year"}),
    [](const auto& test) { return test.param.name; });

TEST(EditsOnFiles, AReadOnlyStoreRefusesEveryChange)
{
    TempDir dir;
    const auto file = dir / "read-only.parley";
    Store::create(file).import(testDataset());
    auto store = Store::open(file, Store::Access::ReadOnly);
    EXPECT_THROW(store.apply(store.removal(RecordKind::Meeting, "biden-xi-bali-2022-11-14")),
                 DatabaseError);
}

// With FTS5's own merging, an edit now and then finished a merge that took
// in the bulk-built segments of the search index: 7 s for one edit at a
// million meetings. Edits leave merging to the small segments they write.
TEST(EditsOnFiles, EditsMergeOnlyTheSmallSegmentsOfTheSearchIndex)
{
    TempDir dir;
    const auto file = dir / "edited.parley";
    Store::create(file).import(testDataset());
    auto store = Store::open(file);
    auto meeting = *store.meeting("biden-xi-bali-2022-11-14");
    meeting.title += ", first day";
    store.apply(putting(std::vector{meeting}));
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    const auto setting = [&](const std::string& name) {
        return db.execAndGet("SELECT v FROM meeting_fts_config WHERE k = '" + name + "'").getInt();
    };
    EXPECT_EQ(setting("automerge"), 0);
    EXPECT_EQ(setting("crisismerge"), schema::kSearchSegmentsBeforeMerge);
}

TEST(EditsOnFiles, FreeIdsFollowTheSlugOfTheNameAndAreNotTaken)
{
    auto store = storeWith(testDataset());
    EXPECT_EQ(store.freeId(RecordKind::Official, "Wang Yi"), "wang-yi-2");
    EXPECT_EQ(store.freeId(RecordKind::Official, "Zoë Ferrer"), "zoe-ferrer");
    EXPECT_EQ(store.freeId(RecordKind::Official, "王毅"), "official");
    EXPECT_EQ(store.freeId(RecordKind::Source, "Reuters"), "reuters");
}

} // namespace
} // namespace parley::test
