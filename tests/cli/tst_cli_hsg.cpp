// parley-db import-hsg: the Office of the Historian's records merged into a
// database all or nothing. A good folder imports, twice to the same bytes; a
// broken one is refused in one line on stderr and leaves the file byte for
// byte as it was; the whole shipped folder gives a database that passes
// check and whose parley/1 export round-trips byte for byte.
#include "tests/cli/RunCommand.h"
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

fs::path hsgData(const std::string& folder) { return sourceDir() / "tests/data/hsg" / folder; }

class CliHsg : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(runParleyDb({"init", db()}).exitCode, 0); }

    std::string db() const { return (m_dir / "parley.db").string(); }
    std::string file(const std::string& name) const { return (m_dir / name).string(); }

    // The database's export, asserting that export works.
    std::string exported(const std::string& database) const
    {
        const auto result = runParleyDb({"export", database});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.out;
    }

    TempDir m_dir;
};

TEST_F(CliHsg, ImportsAFolderAndAgainToTheSameBytes)
{
    const auto folder = hsgData("good").string();
    const auto result = runParleyDb({"import-hsg", db(), folder});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_EQ(result.out, "Imported 7 meetings (4 trips, 3 visits), 10 officials with 8 "
                          "positions, 8 countries and 4 sources from " +
                              folder + " into " + db() +
                              "\nLeft out 1 appointment with neither a start nor an appointment "
                              "date\n");
    const auto once = exported(db());
    EXPECT_EQ(runParleyDb({"import-hsg", db(), folder}).exitCode, 0);
    EXPECT_EQ(exported(db()), once);
    EXPECT_EQ(runParleyDb({"check", db()}).out, db() + ": ok\n");
}

TEST_F(CliHsg, ABrokenFolderIsRefusedAndChangesNoByte)
{
    ASSERT_EQ(runParleyDb({"import", db(), testDatasetFile().string()}).exitCode, 0);
    const auto before = readBytes(db());
    for (const auto* bad : {"malformed-xml", "unknown-country", "visit-without-date",
                            "impossible-date", "duplicate-trip-id", "unknown-person", "not-utf8"}) {
        const auto folder = hsgData(std::string("bad/") + bad);
        const auto result = runParleyDb({"import-hsg", db(), folder.string()});
        EXPECT_EQ(result.exitCode, 1) << bad;
        EXPECT_TRUE(result.err.starts_with("parley-db: " + folder.string() + "/")) << result.err;
        EXPECT_EQ(std::ranges::count(result.err, '\n'), 1) << result.err;
        EXPECT_EQ(result.out, "") << bad;
        EXPECT_EQ(readBytes(db()), before) << bad;
    }
}

TEST_F(CliHsg, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(runParleyDb({"import-hsg", db()}).exitCode, 2);
    const auto missing = runParleyDb({"import-hsg", db(), file("nowhere")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, "parley-db: " + file("nowhere") +
                               ": not a folder of the Office of the Historian's records\n");
}

TEST_F(CliHsg, TheShippedRecordsExportAndRoundTripByteForByte)
{
    const auto result = runParleyDb({"import-hsg", db(), (sourceDir() / "resources/hsg").string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(runParleyDb({"check", db()}).out, db() + ": ok\n");
    const auto document = file("history.json");
    ASSERT_EQ(runParleyDb({"export", db(), "-o", document}).exitCode, 0);
    const auto copy = file("copy.parley");
    ASSERT_EQ(runParleyDb({"init", copy}).exitCode, 0);
    const auto imported = runParleyDb({"import", copy, document});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(runParleyDb({"check", copy}).out, copy + ": ok\n");
    EXPECT_EQ(exported(copy), readBytes(document));
}

} // namespace
} // namespace parley::test
