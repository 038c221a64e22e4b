// Bad documents: each is refused with one DataError whose message names the
// file and where the defect is (array, id and field, or line and column), and
// nothing reaches the store.
#include "tests/db/TestData.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace parley::test {
namespace {

std::string errorOfFile(const fs::path& file)
{
    return errorOf([&] { checkDataset(readDatasetFile(file), file.string()); });
}

std::string errorOfText(const std::string& text)
{
    return errorOf([&] { checkDataset(parseDataset(text, "doc.json"), "doc.json"); });
}

class BadDocuments : public ::testing::TestWithParam<BadDocument> {};

TEST_P(BadDocuments, AreRefusedWithAMessageNamingWhere)
{
    const auto file = badDocumentFile(GetParam().file);
    ASSERT_TRUE(fs::exists(file)) << file;
    const auto message = errorOfFile(file);
    EXPECT_TRUE(message.starts_with(file.string() + ":")) << message;
    for (const auto& part : GetParam().mustName)
        EXPECT_NE(message.find(part), std::string::npos)
            << "missing \"" << part << "\" in: " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(TestsDataBad, BadDocuments, ::testing::ValuesIn(badDocuments()),
                         [](const auto& test) {
                             auto name = test.param.file.substr(0, test.param.file.find('.'));
                             std::erase(name, '-');
                             return name;
                         });

// The smallest sound document, changed one key at a time below.
nlohmann::json minimalDocument()
{
    return nlohmann::json::parse(R"({
      "format": "parley/1",
      "sources": [{"id": "note", "publisher": "Tests", "title": "Note", "published": "2024-01-01"}],
      "countries": [{"code": "CN", "name": "China"}, {"code": "US", "name": "United States"}],
      "topics": [{"id": "trade", "name": "Trade"}, {"id": "tariffs", "name": "Tariffs", "parent": "trade"}],
      "officials": [{"id": "katherine-tai", "name": "Katherine Tai", "country": "US"},
                    {"id": "wang-wentao", "name": "Wang Wentao", "country": "CN", "native_name": "王文涛"}],
      "meetings": [{"id": "tai-wang", "title": "Tai–Wang talks", "start": "2023-05-26",
                    "host": "US", "kind": "bilateral", "participants": ["katherine-tai", "wang-wentao"],
                    "topics": ["tariffs"], "sources": ["note"]}],
      "measures": [{"id": "tariff-a", "title": "Tariff", "kind": "tariff", "imposed_by": "US",
                    "targets": ["CN"], "announced": "2018-07-06", "topics": ["tariffs"], "sources": ["note"]}]
    })");
}

std::string changed(const std::function<void(nlohmann::json&)>& change)
{
    auto document = minimalDocument();
    change(document);
    return document.dump(2);
}

TEST(ImportErrors, MinimalDocumentIsSound)
{
    EXPECT_EQ(errorOfText(minimalDocument().dump()), "(no error)");
    EXPECT_EQ(errorOfText(changed([](auto& d) { d["meetings"][0]["summary"] = nullptr; })),
              "(no error)");
}

TEST(ImportErrors, EachMessageNamesArrayIdAndField)
{
    struct Case {
        std::function<void(nlohmann::json&)> change;
        std::string expected;
    };
    const std::vector<Case> cases{
        {[](auto& d) { d["meetings"][0].erase("host"); },
         "doc.json: meetings[tai-wang].host: missing (required)"},
        {[](auto& d) { d["meetings"][0]["title"] = 42; },
         "doc.json: meetings[tai-wang].title: expected a string, found number"},
        {[](auto& d) { d["meetings"][0]["kind"] = "dinner"; },
         "doc.json: meetings[tai-wang].kind: \"dinner\" is not a known kind"},
        {[](auto& d) { d["meetings"][0]["id"] = "Tai Wang"; },
         "doc.json: meetings[Tai Wang].id: \"Tai Wang\" is not an id"},
        {[](auto& d) { d["meetings"][0]["start"] = "2023-5-26"; },
         "doc.json: meetings[tai-wang].start: \"2023-5-26\" is not a valid date"},
        {[](auto& d) { d["meetings"][0]["precision"] = "week"; },
         "doc.json: meetings[tai-wang].precision: \"week\" is not one of day, month, year"},
        {[](auto& d) { d["measures"][0]["targets"] = {"XX"}; },
         "doc.json: measures[tariff-a].targets: \"XX\" is not a country defined in the document"},
        {[](auto& d) { d["measures"][0]["precision"] = "year"; },
         "doc.json: measures[tariff-a].announced: \"2018-07-06\" does not fit precision year"},
        {[](auto& d) { d["meetings"][0]["participants"].push_back("katherine-tai"); },
         "doc.json: meetings[tai-wang].participants: \"katherine-tai\" is listed twice"},
        {[](auto& d) { d["topics"][1]["parent"] = "tariffs"; },
         "doc.json: topics[tariffs].parent: the topic tree has a cycle"},
        {[](auto& d) {
             d["countries"].push_back({{"code", "US"}, {"name", "USA"}});
         },
         "doc.json: countries[US].code: duplicate id"},
        {[](auto& d) {
             d["officials"][0]["positions"] = nlohmann::json::array({{{"title", "USTR"}}});
         },
         "doc.json: officials[katherine-tai].positions[#0].organization: missing (required)"},
        {[](auto& d) { d["extra"] = true; }, "doc.json: extra: unknown key"},
        {[](auto& d) {
             d["meetings"] = {{"id", "x"}};
         },
         "doc.json: meetings"},
        {[](auto& d) { d.erase("measures"); }, "doc.json: measures: missing (required)"},
    };
    for (const auto& c : cases) {
        const auto message = errorOfText(changed(c.change));
        EXPECT_TRUE(message.starts_with(c.expected))
            << "expected: " << c.expected << "\n got: " << message;
    }
}

TEST(ImportErrors, ParticipantMessageReadsAsEnglish)
{
    const auto message =
        errorOfText(changed([](auto& d) { d["meetings"][0]["participants"] = {"nobody"}; }));
    EXPECT_EQ(message, "doc.json: meetings[tai-wang].participants: \"nobody\" is not an official "
                       "defined in the document");
}

TEST(ImportErrors, InvalidJsonNamesLineAndColumn)
{
    EXPECT_EQ(errorOfText(""), "doc.json: empty file, not a parley/1 document");
    EXPECT_TRUE(errorOfText("  \n ").starts_with("doc.json: invalid JSON at line 2, column 2"))
        << errorOfText("  \n ");
    const auto message = errorOfText("{\n  \"format\": \"parley/1\",\n  \"sources\": [,]\n}");
    EXPECT_TRUE(message.starts_with("doc.json: invalid JSON at line 3, column 15")) << message;
    EXPECT_TRUE(errorOfText("[]").starts_with("doc.json: expected an object, found array"))
        << errorOfText("[]");
}

TEST(ImportErrors, MissingFileIsNamed)
{
    const TempDir dir;
    const auto message = errorOfFile(dir / "missing.json");
    EXPECT_TRUE(message.starts_with((dir / "missing.json").string() + ": cannot read")) << message;
}

TEST(ImportErrors, AStoreNeverSeesARefusedDocument)
{
    auto store = storeWith(testDataset());
    const auto before = writeDataset(store.exportAll());
    for (const auto& bad : badDocuments()) {
        EXPECT_THROW(
            {
                auto data = readDatasetFile(badDocumentFile(bad.file));
                checkDataset(data, bad.file);
                store.import(data);
            },
            DataError)
            << bad.file;
    }
    EXPECT_EQ(writeDataset(store.exportAll()), before);
}

TEST(ImportErrors, MessagesHoldNoRawBytesOfTheDocument)
{
    // The parser's "last read: ..." would copy the broken bytes into the message.
    const auto message = errorOfFile(badDocumentFile("not-utf8.json"));
    EXPECT_EQ(message.find("last read"), std::string::npos) << message;
    EXPECT_TRUE(std::ranges::none_of(message, [](char c) { return c & 0x80; })) << message;
    // A huge unknown key or id is cut to a line's worth.
    const auto longKey =
        errorOfText(changed([](auto& d) { d["meetings"][0][std::string(100000, 'k')] = 1; }));
    EXPECT_NE(longKey.find("unknown key"), std::string::npos) << longKey.substr(0, 200);
    EXPECT_LT(longKey.size(), 300u);
    const auto longId =
        errorOfText(changed([](auto& d) { d["meetings"][0]["id"] = std::string(60000, 'x'); }));
    EXPECT_NE(longId.find("is not an id"), std::string::npos) << longId.substr(0, 200);
    EXPECT_LT(longId.size(), 400u);
}

TEST(ImportErrors, TextsHaveALimitOf64KiB)
{
    const auto title = [](std::size_t bytes) {
        return changed([&](auto& d) { d["meetings"][0]["title"] = std::string(bytes, 't'); });
    };
    EXPECT_EQ(errorOfText(title(std::size_t{64} * 1024)), "(no error)");
    EXPECT_EQ(errorOfText(title(std::size_t{1024} * 1024)),
              "doc.json: meetings[tai-wang].title: a text of 1048576 bytes; at most 65536 are "
              "allowed");
    EXPECT_EQ(errorOfText(changed([](auto& d) {
                  d["officials"][0]["aliases"] = {"Tai", std::string(70000, 'a')};
              })),
              "doc.json: officials[katherine-tai].aliases: a text of 70000 bytes; at most 65536 "
              "are allowed");
    EXPECT_TRUE(errorOfText(changed([](auto& d) {
                    d["meetings"][0]["id"] = std::string(201, 'x');
                })).ends_with("at most 200 characters)"));
}

TEST(ImportErrors, AUtf8ByteOrderMarkIsSkipped)
{
    const auto text = readBytes(sampleDatasetFile());
    EXPECT_EQ(parseDataset("\xEF\xBB\xBF" + text, "bom.json"), parseDataset(text, "plain.json"));
    EXPECT_TRUE(errorOfText("\xEF\xBB" + text).starts_with("doc.json: invalid JSON at line 1"));
    EXPECT_TRUE(errorOfText("\xFF\xFE{}").starts_with("doc.json: not UTF-8 text"));
}

TEST(ImportErrors, DeepNestingIsRefusedWithoutBuildingIt)
{
    // A million levels would overflow a recursive parser's stack.
    const std::size_t depth = 1000000;
    const auto nested = [&](char open, char close) {
        return std::string(depth, open) + std::string(depth, close);
    };
    EXPECT_EQ(errorOfText(nested('[', ']')), "doc.json: expected an object, found array");
    EXPECT_EQ(errorOfText("{\"format\": " + nested('[', ']') + "}"),
              "doc.json: format: nested more than 16 levels deep");
    std::string objects;
    for (std::size_t i = 0; i < depth; ++i)
        objects += "{\"a\":";
    EXPECT_TRUE(errorOfText(R"({"format": "parley/1", "meetings": [)" + objects)
                    .starts_with("doc.json: meetings[#0].a: nested more than 16 levels deep"));
    // The message names the member of the record that holds the nesting.
    EXPECT_TRUE(errorOfText(R"({"format": "parley/1", "meetings": [)"
                            R"({"id": "n", "topics": [{"x": 1}, )" +
                            nested('[', ']') + "]}]}")
                    .starts_with("doc.json: meetings[n].topics: nested more than 16 levels deep"));
}

TEST(ImportErrors, DocumentMembersFollowTheSameRules)
{
    EXPECT_EQ(errorOfText(R"({"format": "parley/1", "format": "parley/1"})"),
              "doc.json: format: duplicate key");
    EXPECT_EQ(errorOfText(R"({"format": 1})"), "doc.json: format: expected a string, found number");
    EXPECT_EQ(errorOfText(R"({"format": "parley/1", "sources": {"id": "x"}})"),
              "doc.json: sources: expected an array, found object");
    EXPECT_EQ(errorOfText(R"({"format": "parley/1", "sources": [7]})"),
              "doc.json: sources[#0]: expected an object, found number");
    EXPECT_EQ(errorOfText(R"({"sources": []})"), "doc.json: format: missing (required)");
    EXPECT_EQ(errorOfText(changed([](auto& d) { d["topics"] = nullptr; })),
              "doc.json: topics: missing (required)");
    EXPECT_EQ(errorOfText("\"parley/1\""), "doc.json: expected an object, found string");
    EXPECT_TRUE(errorOfText(minimalDocument().dump() + " {}")
                    .starts_with("doc.json: invalid JSON at line 1"));
}

} // namespace
} // namespace parley::test
