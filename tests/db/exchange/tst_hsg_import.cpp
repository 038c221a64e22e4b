// The Office of the Historian's records on the small folder of
// tests/data/hsg/good: what each trip, visit, person and appointment becomes,
// the offices shown at each meeting, folders that are missing, and every
// broken folder of tests/data/hsg/bad refused with one line naming the file,
// the record and the field.
#include "db/exchange/hsg/HsgImport.h"

#include "db/model/Engagements.h"
#include "tests/db/TestData.h"

namespace parley::test {
namespace {

fs::path hsgData(const std::string& folder) { return sourceDir() / "tests/data/hsg" / folder; }

template <typename Record>
const Record& byId(const std::vector<Record>& records, const std::string& id)
{
    const auto found = std::ranges::find(records, id, &Record::id);
    if (found == records.end())
        throw std::runtime_error("no record " + id);
    return *found;
}

std::vector<std::string> officesAt(const Dataset& data, const std::string& meeting,
                                   const std::string& official)
{
    std::vector<std::string> titles;
    for (const auto& position :
         engagementOf(byId(data.meetings, meeting), byId(data.officials, official)).positions)
        titles.push_back(position.title);
    return titles;
}

class HsgImport : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_read = readHsgFolder(hsgData("good")); }
    const Dataset& data() const { return s_read.dataset; }
    static HsgDataset s_read;
};

HsgDataset HsgImport::s_read;

TEST_F(HsgImport, CountsWhatTheRecordsHold)
{
    const auto& counts = s_read.counts;
    EXPECT_EQ(counts.trips, 4u);
    EXPECT_EQ(counts.visits, 3u);
    EXPECT_EQ(counts.people, 4u);
    EXPECT_EQ(counts.presidentTerms, 2u);
    EXPECT_EQ(counts.visitors, 4u);
    // Principals 2 (one undated left out), chiefs to China 2 and Ireland 1 (a
    // nominee who never served left out), to the UN 1.
    EXPECT_EQ(counts.appointments, 6u);
    EXPECT_EQ(counts.undatedAppointments, 1u);
    EXPECT_EQ(data().meetings.size(), 7u);
    EXPECT_EQ(idsOf(data().officials),
              (std::vector<std::string>{
                  "alexander-kwasniewski-pl", "biden-joseph-r", "blinken-antony-j",
                  "jerzy-buzek-pl", "juan-guaido-ve", "kyriakos-mitsotakis-gr", "rankin-karl-lott",
                  "taft-william-howard", "taft-william-howard-1857", "thomas-greenfield-linda"}));
}

TEST_F(HsgImport, ATripIsAVisitToTheCountryCitingTheTravellersPage)
{
    const auto& trip = byId(data().meetings, "hsg-trip-3992");
    EXPECT_EQ(trip.title, "Secretary Blinken in Japan");
    EXPECT_EQ(toIso(trip.start), "2021-03-15");
    EXPECT_EQ(toIso(trip.end), "2021-03-17");
    EXPECT_EQ(trip.location, "Tokyo");
    EXPECT_EQ(trip.host, "JP");
    EXPECT_EQ(trip.kind, "visit");
    EXPECT_EQ(trip.participants, std::vector<std::string>{"blinken-antony-j"});
    EXPECT_TRUE(trip.roles.empty());
    EXPECT_EQ(trip.summary, "Attended the U.S.-Japan Security Consultative Committee meeting and "
                            "met with Minister for Foreign Affairs Toshimitsu Motegi.");
    ASSERT_EQ(trip.sources, std::vector<std::string>{"hsg-travels-secretary-blinken-antony-j"});
    const auto& source = byId(data().sources, trip.sources.front());
    EXPECT_EQ(source.publisher, "Office of the Historian, U.S. Department of State");
    EXPECT_EQ(source.title, "Travels Abroad of the Secretary of State: Antony John Blinken");
    EXPECT_EQ(source.url,
              "https://history.state.gov/departmenthistory/travels/secretary/blinken-antony-j");
    EXPECT_EQ(toIso(source.published), "2021-09-21"); // the latest change of its trips
    EXPECT_EQ(byId(data().meetings, "hsg-trip-3993").title, "Secretary Blinken in South Korea");
}

