// parley-db generate: a synthetic database that passes check, the same file
// for the same seed, usage errors with exit code 2 that create nothing, and a
// database holding data never replaced.
#include "tests/cli/RunCommand.h"
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

class CliGenerate : public ::testing::Test {
protected:
    std::string path(const std::string& name) const { return (m_dir / name).string(); }

    // Fails with exit code 2, one line naming every part of `mustName`, and no file.
    void expectUsageError(const std::vector<std::string>& options,
                          const std::vector<std::string>& mustName) const
    {
        std::vector<std::string> arguments{"generate", path("new.parley")};
        arguments.insert(arguments.end(), options.begin(), options.end());
        const auto result = runParleyDb(arguments);
        EXPECT_EQ(result.exitCode, 2) << result.err;
        EXPECT_EQ(result.out, "");
        const auto firstLine = result.err.substr(0, result.err.find('\n'));
        EXPECT_TRUE(firstLine.starts_with("parley-db: ")) << result.err;
        for (const auto& part : mustName)
            EXPECT_NE(firstLine.find(part), std::string::npos) << part << " in: " << firstLine;
        EXPECT_FALSE(fs::exists(path("new.parley")));
    }

    TempDir m_dir;
};

TEST_F(CliGenerate, MakesADatabaseThatPassesCheck)
{
    const auto result = runParleyDb({"generate", path("db.parley"), "--meetings", "300",
                                     "--officials", "40", "--measures", "12", "--seed", "9"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.out.starts_with("Generated 300 meetings, 40 officials, 12 measures"))
        << result.out;
    EXPECT_EQ(runParleyDb({"check", path("db.parley")}).exitCode, 0);
    const auto stats = runParleyDb({"stats", path("db.parley")});
    EXPECT_NE(stats.out.find("meetings        300"), std::string::npos) << stats.out;
}

TEST_F(CliGenerate, SameSeedSameFile)
{
    for (const auto* name : {"a.parley", "b.parley"})
        ASSERT_EQ(
            runParleyDb({"generate", path(name), "--meetings", "200", "--seed", "5"}).exitCode, 0);
    EXPECT_EQ(readBytes(path("a.parley")), readBytes(path("b.parley")));
}

TEST_F(CliGenerate, UsageErrorsExitWithTwoAndCreateNothing)
{
    expectUsageError({}, {"--meetings"});
    expectUsageError({"--meetings", "0"}, {"--meetings", "0"});
    expectUsageError({"--meetings", "many"}, {"--meetings", "many"});
    expectUsageError({"--meetings", "10000001"}, {"--meetings", "10000001"});
    expectUsageError({"--meetings", "100", "--officials", "5"}, {"--officials", "5"});
    expectUsageError({"--meetings", "100", "--measures", "-1"}, {"--measures", "-1"});
    expectUsageError({"--meetings", "100", "--seed", "x"}, {"--seed", "x"});
    expectUsageError({"--meetings", "100", "--colour", "red"}, {"--colour"});
}

TEST_F(CliGenerate, RefusesADatabaseWithDataAndLeavesItAsItWas)
{
    const auto db = path("full.parley");
    ASSERT_EQ(runParleyDb({"init", db}).exitCode, 0);
    ASSERT_EQ(runParleyDb({"import", db, sampleDatasetFile().string()}).exitCode, 0);
    const auto before = readBytes(db);
    const auto result = runParleyDb({"generate", db, "--meetings", "100"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "parley-db: " + db + ": already holds data; generate into a new file\n");
    EXPECT_EQ(readBytes(db), before);
    EXPECT_FALSE(fs::exists(db + ".partial"));
}

} // namespace
} // namespace parley::test
