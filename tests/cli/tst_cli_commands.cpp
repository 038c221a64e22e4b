// parley-db commands that succeed: init, import, the listings in JSON and as
// tables, stats, check, and export with its round trip.
#include "tests/cli/RunCommand.h"
#include "tests/db/TestData.h"

#include "db/store/Schema.h"

#include <nlohmann/json.hpp>

namespace parley::test {
namespace {

using nlohmann::ordered_json;

const std::vector<std::string> kMeetingKeys{
    "id",   "title",        "start",  "end",      "precision", "location", "host",
    "kind", "participants", "topics", "measures", "summary",   "sources"};
const std::vector<std::string> kMeasureKeys{"id",      "title",         "kind",      "imposed_by",
                                            "targets", "target_entity", "announced", "precision",
                                            "topics",  "summary",       "sources"};

std::vector<std::string> keysOf(const ordered_json& object)
{
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

std::vector<std::string> idsIn(const ordered_json& array, const char* key = "id")
{
    std::vector<std::string> ids;
    for (const auto& object : array)
        ids.push_back(object.at(key).get<std::string>());
    return ids;
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

// Code points, which is what a terminal column is for the text in these tables.
std::u32string codePoints(const std::string& utf8)
{
    std::u32string text;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? lead : lead & (0xFFu >> (length + 1));
        for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
        text.push_back(c);
        i += length;
    }
    return text;
}

class CliCommands : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(runParleyDb({"init", db()}).exitCode, 0);
        const auto imported = runParleyDb({"import", db(), testDatasetFile().string()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
        EXPECT_TRUE(imported.out.starts_with("Imported 52 meetings, 32 officials, 21 measures"))
            << imported.out;
    }

    std::string db() const { return (m_dir / "parley.db").string(); }

    // Runs a command that must succeed silently on stderr.
    std::string output(const std::vector<std::string>& arguments) const
    {
        const auto result = runParleyDb(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_EQ(result.err, "");
        return result.out;
    }

    ordered_json json(std::vector<std::string> arguments) const
    {
        arguments.insert(arguments.end(), {"--format", "json"});
        const auto text = output(arguments);
        auto parsed = ordered_json::parse(text, nullptr, false);
        EXPECT_FALSE(parsed.is_discarded()) << text;
        EXPECT_TRUE(parsed.is_array()) << text;
        return parsed;
    }

    TempDir m_dir;
};

TEST_F(CliCommands, InitCreatesAnEmptyDatabase)
{
    const auto file = (m_dir / "new.db").string();
    EXPECT_EQ(output({"init", file}), "Created " + file + "\n");
    EXPECT_EQ(Store::open(file).stats().meetings, 0);
    EXPECT_EQ(json({"meetings", file}), ordered_json::array());
}

TEST_F(CliCommands, MeetingsJsonIsTheInterchangeFormOrderedByStartThenId)
{
    const auto meetings = json({"meetings", db()});
    ASSERT_EQ(meetings.size(), 52u);
    EXPECT_EQ(idsIn(meetings),
              expectedIds(testDataset().meetings, [](const auto&) { return true; }));
    auto sorted = testDataset();
    sortDataset(sorted);
    for (const auto& object : meetings) {
        EXPECT_EQ(keysOf(object), kMeetingKeys);
        const auto id = object.at("id").get<std::string>();
        EXPECT_EQ(object, toJson(*std::ranges::find(sorted.meetings, id, &Meeting::id))) << id;
    }
    EXPECT_EQ(meetings[0].at("id"), "trump-xi-call-2017-02-09");
}

TEST_F(CliCommands, MeetingsFollowTheFilterOptions)
{
    EXPECT_EQ(idsIn(json({"meetings", db(), "--country", "AT", "--country", "MT"})),
              (std::vector<std::string>{"sullivan-wang-yi-vienna-2023-05-10",
                                        "sullivan-wang-yi-malta-2023-09-16"}));
    EXPECT_EQ(
        idsIn(json({"meetings", db(), "--topic", "advanced-chips"})),
        (std::vector<std::string>{"raimondo-beijing-2023-08-28", "biden-xi-call-2024-04-02"}));
    EXPECT_TRUE(contains(idsIn(json({"meetings", db(), "--topic", "technology"})),
                         "biden-xi-call-2024-04-02"));
    EXPECT_EQ(idsIn(json({"meetings", db(), "--from", "2021-03-19", "--to", "2021-03-19"})),
              std::vector<std::string>{"anchorage-talks-2021-03-18"});
    EXPECT_EQ(idsIn(json({"meetings", db(), "--search", "raim washington"})),
              std::vector<std::string>{"raimondo-wang-wentao-washington-2023-05-25"});
    // Participants' names count: five of Wang Yi's meetings never name him.
    EXPECT_EQ(json({"meetings", db(), "--search", "王毅"}).size(), 15u);
    EXPECT_EQ(json({"meetings", db(), "--kind", "call", "--official", "joe-biden"}).size(), 5u);
}

TEST_F(CliCommands, MeetingsTableIsAlignedForPeople)
{
    const auto lines = linesOf(output({"meetings", db()}));
    ASSERT_EQ(lines.size(), 53u);
    const auto header = codePoints(lines.front());
    std::vector<std::size_t> columns;
    for (const auto* name : {U"DATE", U"TITLE", U"PLACE", U"KIND", U"PARTICIPANTS"})
        columns.push_back(header.find(name));
    ASSERT_EQ(columns.front(), 0u);
    ASSERT_TRUE(std::ranges::is_sorted(columns));
    ASSERT_NE(columns.back(), std::u32string::npos);
    // Each cell starts at its header's column, after at least one blank;
    // calls have no place, so a cell may be empty.
    for (const auto& line : lines) {
        const auto row = codePoints(line);
        for (std::size_t k = 0; k < columns.size(); ++k) {
            ASSERT_GT(row.size(), columns[k]) << line;
            const auto end = k + 1 < columns.size() ? columns[k + 1] : row.size();
            const auto cell = row.substr(columns[k], end - columns[k]);
            if (cell.find_first_not_of(U' ') != std::u32string::npos) {
                EXPECT_NE(cell.front(), U' ') << "column " << k << " of: " << line;
            }
            if (k > 0) {
                EXPECT_EQ(row[columns[k] - 1], U' ') << "column " << k << " of: " << line;
            }
        }
    }
    const auto text =
        output({"meetings", db(), "--country", "CN", "--from", "2019-03-01", "--to", "2019-04-30"});
    EXPECT_NE(text.find("2019-03 "), std::string::npos) << text; // a month, not the 1st
    EXPECT_NE(output({"meetings", db(), "--country", "AT"}).find("2023-05-10..11 "),
              std::string::npos);
}

TEST_F(CliCommands, EngagementsJsonHasOneObjectPerMeetingWithOffices)
{
    const auto engagements = json({"engagements", db(), "wang-yi"});
    ASSERT_FALSE(engagements.empty());
    for (const auto& object : engagements) {
        EXPECT_EQ(keysOf(object), (std::vector<std::string>{"meeting", "title", "start", "end",
                                                            "positions", "with"}));
        for (const auto& position : object.at("positions"))
            EXPECT_EQ(keysOf(position), (std::vector<std::string>{"title", "organization"}));
        EXPECT_TRUE(object.at("with").is_array());
        EXPECT_FALSE(contains(object.at("with").get<std::vector<std::string>>(), "wang-yi"));
    }
    const auto at = [&](const std::string& meeting) {
        const auto it = std::ranges::find_if(
            engagements, [&](const auto& o) { return o.at("meeting") == meeting; });
        return it == engagements.end() ? ordered_json() : *it;
    };
    EXPECT_EQ(at("anchorage-talks-2021-03-18").at("positions"),
              ordered_json::parse(R"([{"title": "Minister of Foreign Affairs",
                  "organization": "Ministry of Foreign Affairs of the People's Republic of China"}])"));
    EXPECT_EQ(at("anchorage-talks-2021-03-18").at("with"),
              ordered_json::parse(R"(["antony-blinken", "jake-sullivan", "yang-jiechi"])"));
    EXPECT_EQ(at("sullivan-wang-yi-vienna-2023-05-10").at("positions").size(), 1u);
    EXPECT_EQ(at("sullivan-wang-yi-malta-2023-09-16").at("positions").size(), 2u);
    EXPECT_EQ(at("sullivan-wang-yi-malta-2023-09-16").at("start"), "2023-09-16");
    EXPECT_EQ(at("sullivan-wang-yi-malta-2023-09-16").at("end"), "2023-09-17");
}

TEST_F(CliCommands, EngagementsTableNamesTheOffices)
{
    const auto lines = linesOf(
        output({"engagements", db(), "wang-yi", "--from", "2023-09-16", "--to", "2023-09-16"}));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[0].starts_with("DATE")) << lines[0];
    EXPECT_NE(lines[1].find("Director of the Office of the Central Foreign Affairs Commission; "
                            "Minister of Foreign Affairs"),
              std::string::npos)
        << lines[1];
    EXPECT_NE(lines[1].find("jake-sullivan"), std::string::npos) << lines[1];
}

TEST_F(CliCommands, MeasuresListsByCountryAndKind)
{
    const auto hongKong = json({"measures", db(), "--country", "HK"});
    EXPECT_EQ(idsIn(hongKong), (std::vector<std::string>{"us-hong-kong-sanctions-2020",
                                                         "us-outbound-investment-order-2023"}));
    for (const auto& object : hongKong)
        EXPECT_EQ(keysOf(object), kMeasureKeys);
    EXPECT_EQ(idsIn(json({"measures", db(), "--kind", "export-control"})),
              (std::vector<std::string>{"us-advanced-computing-rules-2022",
                                        "cn-gallium-germanium-controls-2023",
                                        "us-export-controls-update-2023"}));
    const auto table = linesOf(output({"measures", db(), "--country", "HK"}));
    ASSERT_EQ(table.size(), 3u);
    EXPECT_TRUE(table[0].starts_with("DATE")) << table[0];
    EXPECT_NE(table[1].find("2020-08-07"), std::string::npos) << table[1];
}

TEST_F(CliCommands, StatsCountsWhatTheDatabaseHolds)
{
    const auto text = output({"stats", db()});
    const auto version = "schema version  " + std::to_string(schema::kVersion) + "\n";
    for (const auto& line :
         {version, std::string("meetings        52\n"), std::string("officials       32\n"),
          std::string("measures        21\n"), std::string("topics          32\n"),
          std::string("countries       18\n"), std::string("sources         1\n"),
          std::string("meetings span   2017-02-09 to 2024-11-16\n")})
        EXPECT_NE(text.find(line), std::string::npos) << "missing " << line << " in:\n" << text;
}

TEST_F(CliCommands, CheckPassesASoundDatabase)
{
    EXPECT_EQ(output({"check", db()}), db() + ": ok\n");
}

TEST_F(CliCommands, CheckFailsADamagedCopy)
{
    const auto copy = m_dir / "damaged.db";
    auto bytes = readBytes(db());
    const std::size_t pageSize = 4096;
    const std::size_t middle = (bytes.size() / pageSize / 2) * pageSize;
    ASSERT_GT(middle, pageSize);
    for (std::size_t i = 0; i < pageSize; ++i)
        bytes[middle + i] = static_cast<char>(0xA5 ^ (i * 7));
    writeBytes(copy, bytes);
    const auto result = runParleyDb({"check", copy.string()});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_NE(result.err.find(copy.string()), std::string::npos) << result.err;
    EXPECT_EQ(result.out.find(": ok"), std::string::npos) << result.out;
}

TEST_F(CliCommands, ExportWritesTheFileItIsGiven)
{
    const auto file = m_dir / "export.json";
    EXPECT_EQ(output({"export", db(), "-o", file.string()}), "");
    EXPECT_EQ(readBytes(file), output({"export", db()}));
    EXPECT_FALSE(fs::exists(file.string() + ".partial"));
    auto sorted = testDataset();
    sortDataset(sorted);
    EXPECT_TRUE(loadDataset(file) == sorted);
}

TEST_F(CliCommands, ExportImportExportIsByteIdentical)
{
    const auto first = m_dir / "first.json";
    output({"export", db(), "--output", first.string()});
    const auto copy = (m_dir / "copy.db").string();
    output({"init", copy});
    output({"import", copy, first.string()});
    EXPECT_EQ(output({"export", copy}), readBytes(first));
}

TEST_F(CliCommands, ImportingTwiceEqualsImportingOnce)
{
    const auto once = output({"export", db()});
    output({"import", db(), testDatasetFile().string()});
    EXPECT_EQ(output({"export", db()}), once);
    EXPECT_EQ(output({"check", db()}), db() + ": ok\n");
}

} // namespace
} // namespace parley::test
