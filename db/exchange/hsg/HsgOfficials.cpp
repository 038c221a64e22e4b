#include "db/exchange/hsg/HsgOfficials.h"

#include "db/exchange/hsg/HsgCountries.h"
#include "db/exchange/hsg/NameSlug.h"
#include "db/model/Errors.h"

#include <algorithm>

namespace parley::hsg {

namespace {

// The Department of State's offices (pocom) and the Presidency.
constexpr const char* kDepartment = "U.S. Department of State";
constexpr const char* kGovernment = "U.S. Government";

void addAlias(Official& official, const std::string& name)
{
    if (name != official.name &&
        std::ranges::find(official.aliases, name) == official.aliases.end())
        official.aliases.push_back(name);
}

std::string lastWord(const std::string& name)
{
    const auto space = name.rfind(' ');
    return space == std::string::npos ? name : name.substr(space + 1);
}

} // namespace

Official& Officials::official(const std::string& id, const std::string& name)
{
    auto [found, isNew] = m_officials.try_emplace(id);
    if (isNew) {
        found->second.id = id;
        found->second.name = name;
        found->second.country = std::string(unitedStates().code);
    } else {
        addAlias(found->second, name);
    }
    return found->second;
}

void Officials::addPerson(const Person& person)
{
    auto& added = official(person.id, person.name);
    for (const auto& alias : person.aliases)
        addAlias(added, alias);
    m_surnames[person.id] = person.surname;
    m_births[person.id] = person.birth;
    for (const auto& old : person.oldIds)
        m_currentIds.emplace(old, person.id);
}

const std::string& Officials::currentId(const std::string& id) const
{
    const auto renamed = m_currentIds.find(id);
    return renamed == m_currentIds.end() || m_officials.contains(id) ? id : renamed->second;
}

void Officials::addPresidentTerm(const PresidentTerm& term)
{
    auto id = term.person;
    const auto person = m_births.find(id);
    if (person != m_births.end() && person->second && term.birth && *person->second != *term.birth)
        id += "-" + std::to_string(*term.birth);
    m_presidentIds[term.person] = id;
    official(id, term.name).positions.push_back({kPresident, kGovernment, term.start, term.end});
}

void Officials::addAppointment(const Appointment& appointment)
{
    const auto found = m_officials.find(currentId(appointment.person));
    if (found == m_officials.end() || !m_surnames.contains(found->first))
        throw DataError(appointment.where + ".person-id: \"" + appointment.person +
                        "\" is not a person of pocom/people");
    found->second.positions.push_back(
        {appointment.title, kDepartment, appointment.start, appointment.end});
}

const Official& Officials::traveller(const Trip& trip)
{
    const auto president = m_presidentIds.find(trip.traveller);
    if (trip.role == "president" && president != m_presidentIds.end())
        return official(president->second, trip.name);
    return official(currentId(trip.traveller), trip.name);
}

const Official& Officials::visitor(const Visitor& visitor, std::string_view countryCode,
                                   const std::string& where)
{
    const auto slug = nameSlug(visitor.name);
    if (slug.empty())
        throw DataError(where + ".visitor: the visitor \"" + visitor.office.value_or("") +
                        "\" has no name");
    std::string code(countryCode);
    std::ranges::transform(code, code.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    const auto id = slug + "-" + code;
    const auto found = m_officials.find(id);
    if (found != m_officials.end() && found->second.country != countryCode)
        throw DataError(where + ".visitor: \"" + id + "\", the id of " + visitor.name +
                        ", is already the id of " + found->second.name);
    if (found == m_officials.end())
        ++m_visitors;
    auto& made = official(id, visitor.name);
    made.country = std::string(countryCode);
    return made;
}

std::string Officials::travellerOn(const Official& official, Date day) const
{
    const auto held = [&](const char* title) {
        return std::ranges::any_of(official.positions, [&](const Position& position) {
            return position.title == title && position.heldOn(day);
        });
    };
    const auto surname = m_surnames.find(official.id);
    const auto name = surname != m_surnames.end() ? surname->second : lastWord(official.name);
    if (held(kPresident))
        return "President " + name;
    if (held(kSecretary))
        return "Secretary " + name;
    return official.name;
}

std::vector<Official> Officials::take()
{
    std::vector<Official> officials;
    officials.reserve(m_officials.size());
    for (auto& [id, official] : m_officials)
        officials.push_back(std::move(official));
    m_officials.clear();
    return officials;
}

} // namespace parley::hsg
