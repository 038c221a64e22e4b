// A Splice takes positions out and puts records in at their places after the
// change, whatever the order of the two.
#include "db/index/Splice.h"

#include <gtest/gtest.h>

using parley::Splice;

namespace {

std::vector<int> after(const Splice& splice, const std::vector<int>& values,
                       const std::vector<int>& added)
{
    return splice.applied(values, std::span<const int>(added));
}

} // namespace

TEST(Splice, MovesOneRecordForwardAndBack)
{
    const std::vector<int> values{0, 1, 2, 3, 4};
    // The record at 1 moves to the end, then back to the front.
    EXPECT_EQ(after({{1}, {4}}, values, {10}), (std::vector<int>{0, 2, 3, 4, 10}));
    EXPECT_EQ(after({{3}, {0}}, values, {10}), (std::vector<int>{10, 0, 1, 2, 4}));
    // In place: a title changed, the date did not.
    EXPECT_EQ(after({{2}, {2}}, values, {10}), (std::vector<int>{0, 1, 10, 3, 4}));
}

TEST(Splice, AddsRemovesAndMixes)
{
    const std::vector<int> values{0, 1, 2, 3};
    EXPECT_EQ(after({{}, {0, 2, 6}}, values, {10, 11, 12}),
              (std::vector<int>{10, 0, 11, 1, 2, 3, 12}));
    EXPECT_EQ(after({{0, 3}, {}}, values, {}), (std::vector<int>{1, 2}));
    EXPECT_EQ(after({{0, 1, 2, 3}, {0}}, values, {10}), (std::vector<int>{10}));
    EXPECT_EQ(after({{}, {0}}, {}, {10}), (std::vector<int>{10}));
}

TEST(Splice, RefusesPositionsThatDoNotFit)
{
    const std::vector<int> values{0, 1};
    // Added past the end of the list after the change.
    EXPECT_THROW(after({{}, {5}}, values, {10}), std::logic_error);
}
