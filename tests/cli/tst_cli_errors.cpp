// parley-db commands that fail: exit code 1 for bad data and unusable files,
// 2 for usage errors; one clear line on stderr naming the file (and for bad
// data the array, the id and the field); the database byte-for-byte unchanged.
#include "tests/cli/RunCommand.h"
#include "tests/db/RawSqlite.h"
#include "tests/db/TestData.h"

#include <functional>

namespace parley::test {
namespace {

class CliErrors : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(runParleyDb({"init", db()}).exitCode, 0);
        ASSERT_EQ(runParleyDb({"import", db(), sampleDatasetFile().string()}).exitCode, 0);
    }

    std::string db() const { return (m_dir / "parley.db").string(); }

    // The command fails with `exitCode`, says so on one line of stderr that
    // holds every part of `mustName`, prints nothing on stdout, and leaves
    // `file` (default: the database) exactly as it was, or absent if it was.
    void expectFailure(const std::vector<std::string>& arguments, int exitCode,
                       const std::vector<std::string>& mustName, std::string file = {}) const
    {
        if (file.empty())
            file = db();
        const bool existed = fs::exists(file);
        const auto before = existed ? readBytes(file) : std::string();
        const auto result = runParleyDb(arguments);
        std::string command;
        for (const auto& argument : arguments)
            command += argument + " ";
        EXPECT_EQ(result.exitCode, exitCode) << command << "\n" << result.err;
        EXPECT_EQ(result.out, "") << command;
        ASSERT_TRUE(result.err.starts_with("parley-db: ")) << command << "\n" << result.err;
        const auto firstLine = result.err.substr(0, result.err.find('\n'));
        if (exitCode == 1) {
            EXPECT_EQ(result.err, firstLine + "\n") << command << ": more than one line";
        }
        for (const auto& part : mustName)
            EXPECT_NE(firstLine.find(part), std::string::npos)
                << command << ": \"" << part << "\" missing in: " << firstLine;
        ASSERT_EQ(fs::exists(file), existed) << file;
        if (existed) {
            EXPECT_EQ(readBytes(file), before) << command << ": " << file << " changed";
        }
    }

    TempDir m_dir;
};

class CliBadDocuments : public CliErrors, public ::testing::WithParamInterface<BadDocument> {};

TEST_P(CliBadDocuments, ImportIsRefusedAndChangesNothing)
{
    const auto file = badDocumentFile(GetParam().file).string();
    auto mustName = GetParam().mustName;
    mustName.push_back(file);
    expectFailure({"import", db(), file}, 1, mustName);
}

INSTANTIATE_TEST_SUITE_P(TestsDataBad, CliBadDocuments, ::testing::ValuesIn(badDocuments()),
                         [](const auto& test) {
                             auto name = test.param.file.substr(0, test.param.file.find('.'));
                             std::erase(name, '-');
                             return name;
                         });

TEST_F(CliErrors, ImportOfAMissingDocumentNamesIt)
{
    const auto missing = (m_dir / "missing.json").string();
    expectFailure({"import", db(), missing}, 1, {missing, "cannot read"});
}

TEST_F(CliErrors, AMegabyteTitleIsRefusedWithTheLimit)
{
    auto text = readBytes(sampleDatasetFile());
    const std::string title = "\"title\": \"Raimondo–Wang Wentao talks\"";
    ASSERT_NE(text.find(title), std::string::npos);
    text.replace(text.find(title), title.size(),
                 "\"title\": \"" + std::string(std::size_t{1024} * 1024, 'x') + "\"");
    const auto document = (m_dir / "long-title.json").string();
    writeBytes(document, text);
    expectFailure({"import", db(), document}, 1,
                  {document, "meetings[raimondo-wang-wentao-2023-05-25].title",
                   "a text of 1048576 bytes; at most 65536 are allowed"});
}

