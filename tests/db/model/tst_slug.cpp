// Ids of new records, as parley/1 forms them from a name.
#include "db/model/Slug.h"
#include "db/model/Vocabulary.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(Slug, NamesBecomeLowercaseAsciiWordsJoinedByHyphens)
{
    EXPECT_EQ(slugOf("Wang Yi"), "wang-yi");
    EXPECT_EQ(slugOf("  Gina M. Raimondo "), "gina-m-raimondo");
    EXPECT_EQ(slugOf("Zoë Ferrer-Núñez"), "zoe-ferrer-nunez");
    EXPECT_EQ(slugOf("ŁUKASZ Świątek"), "lukasz-swiatek");
    EXPECT_EQ(slugOf("Ólafur Þórðarson"), "olafur-thordarson");
    EXPECT_EQ(slugOf("G7 summit, Hiroshima (2023)"), "g7-summit-hiroshima-2023");
}

TEST(Slug, WhatHasNoAsciiFormDropsOut)
{
    EXPECT_EQ(slugOf("王毅"), "");
    EXPECT_EQ(slugOf("Wang Yi 王毅"), "wang-yi");
    EXPECT_EQ(slugOf("\xE7\x8E"), ""); // broken UTF-8
    EXPECT_EQ(slugOf(""), "");
}

TEST(Slug, EverySlugIsAValidIdWithRoomForASuffix)
{
    const std::string longName(500, 'a');
    const auto slug = slugOf(longName + " b");
    EXPECT_LE(slug.size(), 190u);
    EXPECT_TRUE(isSlug(slug));
    for (const char* name : {"Wang Yi", "a--b", "-x-", "A.B.C", "Zoë"})
        EXPECT_TRUE(isSlug(slugOf(name))) << name;
}

} // namespace
} // namespace parley
