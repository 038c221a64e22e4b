#include "db/exchange/hsg/HsgImport.h"

#include "db/exchange/hsg/HsgCountries.h"
#include "db/exchange/hsg/HsgMeetings.h"
#include "db/exchange/hsg/HsgOfficials.h"
#include "db/model/DatasetCheck.h"
#include "db/model/Errors.h"

#include <map>

namespace parley {

namespace {

bool isFolder(const std::filesystem::path& path)
{
    std::error_code error;
    return std::filesystem::is_directory(path, error);
}

void readPocom(const std::filesystem::path& pocom, hsg::Officials& officials, HsgCounts& counts)
{
    for (const auto& person : hsg::readPeople(pocom)) {
        officials.addPerson(person);
        ++counts.people;
    }
}

void readPocomOffices(const std::filesystem::path& pocom, hsg::Officials& officials,
                      HsgCounts& counts)
{
    const auto appointments = hsg::readAppointments(pocom);
    for (const auto& appointment : appointments.held)
        officials.addAppointment(appointment);
    counts.appointments = appointments.held.size();
    counts.undatedAppointments = appointments.undated;
}

void readVisitsInto(const std::filesystem::path& visits, hsg::Officials& officials,
                    hsg::Meetings& meetings, HsgCounts& counts)
{
    for (const auto& visit : hsg::readVisits(visits)) {
        std::vector<hsg::Guest> guests;
        for (const auto& visitor : hsg::splitVisitors(visit.visitor))
            guests.push_back({&officials.visitor(visitor, visit.country->code, visit.where),
                              visitor.office, visitor.name});
        meetings.addVisit(visit, guests);
        ++counts.visits;
    }
}

// Every country the records name: hosts and officials' countries.
std::vector<Country> countriesOf(const Dataset& dataset)
{
    std::map<std::string, std::string> names;
    for (const auto& country : hsg::countries())
        names.try_emplace(std::string(country.code), country.name);
    std::map<std::string, std::string> used;
    const auto use = [&](const std::string& code) {
        used.try_emplace(code, names.at(code));
    };
    for (const auto& meeting : dataset.meetings)
        use(meeting.host);
    for (const auto& official : dataset.officials)
        use(official.country);
    std::vector<Country> result;
    for (auto& [code, name] : used)
        result.push_back({code, std::move(name)});
    return result;
}

} // namespace

HsgDataset readHsgFolder(const std::filesystem::path& folder)
{
    const auto travels = folder / "travels";
    const auto visits = folder / "visits";
    const auto pocom = folder / "pocom";
    if (!isFolder(folder))
        throw DataError(folder.string() +
                        ": not a folder of the Office of the Historian's records");
    if (!isFolder(travels) && !isFolder(visits) && !isFolder(pocom))
        throw DataError(folder.string() +
                        ": holds none of travels/, visits/ and pocom/, the folders of the Office "
                        "of the Historian's records");

    HsgDataset result;
    auto& counts = result.counts;
    hsg::Officials officials;
    hsg::Meetings meetings;
    // People first, then every office, so that a trip's title knows the
    // office its traveller held that day.
    if (isFolder(pocom))
        readPocom(pocom, officials, counts);
    if (isFolder(travels)) {
        for (const auto& term : hsg::readPresidentTerms(travels)) {
            officials.addPresidentTerm(term);
            ++counts.presidentTerms;
        }
    }
    if (isFolder(pocom))
        readPocomOffices(pocom, officials, counts);
    if (isFolder(travels)) {
        for (const auto& trip : hsg::readTrips(travels)) {
            const auto& traveller = officials.traveller(trip);
            meetings.addTrip(trip, traveller, officials.travellerOn(traveller, trip.start));
            ++counts.trips;
        }
    }
    if (isFolder(visits))
        readVisitsInto(visits, officials, meetings, counts);

    auto& dataset = result.dataset;
    counts.visitors = officials.visitors();
    dataset.officials = officials.take();
    dataset.meetings = meetings.takeMeetings();
    dataset.sources = meetings.takeSources();
    dataset.countries = countriesOf(dataset);
    sortDataset(dataset);
    checkDataset(dataset, folder.string());
    return result;
}

} // namespace parley
