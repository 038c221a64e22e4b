// The sample that Parley opens first: every meeting and measure cites a
// source the document defines, and what the Bloomberg report does not state
// (Vienna and its dates, Hiroshima and the summit's dates, the years of the
// measures) cites a source that does.
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

constexpr const char* kBloomberg = "bloomberg-2023-05-26";

template <typename Record> const Record& withId(const std::vector<Record>& records, const char* id)
{
    const auto found = std::ranges::find(records, std::string(id), &Record::id);
    if (found == records.end())
        throw std::runtime_error(std::string("no ") + id + " in the sample");
    return *found;
}

bool citesBeyondTheReport(const std::vector<std::string>& sources)
{
    return std::ranges::any_of(sources, [](const std::string& id) { return id != kBloomberg; });
}

class Sample : public ::testing::Test {
protected:
    Dataset m_sample = loadDataset(sampleDatasetFile());
};

TEST_F(Sample, EveryMeetingAndMeasureCitesASourceOfTheDocument)
{
    std::set<std::string> sources;
    for (const auto& source : m_sample.sources)
        sources.insert(source.id);
    const auto citesKnownSources = [&](const std::vector<std::string>& cited) {
        return !cited.empty() && std::ranges::all_of(cited, [&](const std::string& id) {
            return sources.contains(id);
        });
    };
    for (const auto& meeting : m_sample.meetings)
        EXPECT_TRUE(citesKnownSources(meeting.sources)) << meeting.id;
    for (const auto& measure : m_sample.measures)
        EXPECT_TRUE(citesKnownSources(measure.sources)) << measure.id;
}

TEST_F(Sample, FactsTheReportDoesNotStateCiteASourceThatDoes)
{
    // The report says "in Europe" and "in Japan"; the place and days come from elsewhere.
    const auto& vienna = withId(m_sample.meetings, "sullivan-wang-yi-2023-05-10");
    EXPECT_EQ(vienna.location, std::optional<std::string>("Vienna"));
    EXPECT_TRUE(citesBeyondTheReport(vienna.sources));
    const auto& hiroshima = withId(m_sample.meetings, "g7-hiroshima-summit-2023-05-19");
    EXPECT_EQ(hiroshima.start, Date(2023, 5, 19));
    EXPECT_TRUE(citesBeyondTheReport(hiroshima.sources));
    for (const char* id : {"us-chip-export-controls-2022", "us-section-301-tariffs-2018",
                           "us-outbound-investment-review-2023"})
        EXPECT_TRUE(citesBeyondTheReport(withId(m_sample.measures, id).sources)) << id;
    // Where the report alone is the source, the sample says no more than it does.
    const auto& alaska = withId(m_sample.meetings, "anchorage-talks-2021-03");
    EXPECT_EQ(alaska.sources, std::vector<std::string>{kBloomberg});
    EXPECT_EQ(alaska.location, std::optional<std::string>("Alaska"));
    EXPECT_EQ(alaska.precision, Precision::Month);
}

} // namespace
} // namespace parley::test
