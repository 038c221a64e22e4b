// parley-db with large documents: a 200 MB document is read in memory
// proportional to its records, not to its JSON tree, and refused cleanly when
// its last record is bad; a bad meeting midway, found after the meetings
// before it were written, changes nothing either; an import killed part-way
// (SIGKILL, as a power cut or the OOM killer would) leaves the database
// exactly as it was.
#include "tests/cli/LargeDocument.h"
#include "tests/cli/RunCommand.h"
#include "tests/db/TestData.h"

#include <chrono>
#include <thread>

namespace parley::test {
namespace {

using namespace std::chrono_literals;

// Memory is only measured without AddressSanitizer, which keeps freed memory
// in quarantine and shadows every byte.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMeasuresMemory = false;
#elif defined(__has_feature)
constexpr bool kMeasuresMemory = !__has_feature(address_sanitizer);
#else
constexpr bool kMeasuresMemory = true;
#endif

class LargeImports : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(runParleyDb({"init", db()}).exitCode, 0);
        ASSERT_EQ(runParleyDb({"import", db(), sampleDatasetFile().string()}).exitCode, 0);
    }

    std::string db() const { return (m_dir / "parley.db").string(); }
    std::string journal() const { return db() + "-journal"; }

    // A rollback journal that SQLite will play back: it starts with its magic
    // number (an interrupted import that had not written a page yet leaves a
    // zeroed one, which SQLite ignores and reuses).
    bool hotJournal() const
    {
        std::ifstream in(journal(), std::ios::binary);
        std::string magic(8, '\0');
        return in.read(magic.data(), 8) && magic == "\xD9\xD5\x05\xF9\x20\xA1\x63\xD7";
    }

    // Waits until `happened` holds, for at most five minutes: an import of
    // 50,000 meetings reads its document twice before its last pages go to
    // the file, which under the sanitizers, beside other tests, took over a
    // minute.
    template <typename Condition> static void waitUntil(Condition happened, const char* what)
    {
        for (int i = 0; i < 300000 && !happened(); ++i)
            std::this_thread::sleep_for(1ms);
        ASSERT_TRUE(happened()) << what << " never happened";
    }

    std::string exported() const
    {
        const auto result = runParleyDb({"export", db()});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.out;
    }

    TempDir m_dir;
};

