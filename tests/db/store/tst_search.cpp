// Full-text search: plain words found anywhere in the text (the trigram
// index), words shorter than three characters, CJK text, FTS5 syntax when it
// is valid, and malformed or hostile text that must neither throw nor change
// any data.
#include "tests/db/TestData.h"

#include "db/store/SearchText.h"

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

// Everything else people paste into a search box: every FTS5 operator, SQL,
// control characters, right-to-left and CJK text, broken UTF-8, and 100 kB.
std::vector<std::string> hostileTexts()
{
    auto texts = malformedTexts();
    const std::vector<std::string> more{
        "NEAR(raimondo wang, 2)",
        "{title summary}: wang",
        "-title: wang",
        "title:\"wang\" OR",
        "wang NOT yi",
        "wang OR yi",
        "\"wang\" + \"yi\"",
        "^raimondo",
        "raimondo*",
        "**",
        "\" OR 1=1 --",
        "' OR '1'='1",
        "x'); DROP TABLE meeting_fts; --",
        "Robert'); DELETE FROM meeting WHERE ('1' = '1",
        "\x01\x02\x1b[31m\x7f",
        "\r\n\t\v\f",
        "وانغ يي",          // Arabic
        "\u202Ewang\u202C", // right-to-left override
        "וואנג יי",         // Hebrew
        "王毅 会见 沙利文",
        "\xE7\x8E", // half a CJK character
        "\xF0\x9F",
        "\xC0\xAF", // overlong encoding of '/'
        std::string(std::size_t{100} * 1024, 'a'),
        std::string(std::size_t{100} * 1024, ' ') + "raimondo",
    };
    texts.insert(texts.end(), more.begin(), more.end());
    std::string words;
    while (words.size() < std::size_t{100} * 1024)
        words += "raimondo OR \"wang\" AND 王毅 NOT yi ";
    texts.push_back(words);
    return texts;
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

TEST_F(Search, PlainWordsMatchAnywhereInTheText)
{
    const std::vector<std::string> raimondo{"raimondo-wang-wentao-washington-2023-05-25",
                                            "raimondo-beijing-2023-08-28"};
    EXPECT_EQ(ids("raimondo"), raimondo);
    EXPECT_EQ(ids("raim"), raimondo);
    EXPECT_EQ(ids("RAIM"), raimondo);
    EXPECT_EQ(ids("aimond"), raimondo); // inside a word too, as people expect while typing
    EXPECT_EQ(ids("raim*"), raimondo);  // a prefix star is accepted and means nothing more
    // Every word must match, in the text or a participant's name: both
    // meetings of Raimondo's had Wang Wentao at the table.
    EXPECT_EQ(ids("raim wang"), raimondo);
    EXPECT_EQ(ids("raim washington"),
              std::vector<std::string>{"raimondo-wang-wentao-washington-2023-05-25"});
}

// Every meeting of an official, the way the official filter finds them.
std::vector<std::string> meetingsOf(const Store& store, const std::string& officialId)
{
    Filter filter;
    filter.setOfficials({officialId});
    return idsOf(store.meetings(filter));
}

TEST_F(Search, FindsMeetingsByTheirParticipantsNamesNativeNamesAndAliases)
{
    const auto wangYi = meetingsOf(m_store, "wang-yi");
    ASSERT_EQ(wangYi.size(), 15u); // five of them never name him in their text
    EXPECT_EQ(ids("Wang Yi"), wangYi);
    EXPECT_EQ(ids("王毅"), wangYi);
    EXPECT_EQ(ids("wang yi"), wangYi);
    // An alias alone: nothing in any meeting's text says "Jacob".
    EXPECT_EQ(ids("Jacob"), meetingsOf(m_store, "jake-sullivan"));
    // A native name in another script.
    EXPECT_EQ(ids("岸田文雄"), meetingsOf(m_store, "fumio-kishida"));
    // A person and a place: his meetings in Washington only.
    const auto wangYiInWashington = ids("王毅 washington");
    EXPECT_FALSE(wangYiInWashington.empty());
    for (const auto& id : wangYiInWashington)
        EXPECT_NE(std::ranges::find(wangYi, id), wangYi.end()) << id;
    EXPECT_LT(wangYiInWashington.size(), wangYi.size());
}

TEST_F(Search, CountsAndTheWindowsIndexFindPeopleAsTheMeetingQueryDoes)
{
    const auto filter = text("王毅");
    EXPECT_EQ(m_store.meetingKeys(filter).size(), 15u);
    std::int64_t inChina = 0;
    for (const auto& count : m_store.meetingsPerCountry(filter))
        inChina += count.id == "CN" ? count.meetings : 0;
    EXPECT_EQ(inChina, 15); // each of his meetings counts for his country
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
    EXPECT_TRUE(contains(found("ZÜRICH"), meeting.id));
    // SQLite 3.40's trigram tokenizer folds case but keeps diacritics.
    EXPECT_FALSE(contains(found("zurich"), meeting.id));
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

TEST(SearchWords, SplitsAtFtsPunctuationAndKeepsWordPunctuation)
{
    EXPECT_EQ(searchWords("\"raimondo (wang)* a:b,c;"),
              (std::vector<std::string>{"raimondo", "wang", "a", "b", "c"}));
    EXPECT_EQ(searchWords("U.S. xi's 9/11"), (std::vector<std::string>{"U.S.", "xi's", "9/11"}));
}

TEST(SearchWords, CutsLongTextToBoundedWords)
{
    std::string many;
    for (int i = 0; i < 1000; ++i)
        many += "word" + std::to_string(i) + " ";
    const auto words = searchWords(many);
    ASSERT_EQ(words.size(), kMaxSearchWords);
    EXPECT_EQ(words.front(), "word0");
    // A long CJK word is cut between characters, never inside one.
    std::string cjk;
    for (int i = 0; i < 200; ++i)
        cjk += "王毅";
    const auto cut = searchWords(cjk);
    ASSERT_EQ(cut.size(), 1u);
    EXPECT_LE(cut.front().size(), kMaxWordBytes);
    EXPECT_EQ(cut.front().size() % 3, 0u);
    EXPECT_TRUE(cjk.starts_with(cut.front()));
}

TEST(SearchWords, PlainWordsSearchQuotesLongWordsAndKeepsShortOnesApart)
{
    const auto search = plainWordsSearch("raim wang yi 王毅 王毅会见");
    EXPECT_EQ(search.match, std::optional<std::string>("\"raim\" \"wang\" \"王毅会见\""));
    EXPECT_EQ(search.shortWords, (std::vector<std::string>{"yi", "王毅"}));
    EXPECT_EQ(plainWordsSearch("\"raimondo").match, std::optional<std::string>("\"raimondo\""));
    EXPECT_EQ(plainWordsSearch(" * ").match, std::nullopt);
    EXPECT_TRUE(plainWordsSearch(" * ").shortWords.empty());
}

TEST_F(Search, CjkTitlesAreFoundByCjkWordsOfAnyLength)
{
    auto dataset = testDataset();
    auto& meeting = dataset.meetings.front();
    // Words that are in no official's native name, so the text alone finds them.
    meeting.title = "沙利文会谈纪要";
    meeting.summary = std::nullopt;
    meeting.location = "维也纳";
    auto store = storeWith(dataset);
    const auto found = [&](const std::string& words) {
        return idsOf(store.meetings(text(words)));
    };
    const std::vector<std::string> only{meeting.id};
    EXPECT_EQ(found("沙利"), only); // two characters: too short for trigrams
    EXPECT_EQ(found("沙"), only);
    EXPECT_EQ(found("会谈纪要"), only); // the index finds it inside the title
    EXPECT_EQ(found("文会谈"), only);
    EXPECT_EQ(found("维也纳"), only);
    EXPECT_EQ(found("沙利 维也纳"), only); // short and long words combine with AND
    EXPECT_TRUE(found("沙利 北京").empty());
    EXPECT_TRUE(found("鳄").empty());
}

TEST_F(Search, ShortLatinWordsAreFoundInsideTheText)
{
    // "g2" has two characters: found by looking in the text, ignoring ASCII
    // case ("G20"). No official's name holds it.
    const auto withG2 = ids("G2");
    EXPECT_EQ(withG2, expectedIds(testDataset().meetings, [](const Meeting& m) {
                  const auto text =
                      m.title + " " + m.summary.value_or("") + " " + m.location.value_or("");
                  std::string lower;
                  for (char c : text)
                      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                  return lower.find("g2") != std::string::npos;
              }));
    EXPECT_EQ(withG2.size(), 7u);
    // FTS5 syntax with a term too short for trigrams is searched as plain words.
    EXPECT_EQ(ids("\"g2\""), withG2);
}

TEST_F(Search, RightToLeftTextIsFound)
{
    auto dataset = testDataset();
    dataset.meetings.front().title = "محادثات وانغ يي";
    dataset.meetings.back().title = "שיחות בירושלים";
    auto store = storeWith(dataset);
    EXPECT_EQ(idsOf(store.meetings(text("وانغ"))),
              std::vector<std::string>{dataset.meetings.front().id});
    EXPECT_EQ(idsOf(store.meetings(text("בירושלים"))),
              std::vector<std::string>{dataset.meetings.back().id});
}

TEST(SearchOnAFile, AnyTextIsAcceptedAndLeavesTheFileByteForByte)
{
    const TempDir dir;
    const auto file = dir / "parley.db";
    Store::create(file).import(testDataset());
    const auto before = readBytes(file);
    {
        const auto store = Store::open(file);
        for (const auto& words : hostileTexts()) {
            Filter filter;
            filter.setText(words);
            const auto shown = words.substr(0, 40);
            EXPECT_NO_THROW(store.meetings(filter)) << shown;
            EXPECT_NO_THROW(store.measures(filter)) << shown;
            EXPECT_NO_THROW(store.meetingsPerCountry(filter)) << shown;
            EXPECT_NO_THROW(store.meetingsPerTopic(filter)) << shown;
        }
        EXPECT_TRUE(store.check().empty());
        EXPECT_EQ(store.stats().meetings, 52);
    }
    EXPECT_EQ(readBytes(file), before);
}

} // namespace
} // namespace parley::test
