#include "db/exchange/hsg/HsgAppointments.h"

#include "db/exchange/hsg/HsgCountries.h"
#include "db/exchange/hsg/HsgXml.h"

#include <algorithm>
#include <functional>
#include <map>

namespace parley::hsg {

namespace {

using Names = std::map<std::string, std::string, std::less<>>;
using TitleOf = std::function<std::string(const XmlRecord&)>;

// The days a date of office may stand for: one day, or a whole month or year.
struct OfficeDays {
    Date first;
    Date last;
};

std::optional<OfficeDays> officeDays(const XmlRecord& record, std::string_view path)
{
    const auto text = record.optionalText(path);
    if (!text)
        return std::nullopt;
    if (const auto day = parseIsoDate(*text))
        return OfficeDays{*day, *day};
    if (text->size() == 7) {
        if (const auto first = parseIsoDate(*text + "-01"))
            return OfficeDays{*first, first->end_of_month()};
    }
    if (text->size() == 4) {
        if (const auto first = parseIsoDate(*text + "-01-01"))
            return OfficeDays{*first, Date(first->year(), 12, 31)};
    }
    record.fail(path, inQuotes(*text) + " is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
}

// The singular name of every file of FOLDER whose root is ROOT, by its <id>.
Names namesIn(const std::filesystem::path& folder, std::string_view root)
{
    Names names;
    for (const auto& path : xmlFiles(folder)) {
        const XmlFile file(path, root);
        const XmlRecord record(file, file.root(), 0);
        names.emplace(record.slug("id"), record.text("names/singular"));
    }
    return names;
}

std::string nameOf(const Names& names, const XmlRecord& record, std::string_view path,
                   const char* what)
{
    const auto id = record.slug(path);
    const auto found = names.find(id);
    if (found == names.end())
        record.fail(path, inQuotes(id) + " is not " + what);
    return found->second;
}

// The appointments of one list (a position's principals, a mission's chiefs).
void readList(const XmlFile& file, pugi::xml_node list, const char* tag, const TitleOf& titleOf,
              Appointments& into)
{
    std::vector<Appointment> read;
    std::size_t index = 0;
    for (const auto node : list.children(tag)) {
        const XmlRecord record(file, node, index++);
        const auto person = record.slug("person-id");
        auto started = officeDays(record, "started/date");
        if (!started)
            started = officeDays(record, "appointed/date");
        if (!started) {
            ++into.undated;
            continue;
        }
        const auto ended = officeDays(record, "ended/date");
        std::optional<Date> end;
        if (ended)
            end = std::max(ended->first, started->last);
        read.push_back({person, titleOf(record), started->last, end, record.where()});
    }
    if (read.empty())
        return;
    const Date latest = std::ranges::max(read, {}, &Appointment::start).start;
    for (auto& appointment : read) {
        if (!appointment.end && appointment.start != latest)
            appointment.end = appointment.start;
        into.held.push_back(std::move(appointment));
    }
}

void readPrincipals(const std::filesystem::path& pocom, Appointments& into)
{
    const auto folder = pocom / "positions-principals";
    const auto positions = namesIn(folder, "principal-position");
    const TitleOf title = [&](const XmlRecord& principal) {
        return nameOf(positions, principal, "role-title-id", "a principal position");
    };
    for (const auto& path : xmlFiles(folder)) {
        const XmlFile file(path, "principal-position");
        readList(file, file.root().child("principals"), "principal", title, into);
    }
}

void readCountryMissions(const std::filesystem::path& pocom, Appointments& into)
{
    const auto roles = namesIn(pocom / "roles-country-chiefs", "role");
    const TitleOf title = [&](const XmlRecord& chief) {
        const auto role = nameOf(roles, chief, "role-title-id", "a role of roles-country-chiefs");
        return role + " to " + nameInSentence(countryIn(chief, "contemporary-territory-id"));
    };
    for (const auto& path : xmlFiles(pocom / "missions-countries")) {
        const XmlFile file(path, "country-mission");
        readList(file, file.root().child("chiefs"), "chief", title, into);
    }
}

void readOrganizationMissions(const std::filesystem::path& pocom, Appointments& into)
{
    for (const auto& path : xmlFiles(pocom / "missions-orgs")) {
        const XmlFile file(path, "org-mission");
        const auto mission = XmlRecord(file, file.root(), 0).text("names/singular");
        readList(
            file, file.root().child("chiefs"), "chief", [&](const XmlRecord&) { return mission; },
            into);
    }
}

} // namespace

Appointments readAppointments(const std::filesystem::path& pocom)
{
    Appointments appointments;
    readPrincipals(pocom, appointments);
    readCountryMissions(pocom, appointments);
    readOrganizationMissions(pocom, appointments);
    return appointments;
}

} // namespace parley::hsg
