// parley-db and databases in trouble: made by an older Parley (upgraded with a
// backup, or refused by reading commands), damaged or truncated (check says
// so), locked by another program or read-only (refused, unchanged).
#include "tests/cli/RunCommand.h"
#include "tests/db/OldDatabases.h"
#include "tests/db/RawSqlite.h"
#include "tests/db/Unprivileged.h"

#include <unistd.h>

namespace parley::test {
namespace {

// The schema version this Parley writes, as its messages print it.
const std::string kVersion = std::to_string(schema::kVersion);

class CliDatabaseSafety : public ::testing::Test {
protected:
    std::string file(const std::string& name) const { return (m_dir / name).string(); }

    // A database holding the test dataset, as this Parley makes it.
    std::string soundDatabase() const
    {
        auto db = file("sound.parley");
        if (!fs::exists(db)) {
            EXPECT_EQ(runParleyDb({"init", db}).exitCode, 0);
            EXPECT_EQ(runParleyDb({"import", db, testDatasetFile().string()}).exitCode, 0);
        }
        return db;
    }

    TempDir m_dir;
};

TEST_F(CliDatabaseSafety, ReadingCommandsRefuseAnOlderDatabaseAndSayHowToUpgrade)
{
    const auto old = file("old.parley");
    makeVersionOneDatabase(old);
    const auto before = readBytes(old);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"meetings", old}, {"export", old}, {"stats", old}}) {
        const auto result = runParleyDb(command);
        EXPECT_EQ(result.exitCode, 1) << command.front();
        EXPECT_TRUE(result.err.starts_with("parley-db: " + old + ": made by an older Parley"))
            << result.err;
        EXPECT_NE(result.err.find("run parley-db upgrade on it"), std::string::npos) << result.err;
    }
    EXPECT_EQ(readBytes(old), before);
}

TEST_F(CliDatabaseSafety, UpgradeKeepsABackupAndSaysWhere)
{
    const auto old = file("old.parley");
    makeVersionOneDatabase(old);
    const auto upgraded = runParleyDb({"upgrade", old});
    EXPECT_EQ(upgraded.exitCode, 0) << upgraded.err;
    EXPECT_EQ(upgraded.out,
              old + ": upgraded from schema version 1 to " + kVersion +
                  " (it was made by an older Parley); the file as it was is kept as " + old +
                  ".v1.bak\n");
    EXPECT_TRUE(fs::exists(old + ".v1.bak"));
    EXPECT_EQ(runParleyDb({"export", old}).out, runParleyDb({"export", soundDatabase()}).out);
    EXPECT_EQ(runParleyDb({"upgrade", old}).out,
              old + ": up to date (schema version " + kVersion + ")\n");
}

TEST_F(CliDatabaseSafety, ImportIntoAnOlderDatabaseUpgradesItFirst)
{
    const auto old = file("old.parley");
    makeVersionOneDatabase(old);
    const auto result = runParleyDb({"import", old, sampleDatasetFile().string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.out.starts_with(old + ": upgraded from schema version 1 to " + kVersion))
        << result.out;
    EXPECT_NE(result.out.find("\nImported 5 meetings"), std::string::npos) << result.out;
}

TEST_F(CliDatabaseSafety, CheckReportsADamagedPageAndFails)
{
    const auto sound = soundDatabase();
    const auto damaged =
        damagedCopy(sound, file("damaged.parley"), fs::file_size(sound) / 2 / 4096 * 4096, 4096)
            .string();
    const auto result = runParleyDb({"check", damaged});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(result.err.starts_with(damaged + ": integrity: ")) << result.err;
    EXPECT_TRUE(result.err.ends_with(" problem(s) found\n")) << result.err;
}

TEST_F(CliDatabaseSafety, EveryCommandRefusesADamagedSchemaInOneLine)
{
    const auto damaged = damagedCopy(soundDatabase(), file("schema.parley"), 100, 4000).string();
    const auto before = readBytes(damaged);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"check", damaged},
          {"meetings", damaged},
          {"import", damaged, sampleDatasetFile().string()}}) {
        const auto result = runParleyDb(command);
        EXPECT_EQ(result.exitCode, 1) << command.front();
        EXPECT_TRUE(result.err.starts_with("parley-db: " + damaged + ": the database is damaged ("))
            << result.err;
        EXPECT_TRUE(result.err.ends_with("); restore it from a backup copy\n")) << result.err;
        EXPECT_EQ(std::ranges::count(result.err, '\n'), 1) << result.err;
    }
    EXPECT_EQ(readBytes(damaged), before);
}

TEST_F(CliDatabaseSafety, ATruncatedDatabaseFailsTheCheck)
{
    auto bytes = readBytes(soundDatabase());
    bytes.resize(bytes.size() / 3);
    const auto truncated = file("truncated.parley");
    writeBytes(truncated, bytes);
    const auto result = runParleyDb({"check", truncated});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("damaged"), std::string::npos) << result.err;
}

TEST_F(CliDatabaseSafety, ALockedDatabaseIsNamedAndLeftAlone)
{
    const auto db = soundDatabase();
    const auto before = readBytes(db);
    RawSqlite other(db);
    other.exec("BEGIN EXCLUSIVE");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"meetings", db}, {"import", db, sampleDatasetFile().string()}}) {
        const auto result = runParleyDb(command);
        EXPECT_EQ(result.exitCode, 1) << command.front();
        EXPECT_EQ(result.err, "parley-db: " + db +
                                  ": locked by another program that is changing it (waited 2 "
                                  "seconds); try again when that program has finished\n");
    }
    other.exec("ROLLBACK");
    EXPECT_EQ(readBytes(db), before);
}

TEST_F(CliDatabaseSafety, ImportIntoAReadOnlyFileIsRefused)
{
    const auto db = soundDatabase();
    fs::permissions(fs::path(db).parent_path(), fs::perms::all);
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const auto before = readBytes(db);
    asOrdinaryUser(
        [&] {
            const auto result = runParleyDb({"import", db, sampleDatasetFile().string()});
            EXPECT_EQ(result.exitCode, 1);
            EXPECT_EQ(result.err, "parley-db: " + db +
                                      ": read-only (opened for reading, or the file or its folder "
                                      "cannot be written); nothing was imported\n");
            EXPECT_EQ(runParleyDb({"meetings", db}).exitCode, 0);
        },
        {parleyDbProgram(), sampleDatasetFile()});
    EXPECT_EQ(readBytes(db), before);
}

} // namespace
} // namespace parley::test
