// The rules every record keeps, as the editor's forms, the importers and the
// store ask them: each broken rule names its field and says what is wrong.
#include "db/model/RecordRules.h"

#include <gtest/gtest.h>

#include <set>

namespace parley {
namespace {

// A database that holds a country, two officials, a topic and a source.
class Known : public KnownIds {
public:
    bool contains(RecordKind kind, const std::string& id) const override
    {
        return m_ids.contains({kind, id});
    }
    std::string where() const override { return "in the database"; }

private:
    std::set<std::pair<RecordKind, std::string>> m_ids{
        {RecordKind::Country, "US"},       {RecordKind::Country, "CN"},
        {RecordKind::Official, "wang-yi"}, {RecordKind::Official, "jake-sullivan"},
        {RecordKind::Topic, "trade"},      {RecordKind::Source, "readout"}};
};

Meeting soundMeeting()
{
    Meeting m;
    m.id = "talks";
    m.title = "Talks";
    m.start = Date(2023, 5, 10);
    m.end = Date(2023, 5, 11);
    m.host = "US";
    m.kind = "bilateral";
    m.participants = {"wang-yi", "jake-sullivan"};
    m.topics = {"trade"};
    m.sources = {"readout"};
    return m;
}

std::vector<std::string> fieldsOf(const std::vector<Problem>& problems)
{
    std::vector<std::string> fields;
    for (const auto& problem : problems)
        fields.push_back(problem.field);
    return fields;
}

TEST(RecordRules, ASoundMeetingHasNoProblem)
{
    EXPECT_TRUE(problemsOf(soundMeeting(), Known()).empty());
}

TEST(RecordRules, EachBrokenRuleNamesItsField)
{
    auto m = soundMeeting();
    m.id = "Not A Slug";
    m.title.clear();
    m.end = Date(2023, 5, 9);
    m.host = "XX";
    m.kind = "embargo";
    m.participants = {"wang-yi", "nobody", "wang-yi"};
    m.summary = std::string(kMaxTextBytes + 1, 'x');
    const auto problems = problemsOf(m, Known());
    EXPECT_EQ(fieldsOf(problems),
              (std::vector<std::string>{"id", "title", "end", "host", "kind", "participants",
                                        "participants", "summary"}));
    EXPECT_EQ(problems[2].message, "2023-05-09 is before the start 2023-05-10");
    EXPECT_EQ(problems[3].message, "\"XX\" is not a country in the database");
    EXPECT_EQ(problems[5].message, "\"nobody\" is not an official in the database");
    EXPECT_EQ(problems[6].message, "\"wang-yi\" is listed twice");
}

TEST(RecordRules, DatesMustFitTheirPrecision)
{
    auto m = soundMeeting();
    m.precision = Precision::Month;
    m.start = Date(2023, 5, 1);
    m.end = Date(2023, 5, 15);
    const auto problems = problemsOf(m, Known());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].field, "end");
    EXPECT_EQ(problems[0].message,
              "\"2023-05-15\" does not fit precision month (write the 1st of the month)");
}

TEST(RecordRules, OfficialsKeepTheirOfficesInOrder)
{
    Official o{"wang-yi", "Wang Yi", "CN", "王毅", {"Wang"}, {}};
    o.positions = {{"Minister of Foreign Affairs", "MFA", Date(2013, 3, 16), Date(2013, 3, 1)},
                   {"", "", Date(2023, 1, 1), std::nullopt}};
    const auto problems = problemsOf(o, Known());
    EXPECT_EQ(fieldsOf(problems),
              (std::vector<std::string>{"positions[#0].end", "positions[#1].title"}));
    o.country = "ZZ";
    o.positions.clear();
    EXPECT_EQ(fieldsOf(problemsOf(o, Known())), std::vector<std::string>{"country"});
}

TEST(RecordRules, MeasuresTopicsSourcesAndCountries)
{
    Measure x{"ban",        "A ban",           "ban",           "CN", {"US", "CN", "US"},
              std::nullopt, Date(2023, 5, 21), Precision::Year, {},   std::nullopt,
              {"readout"}};
    EXPECT_EQ(fieldsOf(problemsOf(x, Known())), (std::vector<std::string>{"targets", "announced"}));
    EXPECT_EQ(fieldsOf(problemsOf(Topic{"trade", "Trade", "trade"}, Known())),
              std::vector<std::string>{"parent"});
    EXPECT_EQ(fieldsOf(problemsOf(Topic{"chips", "", "nothing"}, Known())),
              (std::vector<std::string>{"name", "parent"}));
    EXPECT_EQ(fieldsOf(problemsOf(Source{"s", "", "T", Date(2023, 1, 1), std::nullopt})),
              std::vector<std::string>{"publisher"});
    EXPECT_EQ(fieldsOf(problemsOf(Country{"usa", "United States"})),
              std::vector<std::string>{"code"});
}

} // namespace
} // namespace parley
