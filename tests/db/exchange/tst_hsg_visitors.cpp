// Who a visit's <visitor> string names, with the office written before each
// name, and the ids names become.
#include "db/exchange/hsg/HsgVisitors.h"
#include "db/exchange/hsg/NameSlug.h"

#include <gtest/gtest.h>

namespace parley::hsg {
namespace {

using Visitors = std::vector<Visitor>;

TEST(HsgVisitors, TheOfficeBeforeTheNameIsSplitOff)
{
    EXPECT_EQ(splitVisitors("Prime Minister Kyriakos Mitsotakis"),
              (Visitors{{"Prime Minister", "Kyriakos Mitsotakis"}}));
    EXPECT_EQ(splitVisitors("King Hussein"), (Visitors{{"King", "Hussein"}}));
    EXPECT_EQ(splitVisitors("President Quirino"), (Visitors{{"President", "Quirino"}}));
    EXPECT_EQ(splitVisitors("Interim President Juan Guaidó"),
              (Visitors{{"Interim President", "Juan Guaidó"}}));
    EXPECT_EQ(splitVisitors("Governor General Lord Tweedsmuir"),
              (Visitors{{"Governor General", "Lord Tweedsmuir"}}));
    EXPECT_EQ(splitVisitors("Amir Sheikh Tamim bin Hamad Al Thani"),
              (Visitors{{"Amir", "Sheikh Tamim bin Hamad Al Thani"}}));
    EXPECT_EQ(splitVisitors("Prime Minister Rishi Sunak "),
              (Visitors{{"Prime Minister", "Rishi Sunak"}}));
}

TEST(HsgVisitors, WithoutAKnownOfficeTheWholeStringIsTheName)
{
    EXPECT_EQ(splitVisitors("Sheikh Haya Rashed al-Khalifa"),
              (Visitors{{std::nullopt, "Sheikh Haya Rashed al-Khalifa"}}));
    EXPECT_EQ(splitVisitors("Valdas Adamkus"), (Visitors{{std::nullopt, "Valdas Adamkus"}}));
    // An office must end its word.
    EXPECT_EQ(splitVisitors("Kingsley Amis"), (Visitors{{std::nullopt, "Kingsley Amis"}}));
}

TEST(HsgVisitors, TwoPeopleAreSplitWhereAnOfficeFollows)
{
    EXPECT_EQ(
        splitVisitors("President Francesco Cossiga and Prime Minister Giulio Andreotti"),
        (Visitors{{"President", "Francesco Cossiga"}, {"Prime Minister", "Giulio Andreotti"}}));
    EXPECT_EQ(splitVisitors("President Anwar Sadat, Prime Minister Mustafa Khalil"),
              (Visitors{{"President", "Anwar Sadat"}, {"Prime Minister", "Mustafa Khalil"}}));
    EXPECT_EQ(splitVisitors("King Abdullah and Crown Prince Hussein"),
              (Visitors{{"King", "Abdullah"}, {"Crown Prince", "Hussein"}}));
    // A comma or "and" inside a name splits nothing.
    EXPECT_EQ(splitVisitors("President Benigno S. Aquino, 3rd"),
              (Visitors{{"President", "Benigno S. Aquino, 3rd"}}));
    EXPECT_EQ(splitVisitors("Prime Minister J.M.G.M. (Tom) Adams"),
              (Visitors{{"Prime Minister", "J.M.G.M. (Tom) Adams"}}));
}

TEST(HsgVisitors, AnOfficeWithoutANameJoinsTheNext)
{
    EXPECT_EQ(splitVisitors("Premier and Prince Sihanouk"),
              (Visitors{{"Premier and Prince", "Sihanouk"}}));
    EXPECT_EQ(splitVisitors("Premier & Prince Sihanouk"),
              (Visitors{{"Premier & Prince", "Sihanouk"}}));
}

TEST(HsgVisitors, MisspelledOfficesOfTheRecordsAreRead)
{
    EXPECT_EQ(splitVisitors("Prime Minster Adrian Nastase"),
              (Visitors{{"Prime Minister", "Adrian Nastase"}}));
    EXPECT_EQ(splitVisitors("Prime MinisterHaidar al- Abadi"),
              (Visitors{{"Prime Minister", "Haidar al- Abadi"}}));
    EXPECT_EQ(splitVisitors("President- elect Ernesto Zedillo Ponce de Leon"),
              (Visitors{{"President-elect", "Ernesto Zedillo Ponce de Leon"}}));
    EXPECT_EQ(splitVisitors("President-Elect Carlos Salinas de Gortari"),
              (Visitors{{"President-elect", "Carlos Salinas de Gortari"}}));
}

TEST(NameSlug, WritesNamesAsIds)
{
    EXPECT_EQ(nameSlug("Kyriakos Mitsotakis"), "kyriakos-mitsotakis");
    EXPECT_EQ(nameSlug("Gitanas Nausėda"), "gitanas-nauseda");
    EXPECT_EQ(nameSlug("Tô Lâm"), "to-lam");
    EXPECT_EQ(nameSlug("Shinzō Abe"), "shinzo-abe");
    EXPECT_EQ(nameSlug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
    EXPECT_EQ(nameSlug("J.M.G.M. (Tom) Adams"), "j-m-g-m-tom-adams");
    EXPECT_EQ(nameSlug("Seán O’Kelly"), "sean-okelly");
    EXPECT_EQ(nameSlug("  "), "");
    EXPECT_EQ(nameSlug("习近平"), "");
}

} // namespace
} // namespace parley::hsg
