// Store::meetingsPerCountry and meetingsPerTopic: each count is what choosing
// that value would list, topics count their descendants, and each count ignores
// its own facet while honouring the others.
#include "tests/db/TestData.h"

#include <map>

namespace parley::test {
namespace {

using Counts = std::map<std::string, int>;

Counts asMap(const std::vector<Count>& counts)
{
    Counts map;
    for (const auto& count : counts)
        map[count.id] = count.meetings;
    return map;
}

class MeetingCounts : public ::testing::Test {
protected:
    // What the meetings query gives for each value of a facet: zero counts are
    // left out, as the store leaves them out.
    template <typename SetFacet>
    Counts listedPerValue(const std::vector<std::string>& values, Filter base, SetFacet set) const
    {
        Counts counts;
        for (const auto& value : values) {
            set(base, Filter::Ids{value});
            if (const auto n = static_cast<int>(m_store.meetings(base).size()))
                counts[value] = n;
        }
        return counts;
    }

    std::vector<std::string> countryCodes() const
    {
        std::vector<std::string> codes;
        for (const auto& country : testDataset().countries)
            codes.push_back(country.code);
        return codes;
    }

    std::vector<std::string> topicIds() const
    {
        std::vector<std::string> ids;
        for (const auto& topic : testDataset().topics)
            ids.push_back(topic.id);
        return ids;
    }

    static void setCountries(Filter& filter, Filter::Ids ids)
    {
        filter.setCountries(std::move(ids));
    }
    static void setTopics(Filter& filter, Filter::Ids ids) { filter.setTopics(std::move(ids)); }

    Store m_store = storeWith(testDataset());
};

TEST_F(MeetingCounts, CountryCountsEqualWhatEachCountryWouldList)
{
    const auto counts = asMap(m_store.meetingsPerCountry({}));
    EXPECT_EQ(counts, listedPerValue(countryCodes(), {}, setCountries));
    EXPECT_EQ(counts.at("AT"), 1);
    EXPECT_EQ(counts.at("CH"), 2);
    EXPECT_EQ(counts.at("IN"), 1); // a participant's country, not the host
    EXPECT_EQ(counts.at("US"), 51);
    EXPECT_EQ(counts.at("CN"), 49);
}

TEST_F(MeetingCounts, TopicCountsIncludeDescendants)
{
    const auto counts = asMap(m_store.meetingsPerTopic({}));
    EXPECT_EQ(counts, listedPerValue(topicIds(), {}, setTopics));
    EXPECT_EQ(counts.at("advanced-chips"), 2);
    EXPECT_EQ(counts.at("semiconductors"), 5);
    EXPECT_EQ(counts.at("indo-pacific"), 4);
    EXPECT_GE(counts.at("technology"), counts.at("semiconductors") + 1);
    // Nothing is tagged investment or outbound-investment at a meeting.
    EXPECT_FALSE(counts.contains("investment"));
    EXPECT_FALSE(counts.contains("outbound-investment"));
}

TEST_F(MeetingCounts, CountsAreOrderedByIdWithoutZeros)
{
    for (const auto& counts : {m_store.meetingsPerCountry({}), m_store.meetingsPerTopic({})}) {
        EXPECT_TRUE(std::ranges::is_sorted(counts, {}, &Count::id));
        EXPECT_TRUE(std::ranges::none_of(counts, [](const Count& c) { return c.meetings <= 0; }));
    }
}

TEST_F(MeetingCounts, EachCountIgnoresItsOwnFacet)
{
    Filter chosen;
    chosen.setCountries({"AT"});
    chosen.setTopics({"technology"});
    Filter withoutCountries = chosen;
    withoutCountries.setCountries({});
    Filter withoutTopics = chosen;
    withoutTopics.setTopics({});

    const auto perCountry = m_store.meetingsPerCountry(chosen);
    const auto perTopic = m_store.meetingsPerTopic(chosen);
    EXPECT_EQ(perCountry, m_store.meetingsPerCountry(withoutCountries));
    EXPECT_EQ(perTopic, m_store.meetingsPerTopic(withoutTopics));
    // Choosing another country would list exactly what its count says.
    EXPECT_EQ(asMap(perCountry), listedPerValue(countryCodes(), chosen, setCountries));
    EXPECT_EQ(asMap(perTopic), listedPerValue(topicIds(), chosen, setTopics));
}

TEST_F(MeetingCounts, CountsHonourTheOtherFacets)
{
    Filter austria;
    austria.setCountries({"AT"});
    // The Vienna talks: communication-channels and taiwan, under diplomacy and security.
    EXPECT_EQ(
        asMap(m_store.meetingsPerTopic(austria)),
        (Counts{{"communication-channels", 1}, {"diplomacy", 1}, {"security", 1}, {"taiwan", 1}}));

    Filter leafTopic;
    leafTopic.setTopics({"advanced-chips"});
    EXPECT_EQ(asMap(m_store.meetingsPerCountry(leafTopic)), (Counts{{"CN", 2}, {"US", 2}}));

    auto range = dateRange("2019-03-31", "2019-04-01");
    range.setKinds({"visit"});
    EXPECT_EQ(asMap(m_store.meetingsPerCountry(range)), (Counts{{"CN", 2}, {"US", 2}}));
}

TEST_F(MeetingCounts, CountsFollowTheSearchText)
{
    Filter text;
    text.setText("raimondo");
    EXPECT_EQ(asMap(m_store.meetingsPerCountry(text)), (Counts{{"CN", 2}, {"US", 2}}));
    const auto topics = asMap(m_store.meetingsPerTopic(text));
    EXPECT_EQ(topics.at("advanced-chips"), 1);
    EXPECT_EQ(topics.at("semiconductors"), 2);
    EXPECT_EQ(topics.at("trade"), 2);
}

} // namespace
} // namespace parley::test
