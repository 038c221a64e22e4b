// Full-text search: plain words as prefixes, FTS5 syntax when it is valid,
// Unicode text, and malformed or hostile text that must neither throw nor
// change any data.
#include "tests/db/TestData.h"

#include "db/SearchText.h"

namespace parley::test {
namespace {

// Unbalanced, dangling or hostile text, as people type it or paste it.
std::vector<std::string> malformedTexts()
{
    return {"\"raimondo",
            "AND",
            "'; DROP TABLE meetings;--",
            "*",
            "",
            "   ",
            "\"",
            "(",
            ")",
            "NEAR(",
            "raimondo AND",
            "NOT",
            "OR OR",
            "title:",
            "nosuchcolumn:raimondo",
            "^",
            "+",
            "\"\"",
            "'",
            "%",
            "_",
            "\\",
            "; DELETE FROM meeting; --",
            std::string("a\0b", 3)};
}

class Search : public ::testing::Test {
protected:
    static Filter text(std::string words)
    {
        Filter filter;
        filter.setText(std::move(words));
        return filter;
    }

    std::vector<std::string> ids(std::string words) const
    {
        return idsOf(m_store.meetings(text(std::move(words))));
    }

    Store m_store = storeWith(testDataset());
};

TEST_F(Search, PlainWordsMatchAsPrefixes)
{
    const std::vector<std::string> raimondo{"raimondo-wang-wentao-washington-2023-05-25",
                                            "raimondo-beijing-2023-08-28"};
    EXPECT_EQ(ids("raimondo"), raimondo);
    EXPECT_EQ(ids("raim"), raimondo);
    EXPECT_EQ(ids("RAIM"), raimondo);
    // Every word must match.
    EXPECT_EQ(ids("raim wang"),
              std::vector<std::string>{"raimondo-wang-wentao-washington-2023-05-25"});
}

TEST_F(Search, SearchesTitlesSummariesAndPlaces)
{
    EXPECT_EQ(ids("woodside"), (std::vector<std::string>{"wang-yi-washington-2023-10-26",
                                                         "biden-xi-woodside-2023-11-15",
                                                         "sullivan-wang-yi-bangkok-2024-01-26"}));
    EXPECT_EQ(ids("Alaska"), std::vector<std::string>{"anchorage-talks-2021-03-18"});
}

TEST_F(Search, FtsSyntaxIsUsedWhenValid)
{
    const auto phrase = ids("\"phone call\"");
    EXPECT_EQ(phrase, expectedIds(testDataset().meetings, [](const Meeting& m) {
                  return m.title.find("phone call") != std::string::npos;
              }));
    EXPECT_EQ(phrase.size(), 5u);
    EXPECT_EQ(
        ids("alaska OR zurich"),
        (std::vector<std::string>{"anchorage-talks-2021-03-18", "sullivan-yang-zurich-2021-10-06",
                                  "yellen-liu-he-zurich-2023-01-18"}));
}

TEST_F(Search, TextCombinesWithTheOtherFacets)
{
    Filter filter = text("zurich");
    filter.setTopics({"macroeconomy"});
    EXPECT_EQ(idsOf(m_store.meetings(filter)),
              std::vector<std::string>{"yellen-liu-he-zurich-2023-01-18"});
}

TEST_F(Search, UnicodeTextFindsUnicodeWordsAndDoesNotCrash)
{
    auto dataset = testDataset();
    auto& meeting = dataset.meetings.front();
    meeting.location = "北京 Пекин Zürich";
    auto store = storeWith(dataset);
    const auto found = [&](const std::string& words) {
        return idsOf(store.meetings(text(words)));
    };
    EXPECT_EQ(found("北京"), std::vector<std::string>{meeting.id});
    EXPECT_EQ(found("пекин"), std::vector<std::string>{meeting.id});
    EXPECT_TRUE(contains(found("zurich"), meeting.id)); // diacritics removed
    for (const auto& words : std::vector<std::string>{"王毅", "中国 trade", "🙂", "Ünïcödé",
                                                      "\xC3", "\xFF\xFE", "a\tb\nc"})
        EXPECT_NO_THROW(store.meetings(text(words))) << words;
}

TEST_F(Search, MalformedQueriesDoNotThrowOrChangeData)
{
    const auto before = writeDataset(m_store.exportAll());
    for (const auto& words : malformedTexts()) {
        const auto filter = text(words);
        EXPECT_NO_THROW(m_store.meetings(filter)) << words;
        EXPECT_NO_THROW(m_store.measures(filter)) << words;
        EXPECT_NO_THROW(m_store.meetingsPerCountry(filter)) << words;
        EXPECT_NO_THROW(m_store.meetingsPerTopic(filter)) << words;
    }
    EXPECT_EQ(writeDataset(m_store.exportAll()), before);
    EXPECT_TRUE(m_store.check().empty());
}

TEST_F(Search, MalformedQueriesFallBackToTheirWords)
{
    // An unbalanced quote searches the word it holds.
    EXPECT_EQ(ids("\"raimondo"), ids("raimondo"));
    EXPECT_EQ(ids("raimondo AND"), ids("raimondo and"));
    EXPECT_TRUE(ids("'; DROP TABLE meetings;--").empty());
    EXPECT_EQ(m_store.meetings({}).size(), 52u);
}

TEST_F(Search, TextWithoutWordsDoesNotRestrict)
{
    const auto all = ids("");
    EXPECT_EQ(all.size(), 52u);
    EXPECT_EQ(ids("   "), all);
    EXPECT_EQ(ids("*"), all);
    EXPECT_EQ(ids("-- ;"), all);
    EXPECT_FALSE(text("  \t ").hasText());
    EXPECT_TRUE(text(" x ").hasText());
}

TEST_F(Search, MeasuresSearchTitleSummaryAndTargetEntity)
{
    const auto measures = [&](const std::string& words) {
        return idsOf(m_store.measures(text(words)));
    };
    EXPECT_EQ(measures("micron"), std::vector<std::string>{"cn-micron-ban-2023"});
    EXPECT_EQ(measures("raytheon"), std::vector<std::string>{"cn-unreliable-entity-2023"});
    EXPECT_EQ(measures("GALLIUM germanium"),
              std::vector<std::string>{"cn-gallium-germanium-controls-2023"});
    EXPECT_TRUE(measures("王毅").empty());
}

TEST(SearchWords, SplitsAtBlanksAndKeepsWordsWithLettersOrDigits)
{
    EXPECT_EQ(searchWords("  raim\twang\n 2023 "),
              (std::vector<std::string>{"raim", "wang", "2023"}));
    EXPECT_EQ(searchWords("-- ; * 王毅"), std::vector<std::string>{"王毅"});
    EXPECT_TRUE(searchWords("").empty());
}

TEST(SearchWords, PlainWordsQueryQuotesEachWordAsAPrefix)
{
    EXPECT_EQ(plainWordsQuery("raim wang"), std::optional<std::string>("\"raim\"* \"wang\"*"));
    EXPECT_EQ(plainWordsQuery("\"raimondo"), std::optional<std::string>("\"\"\"raimondo\"*"));
    EXPECT_EQ(plainWordsQuery(" * "), std::nullopt);
}

} // namespace
} // namespace parley::test