TEST_F(HsgImport, ATripBeforeTheTermDoesNotCallTheTravellerPresident)
{
    const auto& early = byId(data().meetings, "hsg-trip-3188");
    EXPECT_EQ(early.title, "William Howard Taft in Panama");
    EXPECT_TRUE(officesAt(data(), early.id, "taft-william-howard-1857").empty());
    EXPECT_EQ(byId(data().meetings, "hsg-trip-3189").title, "President Taft in Mexico");
    EXPECT_EQ(officesAt(data(), "hsg-trip-3189", "taft-william-howard-1857"),
              std::vector<std::string>{"President of the United States"});
    EXPECT_EQ(officesAt(data(), "hsg-trip-3992", "blinken-antony-j"),
              std::vector<std::string>{"Secretary of State"});
}

TEST_F(HsgImport, APresidentAndAPocomPersonOfOneIdAreTwoOfficials)
{
    // presidents.xml's taft-william-howard was born in 1857, pocom's in 1915.
    const auto& president = byId(data().officials, "taft-william-howard-1857");
    EXPECT_EQ(president.name, "William Howard Taft");
    const auto& grandson = byId(data().officials, "taft-william-howard");
    EXPECT_EQ(grandson.name, "William Howard Taft III");
    ASSERT_EQ(grandson.positions.size(), 1u);
    EXPECT_EQ(grandson.positions.front().title,
              "Ambassador Extraordinary and Plenipotentiary to Ireland");
}

TEST_F(HsgImport, AVisitIsHostedByTheUnitedStatesWithTheVisitorsRoles)
{
    const auto& visit = byId(data().meetings, "hsg-visit-1345");
    EXPECT_EQ(
        visit.title,
        "President Alexander Kwasniewski and Prime Minister Jerzy Buzek in the United States");
    EXPECT_EQ(visit.host, "US");
    EXPECT_EQ(visit.kind, "visit");
    EXPECT_EQ(visit.participants,
              (std::vector<std::string>{"alexander-kwasniewski-pl", "jerzy-buzek-pl"}));
    EXPECT_EQ(visit.roles, (std::vector<Role>{{"alexander-kwasniewski-pl", "President"},
                                              {"jerzy-buzek-pl", "Prime Minister"}}));
    EXPECT_EQ(visit.sources, std::vector<std::string>{"hsg-visits-1999"});
    EXPECT_EQ(byId(data().sources, "hsg-visits-1999").url,
              "https://history.state.gov/departmenthistory/visits/1999");
    EXPECT_EQ(officesAt(data(), visit.id, "jerzy-buzek-pl"),
              std::vector<std::string>{"Prime Minister"});
    const auto& buzek = byId(data().officials, "jerzy-buzek-pl");
    EXPECT_EQ(buzek.name, "Jerzy Buzek");
    EXPECT_EQ(buzek.country, "PL");
    EXPECT_TRUE(buzek.positions.empty()); // no dates of office are invented

    const auto& guaido = byId(data().meetings, "hsg-visit-2993");
    EXPECT_EQ(guaido.summary, "Working Visit. Met with President Trump at the White House.");
    EXPECT_EQ(guaido.roles, (std::vector<Role>{{"juan-guaido-ve", "Interim President"}}));
    EXPECT_EQ(byId(data().officials, "juan-guaido-ve").name, "Juan Guaidó");
}

TEST_F(HsgImport, AppointmentsArePositionsWithTheDaysSurelyHeld)
{
    const auto& blinken = byId(data().officials, "blinken-antony-j");
    EXPECT_EQ(blinken.aliases, (std::vector<std::string>{"Antony J. Blinken"}));
    ASSERT_EQ(blinken.positions.size(), 2u);
    // The deputy secretary's record names him by an id the Office replaced.
    EXPECT_EQ(blinken.positions[0],
              (Position{"Deputy Secretary of State", "U.S. Department of State", day("2015-01-09"),
                        day("2017-01-19")}));
    EXPECT_EQ(blinken.positions[1].title, "Secretary of State");

    const auto& rankin = byId(data().officials, "rankin-karl-lott");
    ASSERT_EQ(rankin.positions.size(), 2u);
    // Started in August 1950, no end on record and a later chief: only the
    // last day of August is sure.
    EXPECT_EQ(rankin.positions[0],
              (Position{"Chargé d’Affaires ad interim to China", "U.S. Department of State",
                        day("1950-08-31"), day("1950-08-31")}));
    EXPECT_EQ(rankin.positions[1].start, day("1953-04-30"));
    EXPECT_EQ(rankin.positions[1].end, day("1957-12-30"));

    const auto& un = byId(data().officials, "thomas-greenfield-linda").positions;
    ASSERT_EQ(un.size(), 1u);
    EXPECT_EQ(un.front().title, "Representative of the U.S.A. to the United Nations");
    EXPECT_FALSE(un.front().end); // the last of its mission: held still
    EXPECT_FALSE(byId(data().officials, "biden-joseph-r").positions.front().end);
}

