#pragma once

// Internal to db/exchange: the officials of the Office of the Historian's
// records, gathered from the people of pocom, the Presidents' terms, the
// travellers and the visitors. The Office's person ids (already slugs, shared
// between travels and pocom: "blinken-antony-j") are the officials' ids; a
// visitor, whom the Office names only in a visit's string, gets the slug of
// the name and the lowercase country code ("kyriakos-mitsotakis-gr"), the
// same in every import and never one of the Office's person ids. One id of
// presidents.xml is also a pocom person born in another year (President
// Taft's "taft-william-howard" is his grandson's in pocom): the President's
// id then ends in his year of birth ("taft-william-howard-1857"), and his
// trips are his.

#include "db/exchange/hsg/HsgAppointments.h"
#include "db/exchange/hsg/HsgPeople.h"
#include "db/exchange/hsg/HsgTravels.h"
#include "db/exchange/hsg/HsgVisitors.h"
#include "db/model/Records.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace parley::hsg {

inline constexpr const char* kPresident = "President of the United States";
inline constexpr const char* kSecretary = "Secretary of State";

class Officials {
public:
    void addPerson(const Person& person);
    // Adds the term as a position, making the President an official first
    // when pocom does not hold them (or holds another person by that id).
    void addPresidentTerm(const PresidentTerm& term);
    // Refuses an appointment of a person pocom/people does not hold.
    void addAppointment(const Appointment& appointment);
    // The traveller's official, made from the trip when no record above
    // holds them; a name the trip spells otherwise becomes an alias.
    const Official& traveller(const Trip& trip);
    // The visitor's official, made at its first visit. `where` names the
    // visit for a visitor without a name.
    const Official& visitor(const Visitor& visitor, std::string_view countryCode,
                            const std::string& where);

    // "Secretary Blinken", "President Nixon": the office the official held
    // on DAY among those the Office's trips are made in, and the surname; the
    // full name when neither office was held that day.
    std::string travellerOn(const Official& official, Date day) const;

    std::size_t visitors() const { return m_visitors; }
    std::vector<Official> take();

private:
    Official& official(const std::string& id, const std::string& name);
    // The person's id now: records may still use an id the Office replaced.
    const std::string& currentId(const std::string& id) const;

    std::map<std::string, Official> m_officials;
    std::map<std::string, std::string> m_surnames;
    std::map<std::string, std::string> m_currentIds; // old id -> id
    std::map<std::string, std::optional<int>> m_births;
    std::map<std::string, std::string> m_presidentIds; // the Office's id -> the official's
    std::size_t m_visitors = 0;
};

} // namespace parley::hsg