TEST_F(CliErrors, InitRefusesAnExistingFile)
{
    expectFailure({"init", db()}, 1, {db(), "already exists"});
    const auto notes = (m_dir / "notes.txt").string();
    writeBytes(notes, "keep me\n");
    expectFailure({"init", notes}, 1, {notes, "already exists"}, notes);
}

TEST_F(CliErrors, UnknownIdsAreDataErrors)
{
    expectFailure({"engagements", db(), "nobody"}, 1, {"\"nobody\"", db()});
    expectFailure({"meetings", db(), "--official", "nobody"}, 1, {"official", "\"nobody\"", db()});
    expectFailure({"meetings", db(), "--country", "XX"}, 1, {"country", "\"XX\"", db()});
    expectFailure({"meetings", db(), "--topic", "quantum"}, 1, {"topic", "\"quantum\"", db()});
    expectFailure({"measures", db(), "--country", "XX"}, 1, {"country", "\"XX\"", db()});
}

TEST_F(CliErrors, UsageErrorsExitWithTwo)
{
    expectFailure({"meetings", db(), "--colour", "red"}, 2, {"--colour"});
    expectFailure({"meetings", db(), "--from", "2023-02-30"}, 2, {"--from", "2023-02-30"});
    expectFailure({"measures", db(), "--to", "2023-13-01"}, 2, {"--to", "2023-13-01"});
    expectFailure({"meetings", db(), "--format", "xml"}, 2, {"--format", "xml"});
    expectFailure({"meetings", db(), "--kind", "party"}, 2, {"--kind", "party"});
    expectFailure({"frobnicate", db()}, 2, {"subcommand"});
    expectFailure({}, 2, {"subcommand"});
    expectFailure({"import", db()}, 2, {"FILE"});
}

TEST_F(CliErrors, ExportIntoAMissingDirectoryLeavesNoFile)
{
    const auto target = m_dir / "no-such-dir" / "out.json";
    expectFailure({"export", db(), "-o", target.string()}, 1, {target.string()});
    EXPECT_FALSE(fs::exists(target.string() + ".partial"));
}

// A file that is not a usable Parley database, and what the error says.
struct UnusableFile {
    std::string name;
    std::function<void(const fs::path& file, const fs::path& sound)> make;
    std::string why;
};

void PrintTo(const UnusableFile& file, std::ostream* out) { *out << file.name; }

std::vector<UnusableFile> unusableFiles()
{
    return {
        {"NewerSchemaVersion",
         [](const fs::path& file, const fs::path& sound) {
             fs::copy_file(sound, file);
             runSql(file, "PRAGMA user_version = 99");
         },
         "newer Parley"},
        {"TextFile",
         [](const fs::path& file, const fs::path&) {
             writeBytes(file, std::string(2048, '#') + "\nnot a database\n");
         },
         "not a SQLite database"},
        {"OtherSqliteFile",
         [](const fs::path& file, const fs::path&) {
             runSql(file, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');");
         },
         "not a Parley database"},
        {"ZeroByteFile", [](const fs::path& file, const fs::path&) { writeBytes(file, ""); },
         "not a Parley database"},
        {"MissingFile", [](const fs::path&, const fs::path&) {}, "no such database file"},
    };
}

class CliUnusableFiles : public CliErrors, public ::testing::WithParamInterface<UnusableFile> {};

TEST_P(CliUnusableFiles, EveryCommandRefusesWithoutChangingIt)
{
    const auto file = (m_dir / "unusable.db").string();
    GetParam().make(file, db());
    const auto sample = sampleDatasetFile().string();
    const std::vector<std::vector<std::string>> commands{
        {"import", file, sample}, {"meetings", file},
        {"measures", file},       {"engagements", file, "wang-yi"},
        {"stats", file},          {"check", file},
        {"export", file}};
    for (const auto& command : commands)
        expectFailure(command, 1, {file, GetParam().why}, file);
}

INSTANTIATE_TEST_SUITE_P(Files, CliUnusableFiles, ::testing::ValuesIn(unusableFiles()),
                         [](const auto& test) { return test.param.name; });

} // namespace
} // namespace parley::test
