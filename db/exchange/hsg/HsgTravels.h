#pragma once

// Internal to db/exchange: the Office of the Historian's travels folder, the
// foreign trips of Presidents and Secretaries of State and the Presidents'
// terms (travels/schema/trips.rnc upstream).

#include "db/exchange/hsg/HsgCountries.h"
#include "db/model/Dates.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parley::hsg {

struct Trip {
    std::string id;        // the Office's number of the trip
    std::string role;      // "president" or "secretary"
    std::string traveller; // the Office's person id ("blinken-antony-j")
    std::string name;      // the traveller's name as the trip gives it
    Date start;
    Date end;
    const SlugCountry* country = nullptr; // visited
    std::optional<std::string> locale;
    std::optional<std::string> remarks;
    std::optional<Date> changed; // when the record was made or last changed
};

struct PresidentTerm {
    std::string person; // the Office's person id
    std::string name;
    std::optional<int> birth; // the year
    Date start;
    std::optional<Date> end; // nullopt while in office
};

// The trips of president-travels/*.xml and secretary-travels/*.xml in
// `travels`, refusing a trip without a date, a known country or a traveller,
// one that ends before it starts, and an id used twice.
std::vector<Trip> readTrips(const std::filesystem::path& travels);

// The terms of presidents/presidents.xml in `travels` (none when it is
// missing): a President elected twice apart has two.
std::vector<PresidentTerm> readPresidentTerms(const std::filesystem::path& travels);

} // namespace parley::hsg
