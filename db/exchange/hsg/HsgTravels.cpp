#include "db/exchange/hsg/HsgTravels.h"

#include "db/exchange/hsg/HsgXml.h"

#include <map>

namespace parley::hsg {

namespace {

Trip readTrip(const XmlRecord& trip)
{
    Trip read;
    read.id = trip.slug("id");
    read.role = trip.attributeSlug({}, "role");
    if (read.role != "president" && read.role != "secretary")
        trip.fail("@role", inQuotes(read.role) + " is not president or secretary");
    read.traveller = trip.attributeSlug({}, "who");
    read.name = trip.text("name");
    read.start = trip.date("start-date");
    read.end = trip.date("end-date");
    if (read.end < read.start)
        trip.fail("end-date", toIso(read.end) + " is before the start " + toIso(read.start));
    read.country = &countryIn(trip, "country@id");
    read.locale = trip.optionalText("locale");
    read.remarks = trip.optionalText("remarks");
    read.changed = trip.lastChanged();
    return read;
}

} // namespace

std::vector<Trip> readTrips(const std::filesystem::path& travels)
{
    std::vector<Trip> trips;
    std::map<std::string, std::string> fileOfId;
    for (const char* folder : {"president-travels", "secretary-travels"}) {
        for (const auto& path : xmlFiles(travels / folder)) {
            const XmlFile file(path, "trips");
            std::size_t index = 0;
            for (const auto node : file.root().children("trip")) {
                const XmlRecord record(file, node, index++);
                auto trip = readTrip(record);
                const auto [earlier, isNew] = fileOfId.emplace(trip.id, file.name());
                if (!isNew)
                    record.fail("id", inQuotes(trip.id) + " is already the id of a trip in " +
                                          earlier->second);
                trips.push_back(std::move(trip));
            }
        }
    }
    return trips;
}

std::vector<PresidentTerm> readPresidentTerms(const std::filesystem::path& travels)
{
    std::vector<PresidentTerm> terms;
    const auto path = travels / "presidents" / "presidents.xml";
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        return terms;
    const XmlFile file(path, "presidents");
    std::size_t index = 0;
    for (const auto node : file.root().children("president")) {
        const XmlRecord president(file, node, index++);
        PresidentTerm term{president.slug("id"), president.text("name"),
                           president.optionalYear("birth-year"), president.date("took-office-date"),
                           std::nullopt};
        if (president.optionalText("left-office-date")) {
            term.end = president.date("left-office-date");
            if (*term.end < term.start)
                president.fail("left-office-date",
                               toIso(*term.end) + " is before the start " + toIso(term.start));
        }
        terms.push_back(std::move(term));
    }
    return terms;
}

} // namespace parley::hsg
