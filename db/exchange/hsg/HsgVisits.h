#pragma once

// Internal to db/exchange: the Office of the Historian's visits folder, the
// visits of foreign leaders to the United States (visits/schema/visits.rnc
// upstream).

#include "db/exchange/hsg/HsgCountries.h"
#include "db/model/Dates.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parley::hsg {

struct Visit {
    std::string id;      // the Office's number of the visit
    std::string visitor; // as written: "Prime Minister Kyriakos Mitsotakis"
    Date start;
    Date end;
    const SlugCountry* country = nullptr;   // the visitors'
    std::optional<std::string> description; // <em> markup left out
    std::optional<Date> changed;            // when the record was made or last changed
    std::string where;                      // "FILE: visit[2991]", for later messages
};

// The visits of data/*.xml in `visits`, refusing a visit without a visitor,
// a date or a known country, one that ends before it starts, and an id used
// twice.
std::vector<Visit> readVisits(const std::filesystem::path& visits);

} // namespace parley::hsg
