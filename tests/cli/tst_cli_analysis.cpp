// parley-db channel, followed and countermeasures as scripts rely on them:
// the JSON shapes, nulls where a fact is undefined, the options, the tables
// for people and the exit codes of bad input. The numbers are worked out
// here from the parley/1 test data.
#include "tests/cli/RunCommand.h"
#include "tests/db/TestData.h"

#include <nlohmann/json.hpp>

namespace parley::test {
namespace {

using nlohmann::ordered_json;

std::vector<std::string> keysOf(const ordered_json& object)
{
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

int daysBetween(std::string_view from, std::string_view to)
{
    return static_cast<int>((day(to) - day(from)).days());
}

class CliAnalysis : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        ASSERT_EQ(runParleyDb({"init", db()}).exitCode, 0);
        ASSERT_EQ(runParleyDb({"import", db(), testDatasetFile().string()}).exitCode, 0);
    }
    static void TearDownTestSuite() { delete s_dir; }

    static std::string db() { return (*s_dir / "parley.db").string(); }

    static ordered_json json(std::vector<std::string> arguments)
    {
        arguments.insert(arguments.begin() + 1, db());
        arguments.insert(arguments.end(), {"--format", "json"});
        const auto result = runParleyDb(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_EQ(result.err, "");
        auto parsed = ordered_json::parse(result.out, nullptr, false);
        EXPECT_TRUE(parsed.is_object()) << result.out;
        return parsed;
    }

    static CommandResult failing(std::vector<std::string> arguments)
    {
        arguments.insert(arguments.begin() + 1, db());
        auto result = runParleyDb(arguments);
        EXPECT_EQ(result.out, "");
        // One line that says what is wrong, and for usage errors where to look.
        EXPECT_TRUE(result.err.starts_with("parley-db: ")) << result.err;
        return result;
    }

    static TempDir* s_dir;
};

TempDir* CliAnalysis::s_dir = nullptr;

TEST_F(CliAnalysis, ChannelOfTwoOfficialsHasEveryKeyInOrder)
{
    const auto channel = json({"channel", "antony-blinken", "wang-yi", "--today", "2025-03-01"});
    EXPECT_EQ(keysOf(channel),
              (std::vector<std::string>{"a", "b", "meetings", "per_year", "median_interval_days",
                                        "longest_gap_days", "days_since_last", "offices"}));
    EXPECT_EQ(channel["a"], "antony-blinken");
    EXPECT_EQ(channel["b"], "wang-yi");
    ASSERT_EQ(channel["meetings"].size(), 10U);
    EXPECT_EQ(channel["meetings"][0], "anchorage-talks-2021-03-18");
    EXPECT_EQ(channel["meetings"][9], "blinken-beijing-2024-04-26");
    EXPECT_EQ(channel["per_year"], ordered_json::parse(R"({"2021":1,"2022":3,"2023":5,"2024":1})"));
    EXPECT_EQ(channel["median_interval_days"], 117);
    EXPECT_EQ(channel["longest_gap_days"], 476);
    EXPECT_EQ(channel["days_since_last"], daysBetween("2024-04-26", "2025-03-01"));
    ASSERT_EQ(channel["offices"].size(), 3U);
    EXPECT_EQ(channel["offices"][0], ordered_json::parse(R"({"a_office":"Secretary of State",
                  "b_office":"Minister of Foreign Affairs","meetings":4})"));
}

TEST_F(CliAnalysis, ChannelOfTwoCountriesCountsHostsAndParticipantsCountries)
{
    const auto channel = json({"channel", "US", "CN", "--today", "2025-01-01"});
    std::map<std::string, std::string> countryOf;
    for (const auto& official : testDataset().officials)
        countryOf[official.id] = official.country;
    const auto expected = expectedIds(testDataset().meetings, [&](const Meeting& m) {
        std::set<std::string> countries{m.host};
        for (const auto& p : m.participants)
            countries.insert(countryOf.at(p));
        return countries.contains("US") && countries.contains("CN");
    });
    EXPECT_EQ(channel["meetings"].get<std::vector<std::string>>(), expected);
    int total = 0;
    for (const auto& [year, count] : channel["per_year"].items())
        total += count.get<int>();
    EXPECT_EQ(total, static_cast<int>(expected.size()));
    EXPECT_EQ(channel["per_year"].size(), 8U); // 2017 to 2024
    // The last, in Lima on 16 November 2024.
    EXPECT_EQ(channel["days_since_last"], daysBetween("2024-11-16", "2025-01-01"));
}

TEST_F(CliAnalysis, ChannelWithinDatesAndAMeetingKnownToTheMonth)
{
    const auto channel = json({"channel", "antony-blinken", "wang-yi", "--from", "2023-01-01",
                               "--to", "2023-07-31", "--today", "2023-08-10"});
    EXPECT_EQ(channel["meetings"].back(), "blinken-wang-yi-jakarta-2023-07");
    EXPECT_EQ(channel["meetings"].size(), 3U);
    // Known only to July 2023, so it lasted until the 31st: 10 days to the 10th of August.
    EXPECT_EQ(channel["days_since_last"], 10);
    // 2023-02-18, 2023-06-18 and 2023-07-01: 120 and 13 days apart.
    EXPECT_EQ(channel["median_interval_days"], 66.5);
}

TEST_F(CliAnalysis, ChannelOfOneMeetingOrNoneIsNullWhereUndefined)
{
    const auto one = json({"channel", "lloyd-austin", "dong-jun", "--today", "2024-06-10"});
    EXPECT_EQ(one["meetings"].size(), 1U);
    EXPECT_TRUE(one["median_interval_days"].is_null());
    EXPECT_TRUE(one["longest_gap_days"].is_null());
    EXPECT_EQ(one["days_since_last"], 10);
    const auto none = json({"channel", "AU", "MT"});
    EXPECT_EQ(none["meetings"], ordered_json::array());
    EXPECT_EQ(none["per_year"], ordered_json::object());
    EXPECT_TRUE(none["days_since_last"].is_null());
    EXPECT_EQ(none["offices"], ordered_json::array());
}

TEST_F(CliAnalysis, ChannelTableForPeople)
{
    const auto result = runParleyDb({"channel", db(), "wang-yi", "US", "--today", "2025-03-01"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const char* expected :
         {"Wang Yi (wang-yi) and United States (US): 15 meetings", "median interval  79 days",
          "longest gaps     838 days, 2018-12-01 to 2021-03-18", "YEAR", "OFFICE OF wang-yi",
          "Sullivan–Wang Yi talks in Vienna"})
        EXPECT_NE(result.out.find(expected), std::string::npos) << expected << "\n" << result.out;
}

TEST_F(CliAnalysis, ChannelRefusesBadSides)
{
    auto result = failing({"channel", "XX", "no-one"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("\"XX\""), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("\"no-one\""), std::string::npos) << result.err;
    EXPECT_EQ(std::ranges::count(result.err, '\n'), 1);

    result = failing({"channel", "US", "US"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("both are US"), std::string::npos) << result.err;

    result = failing({"channel", "Wang Yi", "US"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("\"Wang Yi\" is neither a country code"), std::string::npos);

    result = failing({"channel", "US", "CN", "--today", "2025-02-30"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--today"), std::string::npos) << result.err;
}

TEST_F(CliAnalysis, FollowedListsTheMeetingsByLag)
{
    const auto followed = json({"followed", "cn-micron-ban-2023"});
    EXPECT_EQ(keysOf(followed), (std::vector<std::string>{"measure", "announced", "meetings"}));
    EXPECT_EQ(followed["measure"], "cn-micron-ban-2023");
    EXPECT_EQ(followed["announced"], "2023-05-21");
    EXPECT_EQ(followed["meetings"], ordered_json::parse(R"([
        {"meeting": "sullivan-wang-yi-vienna-2023-05-10", "lag_days": -11},
        {"meeting": "raimondo-wang-wentao-washington-2023-05-25", "lag_days": 4},
        {"meeting": "tai-wang-wentao-detroit-2023-05-26", "lag_days": 5},
        {"meeting": "blinken-beijing-2023-06-18", "lag_days": 28}])"));
    EXPECT_EQ(json({"followed", "cn-micron-ban-2023", "--days", "5"})["meetings"].size(), 2U);
    EXPECT_EQ(json({"followed", "cn-micron-ban-2023", "--days", "0"})["meetings"],
              ordered_json::array());
    // Export controls on every destination: no target country to meet.
    EXPECT_EQ(json({"followed", "cn-gallium-germanium-controls-2023", "--days", "365"})["meetings"],
              ordered_json::array());
}

TEST_F(CliAnalysis, FollowedTableAndErrors)
{
    const auto result = runParleyDb({"followed", db(), "cn-micron-ban-2023"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("+4   2023-05-25      Raimondo–Wang Wentao talks"), std::string::npos)
        << result.out;
    auto error = failing({"followed", "no-such-measure"});
    EXPECT_EQ(error.exitCode, 1);
    EXPECT_NE(error.err.find("no measure with id \"no-such-measure\""), std::string::npos);
    EXPECT_EQ(failing({"followed", "cn-micron-ban-2023", "--days", "-3"}).exitCode, 2);
    EXPECT_EQ(failing({"followed", "cn-micron-ban-2023", "--days", "99999"}).exitCode, 2);
}

TEST_F(CliAnalysis, CountermeasuresPairEachAnswerWithTheLatestMove)
{
    const auto pairs = json({"countermeasures", "US", "CN", "--days", "30"});
    EXPECT_EQ(keysOf(pairs), (std::vector<std::string>{"a", "b", "days", "pairs"}));
    EXPECT_EQ(pairs["days"], 30);
    ASSERT_EQ(pairs["pairs"].size(), 2U);
    EXPECT_EQ(pairs["pairs"][1], ordered_json::parse(R"({
        "first": "us-hong-kong-sanctions-2020", "first_announced": "2020-08-07",
        "answer": "cn-counter-sanctions-2020", "answer_announced": "2020-08-10",
        "lag_days": 3})"));
    EXPECT_EQ(failing({"countermeasures", "US", "ZZ"}).exitCode, 1);
    EXPECT_EQ(failing({"countermeasures", "US", "US"}).exitCode, 2);
}

} // namespace
} // namespace parley::test
