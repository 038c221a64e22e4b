// parley-db's exchange commands: export-ics, export-csv and export-timelinejs
// follow the meeting filters and write a file or stdout; import-csv merges a
// spreadsheet all or nothing, and every bad one leaves the database byte for
// byte as it was.
#include "db/exchange/MeetingCsv.h"
#include "tests/cli/RunCommand.h"
#include "tests/db/BadCsv.h"
#include "tests/db/TestData.h"

#include <nlohmann/json.hpp>

namespace parley::test {
namespace {

using nlohmann::json;

class CliExchange : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(runParleyDb({"init", db()}).exitCode, 0);
        ASSERT_EQ(runParleyDb({"import", db(), testDatasetFile().string()}).exitCode, 0);
    }

    std::string db() const { return (m_dir / "parley.db").string(); }
    std::string file(const std::string& name) const { return (m_dir / name).string(); }

    std::string output(const std::vector<std::string>& arguments) const
    {
        const auto result = runParleyDb(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_EQ(result.err, "");
        return result.out;
    }

    std::vector<std::string> meetingIds(std::vector<std::string> filters) const
    {
        filters.insert(filters.begin(), {"meetings", db(), "--format", "json"});
        std::vector<std::string> ids;
        for (const auto& meeting : json::parse(output(filters)))
            ids.push_back(meeting.at("id"));
        return ids;
    }

    TempDir m_dir;
};

std::vector<std::string> uidsIn(const std::string& ics)
{
    std::vector<std::string> ids;
    for (std::size_t at = 0; (at = ics.find("\r\nUID:", at)) != std::string::npos; ++at)
        ids.push_back(ics.substr(at + 6, ics.find("@parley", at) - at - 6));
    return ids;
}

TEST_F(CliExchange, ExportsFollowTheMeetingFiltersToAFileOrStdout)
{
    const std::vector<std::string> filters{"--country",  "CN",      "--from",
                                           "2023-01-01", "--topic", "trade"};
    const auto expected = meetingIds(filters);
    ASSERT_GE(expected.size(), 2u);
    ASSERT_LT(expected.size(), 52u);

    auto run = [&](const std::string& command, const std::string& out) {
        std::vector<std::string> arguments{command, db()};
        arguments.insert(arguments.end(), filters.begin(), filters.end());
        auto toStdout = output(arguments);
        arguments.insert(arguments.end(), {"-o", file(out)});
        EXPECT_EQ(output(arguments), "");
        EXPECT_EQ(readBytes(file(out)), toStdout) << command;
        EXPECT_FALSE(fs::exists(file(out) + ".partial"));
        return toStdout;
    };
    const auto ics = run("export-ics", "m.ics");
    EXPECT_EQ(uidsIn(ics), expected);

    const auto csv = run("export-csv", "m.csv");
    EXPECT_TRUE(csv.starts_with(kCsvExportHeader));
    EXPECT_EQ(static_cast<std::size_t>(std::ranges::count(csv, '\n')), expected.size() + 1);

    std::vector<std::string> events;
    const auto timeline = json::parse(run("export-timelinejs", "m.json"));
    for (const auto& event : timeline.at("events"))
        events.push_back(event.at("unique_id"));
    EXPECT_EQ(events, expected);
}

TEST_F(CliExchange, ExportsAreByteStable)
{
    for (const auto* command : {"export-ics", "export-csv", "export-timelinejs"})
        EXPECT_EQ(output({command, db()}), output({command, db()})) << command;
}

TEST_F(CliExchange, CsvExportImportedBackChangesNothing)
{
    const auto before = output({"export", db()});
    output({"export-csv", db(), "-o", file("all.csv")});
    EXPECT_EQ(output({"import-csv", db(), file("all.csv")}),
              "Imported 52 meetings and 0 new sources from " + file("all.csv") + " into " + db() +
                  "\n");
    EXPECT_EQ(output({"export", db()}), before);
}

TEST_F(CliExchange, ImportCsvAddsMeetingsThatTheListingShows)
{
    writeBytes(file("new.csv"), kCsvHeader + csvRow() +
                                    csvRow({{"id", "csv-second"},
                                            {"title", "\"\"\"Quoted\"\", 北京\""},
                                            {"summary", "\"two\r\nlines\""},
                                            {"source_url", ""}}));
    EXPECT_EQ(output({"import-csv", db(), file("new.csv")}),
              "Imported 2 meetings and 1 new sources from " + file("new.csv") + " into " + db() +
                  "\n");
    const auto listed = json::parse(output(
        {"meetings", db(), "--format", "json", "--from", "2023-07-13", "--to", "2023-07-13"}));
    auto at = [&](const std::string& id) {
        const auto found =
            std::ranges::find_if(listed, [&](const json& m) { return m.at("id") == id; });
        return found == listed.end() ? json::object() : *found;
    };
    EXPECT_EQ(at("csv-test-meeting").at("participants"),
              json::parse(R"(["antony-blinken", "wang-yi"])"));
    EXPECT_EQ(at("csv-test-meeting").at("sources"),
              json::array({sourceIdForUrl("https://example.org/a")}));
    EXPECT_EQ(at("csv-second").at("sources"), json::array());
    EXPECT_EQ(at("csv-second").at("title"), "\"Quoted\", 北京");
    EXPECT_EQ(at("csv-second").at("summary"), "two\r\nlines");
    EXPECT_EQ(runParleyDb({"check", db()}).exitCode, 0);
}

class CliBadCsvs : public CliExchange, public ::testing::WithParamInterface<BadCsv> {};

TEST_P(CliBadCsvs, ImportIsRefusedAndTheDatabaseIsUnchanged)
{
    const auto csv = file("bad.csv");
    writeBytes(csv, GetParam().text);
    const auto before = readBytes(db());
    const auto result = runParleyDb({"import-csv", db(), csv});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(result.err.starts_with("parley-db: " + csv + ": ")) << result.err;
    EXPECT_EQ(std::ranges::count(result.err, '\n'), 1) << result.err;
    for (const auto& part : GetParam().mustName)
        EXPECT_NE(result.err.find(part), std::string::npos) << part << " missing in " << result.err;
    EXPECT_EQ(readBytes(db()), before) << "the database changed";
}

INSTANTIATE_TEST_SUITE_P(Cases, CliBadCsvs, ::testing::ValuesIn(badCsvs()),
                         [](const auto& test) { return test.param.name; });

TEST_F(CliExchange, UsageAndLookupErrorsChangeNothing)
{
    const auto before = readBytes(db());
    EXPECT_EQ(runParleyDb({"import-csv", db()}).exitCode, 2);
    EXPECT_EQ(runParleyDb({"export-ics", db(), "--from", "2023-02-30"}).exitCode, 2);
    const auto unknown = runParleyDb({"export-ics", db(), "--official", "nobody-known"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("no official with id \"nobody-known\""), std::string::npos);
    const auto missing = runParleyDb({"import-csv", db(), file("missing.csv")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find(file("missing.csv") + ": cannot read"), std::string::npos);
    const auto unwritable = runParleyDb({"export-csv", db(), "-o", file("no/such/dir.csv")});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_NE(unwritable.err.find("cannot write"), std::string::npos) << unwritable.err;
    EXPECT_EQ(readBytes(db()), before);
}

} // namespace
} // namespace parley::test
