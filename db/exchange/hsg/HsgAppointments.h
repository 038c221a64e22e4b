#pragma once

// Internal to db/exchange: the offices of the Office of the Historian's
// Principal Officers and Chiefs of Mission, as positions: the principal
// positions of the Department of State (pocom/positions-principals), the
// chiefs of mission to countries (pocom/missions-countries, titled from
// pocom/roles-country-chiefs) and to international organizations
// (pocom/missions-orgs).

#include "db/model/Dates.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parley::hsg {

struct Appointment {
    std::string person; // the Office's person id
    std::string
        title; // "Secretary of State", "Ambassador Extraordinary and Plenipotentiary to China"
    Date start;
    std::optional<Date> end; // nullopt while held
    std::string where;       // "FILE: chief[cn-1843-cush-01]", for later messages
};

struct Appointments {
    std::vector<Appointment> held;
    // Appointments with neither a start nor an appointment date, left out.
    std::size_t undated = 0;
};

// Every appointment taken up (nominees who never served, listed apart as
// other nominees and appointees, are left out). An office starts when the
// record says it started, else when it was made; a date known only to the
// month or year counts from the last day of that month or year and ends on
// the first, so an office is never shown on a day it may not have been held.
// An appointment without an end is held still when it is the last one of its
// list to start; otherwise only its first day is on record and it ends there.
Appointments readAppointments(const std::filesystem::path& pocom);

} // namespace parley::hsg
