// The whole of the Office of the Historian's records that Parley ships
// (resources/hsg): the counts the importer gives against counts taken from
// the XML by another route (pugixml's XPath), a country for every slug, the
// trips made before a term began shown without the office of President, and
// an import that changes nothing the second time.
#include "db/exchange/hsg/HsgCountries.h"
#include "db/exchange/hsg/HsgImport.h"

#include "db/model/Engagements.h"
#include "tests/db/TestData.h"

#include <pugixml.hpp>

#include <algorithm>
#include <map>

namespace parley::test {
namespace {

fs::path shipped() { return sourceDir() / "resources/hsg"; }

// Where two long texts first part, with some of each around it.
std::string firstDifference(const std::string& a, const std::string& b)
{
    const auto at = static_cast<std::size_t>(std::ranges::mismatch(a, b).in1 - a.begin());
    const auto from = at < 200 ? 0 : at - 200;
    return "first difference at byte " + std::to_string(at) + ":\n" + a.substr(from, 400) +
           "\n---\n" + b.substr(from, 400);
}

// Every file of the shipped records under FOLDER (recursively), parsed.
std::vector<pugi::xml_document> documents(const std::string& folder)
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(shipped() / folder)) {
        if (entry.path().extension() == ".xml")
            files.push_back(entry.path());
    }
    std::vector<pugi::xml_document> parsed(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!parsed[i].load_file(files[i].c_str()))
            throw std::runtime_error("cannot parse " + files[i].string());
    }
    return parsed;
}

std::size_t count(const std::string& folder, const char* xpath)
{
    std::size_t total = 0;
    for (const auto& document : documents(folder))
        total += document.select_nodes(xpath).size();
    return total;
}

class HsgShipped : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_read = readHsgFolder(shipped()); }
    static HsgDataset s_read;
};

HsgDataset HsgShipped::s_read;

TEST_F(HsgShipped, CountsAreWhatTheXmlHolds)
{
    const auto& counts = s_read.counts;
    const auto trips = count("travels", "/trips/trip");
    const auto visits = count("visits", "/visits/visit");
    EXPECT_EQ(counts.trips, trips);
    EXPECT_EQ(counts.visits, visits);
    EXPECT_EQ(s_read.dataset.meetings.size(), trips + visits);
    EXPECT_EQ(counts.people, count("pocom/people", "/person"));
    EXPECT_EQ(counts.presidentTerms, count("travels/presidents", "/presidents/president"));

    const char* dated =
        "[normalize-space(started/date) != '' or normalize-space(appointed/date) != '']";
    const auto appointments =
        count("pocom/positions-principals",
              (std::string("//principals/principal") + dated).c_str()) +
        count("pocom/missions-countries", (std::string("//chiefs/chief") + dated).c_str()) +
        count("pocom/missions-orgs", (std::string("//chiefs/chief") + dated).c_str());
    EXPECT_EQ(counts.appointments, appointments);
    const auto listed = count("pocom/positions-principals", "//principals/principal") +
                        count("pocom/missions-countries", "//chiefs/chief") +
                        count("pocom/missions-orgs", "//chiefs/chief");
    EXPECT_EQ(counts.undatedAppointments, listed - appointments);

    std::size_t positions = 0;
    for (const auto& official : s_read.dataset.officials)
        positions += official.positions.size();
    EXPECT_EQ(positions, appointments + counts.presidentTerms);
    // Every person, every President pocom does not hold (by id and year of
    // birth), every visitor.
    std::size_t presidentsApart = 0;
    std::set<std::string> seen;
    const auto presidents = documents("travels/presidents");
    for (const auto& node : presidents.front().select_nodes("//president")) {
        const std::string id = node.node().child_value("id");
        if (!seen.insert(id).second)
            continue;
        pugi::xml_document person;
        const auto file = shipped() / "pocom/people" / id.substr(0, 1) / (id + ".xml");
        presidentsApart += !person.load_file(file.c_str()) ||
                           std::string(person.child("person").child_value("birth")) !=
                               node.node().child_value("birth-year");
    }
    EXPECT_EQ(s_read.dataset.officials.size(), counts.people + counts.visitors + presidentsApart);
}

TEST_F(HsgShipped, EveryCountrySlugHasACountry)
{
    std::set<std::string> unknown;
    const auto check = [&](const std::string& folder, const char* xpath) {
        for (const auto& document : documents(folder)) {
            for (const auto& node : document.select_nodes(xpath)) {
                const std::string slug =
                    node.attribute() ? node.attribute().value() : node.node().text().get();
                if (!hsg::countryOfSlug(slug))
                    unknown.insert(slug);
            }
        }
    };
    check("travels", "//trip/country/@id");
    check("visits", "//visit/from/@id");
    check("pocom/missions-countries", "//territory-id | //contemporary-territory-id");
    EXPECT_TRUE(unknown.empty()) << "no country for: " << ::testing::PrintToString(unknown);
}

TEST_F(HsgShipped, TripsBeforeATermDoNotCallTheTravellerPresident)
{
    std::map<std::string, std::string> firstTerm; // the Office's id -> took office
    const auto presidents = documents("travels/presidents");
    for (const auto& node : presidents.front().select_nodes("//president")) {
        const std::string id = node.node().child_value("id");
        const std::string took = node.node().child_value("took-office-date");
        if (!firstTerm.contains(id) || took < firstTerm[id])
            firstTerm[id] = took;
    }
    std::set<std::string> early; // meeting ids
    for (const auto& document : documents("travels/president-travels")) {
        for (const auto& node : document.select_nodes("//trip")) {
            const std::string start = node.node().child_value("start-date");
            if (start < firstTerm.at(node.node().attribute("who").value()))
                early.insert(std::string("hsg-trip-") + node.node().child_value("id"));
        }
    }
    EXPECT_EQ(early.size(), 17u);

    const auto& data = s_read.dataset;
    std::map<std::string, const Official*> officials;
    for (const auto& official : data.officials)
        officials[official.id] = &official;
    std::size_t calledPresident = 0;
    for (const auto& meeting : data.meetings) {
        if (!meeting.id.starts_with("hsg-trip-"))
            continue;
        const auto engagement = engagementOf(meeting, *officials.at(meeting.participants.front()));
        const bool president =
            std::ranges::any_of(engagement.positions, [](const Position& position) {
                return position.title == "President of the United States";
            });
        if (early.contains(meeting.id)) {
            EXPECT_FALSE(president) << meeting.id;
            EXPECT_FALSE(meeting.title.starts_with("President ")) << meeting.title;
        }
        calledPresident += president ? 1 : 0;
    }
    EXPECT_EQ(calledPresident, count("travels/president-travels", "//trip") - early.size());
}

TEST_F(HsgShipped, ImportingTwiceGivesTheSameDatabase)
{
    auto store = storeWith(s_read.dataset);
    const auto once = writeDataset(store.exportAll());
    store.import(readHsgFolder(shipped()).dataset);
    // EXPECT_TRUE: a failing EXPECT_EQ would diff two 40 MB texts line by line.
    EXPECT_TRUE(writeDataset(store.exportAll()) == once);
    const auto read = writeDataset(s_read.dataset);
    EXPECT_TRUE(once == read) << firstDifference(once, read);
    EXPECT_TRUE(store.check().empty());
}

} // namespace
} // namespace parley::test
