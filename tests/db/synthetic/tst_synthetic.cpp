// Synthetic datasets: the same seed gives the same file, the data has the shape
// the benchmarks rely on (participants, precision, dates, a heavy tail of busy
// officials), it passes every check, and a file holding data is never replaced.
#include "db/synthetic/SyntheticData.h"
#include "tests/db/TestData.h"

#include <map>
#include <numeric>

namespace parley::test {
namespace {

constexpr std::int64_t kMeetings = 10000;

SyntheticOptions options(std::int64_t meetings, std::uint64_t seed = 1)
{
    SyntheticOptions options;
    options.meetings = meetings;
    options.seed = seed;
    return options;
}

fs::path generated(const TempDir& dir, const std::string& name, SyntheticOptions options)
{
    auto file = dir / name;
    generateSyntheticDatabase(file, options);
    return file;
}

// One dataset shared by the shape tests: generating it is the slow part.
const Dataset& sample()
{
    static const Dataset dataset = [] {
        TempDir dir;
        return Store::open(generated(dir, "sample.parley", options(kMeetings, 7))).exportAll();
    }();
    return dataset;
}

double share(std::int64_t part, std::size_t whole)
{
    return static_cast<double>(part) / static_cast<double>(whole);
}

TEST(Synthetic, SameSeedGivesTheSameFileAndAnotherSeedOtherData)
{
    TempDir dir;
    const auto first = generated(dir, "a.parley", options(500, 42));
    const auto second = generated(dir, "b.parley", options(500, 42));
    const auto other = generated(dir, "c.parley", options(500, 43));
    EXPECT_EQ(readBytes(first), readBytes(second));
    const auto exported = writeDataset(Store::open(first).exportAll());
    EXPECT_EQ(exported, writeDataset(Store::open(second).exportAll()));
    EXPECT_NE(exported, writeDataset(Store::open(other).exportAll()));
}

TEST(Synthetic, HoldsTheRequestedCountsAndAWorldOfCountriesAndTopics)
{
    const auto& data = sample();
    EXPECT_EQ(data.meetings.size(), std::size_t(kMeetings));
    EXPECT_EQ(data.officials.size(), std::size_t(kMeetings / 20));
    EXPECT_EQ(data.measures.size(), std::size_t(kMeetings / 50));
    EXPECT_GE(data.countries.size(), 200u);
    for (const auto* code : {"US", "CN", "DE", "EU", "UN", "G7", "G20", "APEC", "ASEAN", "NATO"})
        EXPECT_NE(std::ranges::find(data.countries, code, &Country::code), data.countries.end())
            << code;
    EXPECT_GE(data.topics.size(), 140u);
    EXPECT_LE(data.topics.size(), 160u);
    // Three levels: a topic's grandparent has no parent.
    std::map<std::string, std::optional<std::string>> parentOf;
    for (const auto& topic : data.topics)
        parentOf[topic.id] = topic.parent;
    int leaves = 0;
    for (const auto& topic : data.topics) {
        if (topic.parent && parentOf[*topic.parent]) {
            ++leaves;
            EXPECT_FALSE(parentOf[*parentOf[*topic.parent]]) << topic.id;
        }
    }
    EXPECT_GT(leaves, 80);
    EXPECT_NO_THROW(checkDataset(data, "synthetic"));
}

TEST(Synthetic, MeetingsHaveTwoToSixParticipantsAndTheRightPrecisionMix)
{
    const auto& data = sample();
    const Period range(day("1990-01-01"), day("2027-01-01"));
    std::int64_t multiDay = 0;
    std::int64_t monthPrecision = 0;
    std::map<int, std::int64_t> participantCounts;
    for (const auto& meeting : data.meetings) {
        ++participantCounts[static_cast<int>(meeting.participants.size())];
        multiDay += meeting.precision == Precision::Day && meeting.end > meeting.start;
        monthPrecision += meeting.precision == Precision::Month;
        EXPECT_TRUE(range.contains(meeting.period())) << meeting.id;
        EXPECT_EQ(meeting.sources.size(), 1u) << meeting.id;
        EXPECT_FALSE(meeting.topics.empty()) << meeting.id;
    }
    EXPECT_EQ(participantCounts.begin()->first, 2);
    EXPECT_EQ(participantCounts.rbegin()->first, 6);
    EXPECT_EQ(participantCounts.size(), 5u);
    EXPECT_NEAR(share(multiDay, data.meetings.size()), 0.10, 0.03);
    EXPECT_NEAR(share(monthPrecision, data.meetings.size()), 0.05, 0.02);
}

TEST(Synthetic, DatesClusterAroundSummitsAndGrowOverTheYears)
{
    const auto& data = sample();
    std::map<Date, std::int64_t> perDay;
    std::int64_t nineties = 0;
    std::int64_t twenties = 0;
    for (const auto& meeting : data.meetings) {
        if (meeting.precision == Precision::Day)
            ++perDay[meeting.start];
        nineties += meeting.start.year() < 2000;
        twenties += meeting.start.year() >= 2017;
    }
    // Within a year, meetings per day vary far more than for dates drawn
    // independently (variance / mean near 1): they crowd on summit days.
    double dispersion = 0;
    for (int year = 1990; year <= 2026; ++year) {
        std::vector<double> counts;
        for (Date date(static_cast<unsigned short>(year), 1, 1); date.year() == year;
             date += boost::gregorian::days(1))
            counts.push_back(static_cast<double>(perDay[date]));
        const double mean =
            std::accumulate(counts.begin(), counts.end(), 0.0) / static_cast<double>(counts.size());
        double variance = 0;
        for (const double count : counts)
            variance += (count - mean) * (count - mean) / static_cast<double>(counts.size());
        dispersion += variance / mean / 37;
    }
    EXPECT_GT(dispersion, 2.0);
    EXPECT_GT(twenties, 2 * nineties);
}

TEST(Synthetic, AFewOfficialsMeetVeryOften)
{
    const auto& data = sample();
    std::map<std::string, std::int64_t> perOfficial;
    std::int64_t participations = 0;
    for (const auto& meeting : data.meetings) {
        for (const auto& official : meeting.participants)
            ++perOfficial[official];
        participations += static_cast<std::int64_t>(meeting.participants.size());
    }
    std::vector<std::int64_t> counts;
    counts.reserve(perOfficial.size());
    for (const auto& [official, count] : perOfficial)
        counts.push_back(count);
    std::ranges::sort(counts, std::greater<>());
    std::int64_t top = 0;
    for (std::size_t i = 0; i < (data.officials.size() + 99) / 100; ++i)
        top += counts[i];
    EXPECT_GE(share(top, static_cast<std::size_t>(participations)), 0.10);
}

TEST(Synthetic, OfficialsHoldSuccessiveOfficesSomeOverlapping)
{
    const auto& data = sample();
    int changed = 0;
    int overlapping = 0;
    for (const auto& official : data.officials) {
        ASSERT_GE(official.positions.size(), 1u) << official.id;
        ASSERT_LE(official.positions.size(), 4u) << official.id;
        changed += official.positions.size() > 1;
        for (std::size_t i = 1; i < official.positions.size(); ++i) {
            const auto& previous = official.positions[i - 1];
            overlapping += previous.end && *previous.end >= official.positions[i].start;
        }
    }
    EXPECT_GT(changed, static_cast<int>(data.officials.size()) / 2);
    EXPECT_GT(overlapping, static_cast<int>(data.officials.size()) / 20);
}

TEST(Synthetic, MeasuresStandBetweenCountriesWithKindsTopicsAndASource)
{
    for (const auto& measure : sample().measures) {
        ASSERT_FALSE(measure.targets.empty()) << measure.id;
        EXPECT_FALSE(contains(measure.targets, measure.imposedBy)) << measure.id;
        EXPECT_FALSE(measure.topics.empty()) << measure.id;
        EXPECT_EQ(measure.sources.size(), 1u) << measure.id;
    }
}

TEST(Synthetic, PassesTheChecksAndCanBeSearched)
{
    TempDir dir;
    auto chosen = options(2000, 3);
    chosen.officials = 150;
    chosen.measures = 30;
    auto store = Store::open(generated(dir, "db.parley", chosen));
    EXPECT_EQ(store.check(), std::vector<std::string>());
    const auto stats = store.stats();
    EXPECT_EQ(stats.officials, 150);
    EXPECT_EQ(stats.measures, 30);
    Filter search;
    search.setText("talks");
    const auto found = store.meetings(search);
    EXPECT_GT(found.size(), 50u);
    EXPECT_LT(found.size(), 2000u);
}

// Large enough that the import indexes the text on a second thread.
TEST(Synthetic, ImportsAsExportedAndSearchesTheSame)
{
    TempDir dir;
    auto original = Store::open(generated(dir, "generated.parley", options(12000, 5)));
    const auto dataset = original.exportAll();
    auto imported = Store::create(dir / "imported.parley");
    imported.import(dataset);
    EXPECT_EQ(imported.exportAll(), dataset);
    EXPECT_EQ(imported.check(), std::vector<std::string>());
    EXPECT_FALSE(fs::exists(dir / "imported.parley-search"));
    for (const auto* text : {"geneva", "semiconductor export", "Abe"}) {
        Filter search;
        search.setText(text);
        EXPECT_EQ(imported.meetingKeys(search).size(), original.meetingKeys(search).size()) << text;
        EXPECT_FALSE(imported.meetingKeys(search).empty()) << text;
    }
    // Again, into a database that holds them: every meeting replaced.
    imported.import(dataset);
    EXPECT_EQ(imported.exportAll(), dataset);
    EXPECT_EQ(imported.check(), std::vector<std::string>());
}

TEST(Synthetic, ReplacesOnlyAnEmptyFileOrAnEmptyDatabase)
{
    TempDir dir;
    writeBytes(dir / "empty.parley", "");
    EXPECT_NO_THROW(generateSyntheticDatabase(dir / "empty.parley", options(50)));
    Store::create(dir / "init.parley");
    EXPECT_NO_THROW(generateSyntheticDatabase(dir / "init.parley", options(50)));
    EXPECT_EQ(Store::open(dir / "init.parley").stats().meetings, 50);

    const auto before = readBytes(dir / "empty.parley");
    EXPECT_THROW(generateSyntheticDatabase(dir / "empty.parley", options(50)), DataError);
    EXPECT_EQ(readBytes(dir / "empty.parley"), before);
    EXPECT_FALSE(fs::exists(dir / "empty.parley.partial"));
    writeBytes(dir / "notes.txt", "my notes");
    EXPECT_THROW(generateSyntheticDatabase(dir / "notes.txt", options(50)), DatabaseError);
    EXPECT_EQ(readBytes(dir / "notes.txt"), "my notes");
}

TEST(Synthetic, RefusesCountsOutOfRange)
{
    TempDir dir;
    const auto file = dir / "db.parley";
    auto fewOfficials = options(100);
    fewOfficials.officials = kMinSyntheticOfficials - 1;
    auto negativeMeasures = options(100);
    negativeMeasures.measures = -1;
    for (const auto& wrong :
         {options(0), options(kMaxSyntheticRecords + 1), fewOfficials, negativeMeasures})
        EXPECT_THROW(generateSyntheticDatabase(file, wrong), DataError);
    EXPECT_FALSE(fs::exists(file));
}

} // namespace
} // namespace parley::test
