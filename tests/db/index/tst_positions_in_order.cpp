// Positions put in order come as a sort would give them, whether the values
// stand in order already, nearly so, far from it or anyhow.
#include "db/index/PositionsInOrder.h"

#include <gtest/gtest.h>

#include <random>

namespace parley {
namespace {

std::vector<std::uint32_t> sorted(const std::vector<int>& values)
{
    std::vector<std::uint32_t> positions(values.size());
    std::iota(positions.begin(), positions.end(), 0U);
    std::ranges::stable_sort(positions, {}, [&](std::uint32_t at) { return values[at]; });
    return positions;
}

std::vector<std::uint32_t> inOrder(const std::vector<int>& values)
{
    return positionsInOrder(values.size(), [&](std::uint32_t left, std::uint32_t right) {
        return values[left] < values[right];
    });
}

std::vector<int> ascending(int count)
{
    std::vector<int> values(static_cast<std::size_t>(count));
    std::iota(values.begin(), values.end(), 0);
    return values;
}

TEST(PositionsInOrder, ThatStandInOrderStayAsTheyAre)
{
    const auto positions = inOrder(ascending(1000));
    EXPECT_EQ(positions, sorted(ascending(1000)));
    EXPECT_TRUE(leavesAsTheyAre(positions));
    EXPECT_TRUE(inOrder({}).empty());
}

TEST(PositionsInOrder, ThatStandNearlyInOrderComeSorted)
{
    auto values = ascending(1000);
    // A few moved later, earlier and to the very end.
    std::swap(values[10], values[500]);
    std::swap(values[998], values[3]);
    values.push_back(-5);
    const auto positions = inOrder(values);
    EXPECT_EQ(positions, sorted(values));
    EXPECT_FALSE(leavesAsTheyAre(positions));
}

TEST(PositionsInOrder, ThatWerePutInEarlyComeSorted)
{
    // A run of high values early, which every later one falls out of step
    // with, walking from the first.
    auto values = ascending(1000);
    for (int at = 5; at < 50; ++at)
        values[static_cast<std::size_t>(at)] += 5000;
    EXPECT_EQ(inOrder(values), sorted(values));
}

TEST(PositionsInOrder, ThatStandFarFromOrderComeSorted)
{
    auto values = ascending(1000);
    // Half of them in one order, half in another.
    std::ranges::reverse(values.begin(), values.begin() + 500);
    EXPECT_EQ(inOrder(values), sorted(values));
    std::ranges::reverse(values);
    EXPECT_EQ(inOrder(values), sorted(values));
    std::mt19937 random(7);
    std::ranges::shuffle(values, random);
    EXPECT_EQ(inOrder(values), sorted(values));
}

} // namespace
} // namespace parley