TEST_F(LargeImports, A200MegabyteDocumentIsReadInBoundedMemoryAndRefusedCleanly)
{
    const auto document = m_dir / "huge.json";
    writeLargeDocument(document, {.meetings = 360000, .dangling = 359999});
    const auto size = fs::file_size(document);
    ASSERT_GT(size, 200u * 1000 * 1000);
    const auto before = readBytes(db());

    const auto result = runParleyDb({"import", db(), document.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "parley-db: " + document.string() + ": meetings[" +
                              largeMeetingId(359999) +
                              "].participants: \"nobody-at-all\" is not an official defined in "
                              "the document\n");
    EXPECT_EQ(readBytes(db()), before);
    std::cout << "[ memory   ] reading " << size / 1000000 << " MB took a peak of "
              << result.peakMemoryKiB / 1024 << " MiB\n";
    // The whole JSON tree alone took 5.6 times the file; the records take less than 2.5.
    if (kMeasuresMemory) {
        EXPECT_LT(result.peakMemoryKiB * 1024, size * 5 / 2);
    }
}

TEST_F(LargeImports, ABadMeetingMidwayLeavesTheDatabaseAsItWas)
{
    // The meetings are written as they are read: half of them are in the
    // database's pages when the bad one comes.
    const auto document = m_dir / "midway.json";
    writeLargeDocument(document, {.meetings = 60000, .dangling = 30000});
    const auto before = readBytes(db());

    const auto result = runParleyDb({"import", db(), document.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err, "parley-db: " + document.string() + ": meetings[" +
                              largeMeetingId(30000) +
                              "].participants: \"nobody-at-all\" is not an official defined in "
                              "the document\n");
    EXPECT_EQ(readBytes(db()), before);
    EXPECT_FALSE(fs::exists(journal()));
    EXPECT_EQ(runParleyDb({"check", db()}).exitCode, 0);
}

TEST_F(LargeImports, AKilledImportLeavesTheDatabaseAsItWas)
{
    const auto document = m_dir / "large.json";
    const std::size_t meetings = 50000;
    writeLargeDocument(document, {.meetings = meetings});
    const auto before = exported();

    // Moments after the start (while the document is read), after the import
    // began its transaction (a new journal), and once it has written pages into
    // the database file itself (it grew by 1 or 4 MB), which SQLite must undo.
    // Pages may stay in SQLite's cache until the commit, so the file may only
    // grow then; the kill still comes before the commit ends (the journal goes).
    enum class After { Start, Transaction, FileGrowth };
    struct Moment {
        After after;
        std::chrono::milliseconds delay{};
        std::uintmax_t growth = 0;
    };
    const Moment moments[] = {{After::Start, 50ms},
                              {After::Start, 200ms},
                              {After::Start, 800ms},
                              {After::Transaction},
                              {After::FileGrowth, {}, 1u << 20},
                              {After::FileGrowth, {}, 4u << 20}};
    const auto size = fs::file_size(db());
    for (const auto& moment : moments) {
        SCOPED_TRACE("moment " + std::to_string(&moment - moments));
        const auto start = fs::file_time_type::clock::now();
        BackgroundParleyDb import({"import", db(), document.string()});
        std::error_code error;
        if (moment.after == After::Transaction) {
            ASSERT_NO_FATAL_FAILURE(
                waitUntil([&] { return fs::last_write_time(journal(), error) >= start && !error; },
                          "a new journal"));
        }
        if (moment.after == After::FileGrowth) {
            ASSERT_NO_FATAL_FAILURE(waitUntil(
                [&] {
                    const auto now = fs::file_size(db(), error);
                    return !error && now > size + moment.growth;
                },
                "writing into the file"));
        }
        std::this_thread::sleep_for(moment.delay);
        ASSERT_TRUE(import.kill()) << "the import finished before it could be killed";
        if (moment.after == After::FileGrowth) {
            ASSERT_TRUE(hotJournal()) << "the import committed before the kill landed";
        }

        // Whichever comes first, checking (read-write) or exporting (read-only),
        // undoes the interrupted import.
        const bool checkFirst = (&moment - moments) % 2 == 0;
        if (!checkFirst) {
            EXPECT_EQ(exported(), before);
        }
        const auto check = runParleyDb({"check", db()});
        EXPECT_EQ(check.exitCode, 0) << check.err;
        EXPECT_EQ(check.out, db() + ": ok\n");
        EXPECT_FALSE(hotJournal());
        EXPECT_EQ(exported(), before);
    }

    // Left alone, the same import succeeds, in bounded memory.
    const auto result = runParleyDb({"import", db(), document.string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    const auto stats = runParleyDb({"stats", db()}).out;
    EXPECT_NE(stats.find("meetings        " + std::to_string(meetings + 5) + "\n"),
              std::string::npos)
        << stats;
    std::cout << "[ memory   ] importing " << fs::file_size(document) / 1000000
              << " MB took a peak of " << result.peakMemoryKiB / 1024 << " MiB\n";
}

TEST_F(LargeImports, AnotherProgramsImportIsNoticed)
{
    const auto store = Store::open(db(), Store::Access::ReadOnly);
    const int before = store.dataVersion();
    ASSERT_EQ(runParleyDb({"import", db(), testDatasetFile().string()}).exitCode, 0);
    EXPECT_NE(store.dataVersion(), before);
    EXPECT_GT(store.stats().meetings, 5);
}

} // namespace
} // namespace parley::test
