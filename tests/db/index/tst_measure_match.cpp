// matchingMeasures() answers every kind of filter as Store::measures() does,
// on the hand-written test data and on a synthetic world with a topic tree
// and a thousand measures, and leaves an official's measures to the store.
#include "db/index/MeasureMatch.h"
#include "tests/db/index/IndexTestData.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace parley::test {
namespace {

std::map<std::string, Topic> topicsById(const std::vector<Topic>& topics)
{
    std::map<std::string, Topic> byId;
    for (const auto& topic : topics)
        byId.emplace(topic.id, topic);
    return byId;
}

std::string upper(std::string text)
{
    std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

// The filters of filtersOver() and some that only measures answer to: their
// kinds, words of their titles and targets in another case, and text that
// SQLite's lower() leaves as it is.
std::vector<std::pair<std::string, Filter>> measureFiltersOver(const Dataset& data)
{
    auto all = filtersOver(data);
    const auto add = [&](const std::string& name, auto set) {
        Filter filter;
        set(filter);
        all.emplace_back(name, filter);
    };
    add("measure and meeting kinds", [](Filter& f) { f.setKinds({"tariff", "ban", "call"}); });
    for (std::size_t at = 0; at < data.measures.size(); at += data.measures.size() / 7 + 1) {
        const Measure& measure = data.measures[at];
        const auto words = measure.title.substr(0, measure.title.find(' ', 4));
        add("title of " + measure.id, [&](Filter& f) { f.setText(upper(words)); });
        if (measure.targetEntity)
            add("target of " + measure.id, [&](Filter& f) { f.setText(*measure.targetEntity); });
        add("imposer and topic of " + measure.id, [&](Filter& f) {
            f.setCountries({measure.imposedBy});
            if (!measure.topics.empty())
                f.setTopics({measure.topics.front()});
            f.setTo(measure.announced);
        });
    }
    add("accented capitals", [](Filter& f) { f.setText("ÉTATS"); });
    add("two words", [](Filter& f) { f.setText("export chips"); });
    return all;
}

void expectSameMeasuresAsTheStore(const Store& store)
{
    const auto data = store.exportAll();
    const auto all = store.measures(Filter());
    const auto topics = topicsById(data.topics);
    int found = 0;
    for (const auto& [name, filter] : measureFiltersOver(data)) {
        const auto answer = matchingMeasures(all, topics, filter);
        if (!filter.officials().empty()) {
            EXPECT_FALSE(answer) << name;
            continue;
        }
        ASSERT_TRUE(answer) << name;
        EXPECT_EQ(*answer, positionsAmong(all, store.measures(filter))) << name;
        std::vector<Measure> measures;
        for (const auto at : *answer)
            measures.push_back(all[at]);
        EXPECT_EQ(measures, store.measures(filter)) << name;
        found += answer->empty() ? 0 : 1;
    }
    // The filters find something, not only nothing.
    EXPECT_GT(found, 10);
}

TEST(MeasureMatch, AnswersTheTestDataAsTheStoreDoes)
{
    const Store store = storeWith(testDataset());
    ASSERT_FALSE(testDataset().measures.empty());
    expectSameMeasuresAsTheStore(store);
}

TEST(MeasureMatch, AnswersASyntheticWorldAsTheStoreDoes)
{
    TempDir dir;
    SyntheticOptions options;
    options.meetings = 2000;
    options.measures = 1000;
    options.seed = 21;
    const auto file = dir / "world.parley";
    generateSyntheticDatabase(file, options);
    expectSameMeasuresAsTheStore(Store::open(file, Store::Access::ReadOnly));
}

TEST(MeasureMatch, PositionsAreFoundInDateOrderAndUnknownMeasuresLeftOut)
{
    const auto& all = testDataset().measures;
    ASSERT_GT(all.size(), 3U);
    std::vector<Measure> sorted = all;
    std::ranges::sort(sorted, {}, [](const Measure& m) { return std::tie(m.announced, m.id); });
    Measure unknown = sorted[1];
    unknown.id = "not-held";
    const std::vector<Measure> found{sorted[0], unknown, sorted[2], sorted.back()};
    EXPECT_EQ(positionsAmong(sorted, found),
              (std::vector<std::uint32_t>{0, 2, static_cast<std::uint32_t>(sorted.size() - 1)}));
}

TEST(MeasureMatch, ATopicChoosesTheMeasuresOfTopicsUnderIt)
{
    Dataset data = testDataset();
    const auto topics = topicsById(data.topics);
    const auto child =
        std::ranges::find_if(data.topics, [](const Topic& t) { return t.parent.has_value(); });
    ASSERT_NE(child, data.topics.end());
    Measure measure = data.measures.front();
    measure.topics = {child->id};
    Filter byParent;
    byParent.setTopics({*child->parent});
    const auto answer = matchingMeasures(std::vector{measure}, topics, byParent);
    ASSERT_TRUE(answer);
    EXPECT_EQ(*answer, std::vector<std::uint32_t>{0});
    Filter byAnother;
    byAnother.setTopics({"no-such-topic"});
    EXPECT_TRUE(matchingMeasures(std::vector{measure}, topics, byAnother)->empty());
}

} // namespace
} // namespace parley::test
