// Citations of a meeting for reference managers: one entry per source the
// meeting lists, in its order, each noting the meeting; CSL-JSON that a JSON
// reader takes field by field, BibTeX with TeX's specials escaped.
#include "db/exchange/Citation.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace parley {
namespace {

Date day(const char* iso) { return *parseIsoDate(iso); }

Meeting talks()
{
    Meeting meeting;
    meeting.id = "talks";
    meeting.title = "Talks on 50% tariffs & chips";
    meeting.start = day("2023-05-25");
    meeting.end = day("2023-05-26");
    meeting.location = "Washington";
    meeting.sources = {"readout", "unknown", "report"};
    return meeting;
}

const std::vector<Source> kSources = {
    {.id = "report",
     .publisher = "Ministry of Commerce",
     .title = "Minister {Wang} meets_Raimondo",
     .published = day("2023-05-27"),
     .url = std::nullopt},
    {.id = "readout",
     .publisher = "Department of Commerce",
     .title = "Readout",
     .published = day("2023-05-26"),
     .url = "https://example.gov/readout?a=1&b=2"},
};

TEST(Citation, CslJsonHasOneItemPerKnownSourceInTheMeetingsOrder)
{
    const auto items = nlohmann::json::parse(citationCslJson(talks(), kSources));
    ASSERT_EQ(items.size(), 2U); // "unknown" is not among the sources
    EXPECT_EQ(items[0].at("id"), "readout");
    EXPECT_EQ(items[0].at("type"), "webpage");
    EXPECT_EQ(items[0].at("title"), "Readout");
    EXPECT_EQ(items[0].at("publisher"), "Department of Commerce");
    EXPECT_EQ(items[0].at("URL"), "https://example.gov/readout?a=1&b=2");
    EXPECT_EQ(items[0].at("issued").at("date-parts"), nlohmann::json::parse("[[2023, 5, 26]]"));
    EXPECT_EQ(items[0].at("note"),
              "Cited for: Talks on 50% tariffs & chips, 2023-05-25..26, Washington");
    EXPECT_EQ(items[1].at("id"), "report");
    EXPECT_EQ(items[1].at("type"), "document");
    EXPECT_FALSE(items[1].contains("URL"));
    EXPECT_EQ(items[1].at("issued").at("date-parts"), nlohmann::json::parse("[[2023, 5, 27]]"));
}

TEST(Citation, BibtexEscapesTeXButNotTheWebAddress)
{
    const std::string bibtex = citationBibtex(talks(), kSources);
    EXPECT_EQ(bibtex, "@online{readout,\n"
                      "  title = {Readout},\n"
                      "  organization = {Department of Commerce},\n"
                      "  date = {2023-05-26},\n"
                      "  url = {https://example.gov/readout?a=1&b=2},\n"
                      "  note = {Cited for: Talks on 50\\% tariffs \\& chips, 2023-05-25..26, "
                      "Washington}\n"
                      "}\n"
                      "\n"
                      "@misc{report,\n"
                      "  title = {Minister \\{Wang\\} meets\\_Raimondo},\n"
                      "  organization = {Ministry of Commerce},\n"
                      "  date = {2023-05-27},\n"
                      "  note = {Cited for: Talks on 50\\% tariffs \\& chips, 2023-05-25..26, "
                      "Washington}\n"
                      "}\n");
}

TEST(Citation, AMeetingWithoutKnownSourcesCitesNothing)
{
    Meeting meeting = talks();
    meeting.sources = {"unknown"};
    EXPECT_EQ(citationBibtex(meeting, kSources), "");
    EXPECT_EQ(nlohmann::json::parse(citationCslJson(meeting, kSources)), nlohmann::json::array());
}

} // namespace
} // namespace parley