TEST_F(HsgImport, CountriesAreTheOnesNamedWithIsoCodes)
{
    std::vector<std::string> codes;
    for (const auto& country : data().countries)
        codes.push_back(country.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"GR", "JP", "KR", "MX", "PA", "PL", "US", "VE"}));
    EXPECT_EQ(std::ranges::find(data().countries, "KR", &Country::code)->name, "South Korea");
}

TEST_F(HsgImport, TheDatasetImportsAndExportsAsItIs)
{
    EXPECT_NO_THROW(checkDataset(data(), "hsg"));
    auto store = storeWith(data());
    EXPECT_EQ(store.exportAll(), data());
    store.import(readHsgFolder(hsgData("good")).dataset);
    EXPECT_EQ(writeDataset(store.exportAll()), writeDataset(data()));
}

TEST(HsgFolders, EachFolderPresentIsReadAndNoneIsRefused)
{
    const TempDir dir;
    fs::copy(hsgData("good/visits"), dir / "visits", fs::copy_options::recursive);
    const auto visitsOnly = readHsgFolder(dir.path());
    EXPECT_EQ(visitsOnly.counts.visits, 3u);
    EXPECT_EQ(visitsOnly.counts.trips, 0u);
    EXPECT_EQ(visitsOnly.dataset.officials.size(), 4u);

    const TempDir empty;
    try {
        readHsgFolder(empty.path());
        FAIL() << "an empty folder was read";
    } catch (const DataError& error) {
        EXPECT_EQ(std::string(error.what()),
                  empty.path().string() + ": holds none of travels/, visits/ and pocom/, the "
                                          "folders of the Office of the Historian's records");
    }
}

struct BadFolder {
    std::string folder;
    std::string file;    // where the message must start
    std::string message; // what must follow
};

void PrintTo(const BadFolder& bad, std::ostream* out) { *out << bad.folder; }

class HsgBadFolders : public ::testing::TestWithParam<BadFolder> {};

TEST_P(HsgBadFolders, AreRefusedInOneLineNamingFileRecordAndField)
{
    const auto folder = hsgData("bad/" + GetParam().folder);
    std::string message = "(no error)";
    try {
        readHsgFolder(folder);
    } catch (const DataError& error) {
        message = error.what();
    }
    const auto start = (folder / GetParam().file).string() + ": ";
    EXPECT_TRUE(message.starts_with(start + GetParam().message))
        << "expected: " << start << GetParam().message << "\n     got: " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    TestsDataHsgBad, HsgBadFolders,
    ::testing::Values(
        BadFolder{"malformed-xml", "travels/secretary-travels/blinken-antony-j.xml",
                  "malformed XML at line 12, column 62: Start-end tags mismatch"},
        BadFolder{"unknown-country", "travels/secretary-travels/blinken-antony-j.xml",
                  "trip[3992].country@id: \"narnia\" is not a country Parley knows"},
        BadFolder{"visit-without-date", "visits/data/2020.xml",
                  "visit[2993].start-date: missing (required)"},
        BadFolder{"impossible-date", "visits/data/2020.xml",
                  "visit[2991].start-date: \"2020-02-30\" is not a valid date (YYYY-MM-DD)"},
        BadFolder{"duplicate-trip-id", "travels/secretary-travels/blinken-antony-j.xml",
                  "trip[3992].id: \"3992\" is already the id of a trip in "},
        BadFolder{"unknown-person", "pocom/positions-principals/secretary.xml",
                  "principal[secr-2021-blin].person-id: \"blinken-antony-j\" is not a person of "
                  "pocom/people"},
        BadFolder{"not-utf8", "travels/secretary-travels/blinken-antony-j.xml", "not UTF-8 text"}),
    [](const auto& test) {
        auto name = test.param.folder;
        std::erase(name, '-');
        return name;
    });

} // namespace
} // namespace parley::test
