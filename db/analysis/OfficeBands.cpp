#include "db/analysis/OfficeBands.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace parley {

namespace {

// The day after DAY, or nullopt for the last day Boost knows.
std::optional<Date> dayAfter(Date day)
{
    if (day >= Date(boost::gregorian::max_date_time))
        return std::nullopt;
    return day + boost::gregorian::days(1);
}

// How many bands cover each stretch: +1 where one starts, -1 the day after
// one ends; every stretch between two changes has one count.
void findVacanciesAndOverlaps(OfficeBands& office)
{
    std::map<Date, int> changes;
    for (const auto& band : office.bands) {
        ++changes[band.start];
        if (const auto after = band.end ? dayAfter(*band.end) : std::nullopt)
            --changes[*after];
    }
    int holders = 0;
    std::optional<Date> vacantSince;
    std::optional<Date> sharedSince;
    for (const auto& [day, change] : changes) {
        holders += change;
        const Date before = day - boost::gregorian::days(1);
        if (holders == 0 && !vacantSince)
            vacantSince = day;
        if (holders > 0 && vacantSince)
            office.vacancies.push_back({*std::exchange(vacantSince, std::nullopt), before});
        if (holders >= 2 && !sharedSince)
            sharedSince = day;
        if (holders < 2 && sharedSince)
            office.overlaps.push_back({*std::exchange(sharedSince, std::nullopt), before});
    }
    // Vacant after the last end is beyond what the record says.
    if (sharedSince)
        office.overlaps.push_back({*sharedSince, std::nullopt});
}

} // namespace

OfficeBands officeBands(std::span<const Official> officials, std::string_view country,
                        std::string_view title)
{
    OfficeBands office;
    for (const auto& official : officials) {
        if (official.country != country)
            continue;
        for (const auto& position : official.positions) {
            if (position.title == title)
                office.bands.push_back({{position.start, position.end}, official.id});
        }
    }
    std::ranges::sort(office.bands, [](const OfficeBands::Band& x, const OfficeBands::Band& y) {
        // An open end is later than any date.
        const auto endKey = [](const OfficeBands::Band& band) {
            return std::pair(!band.end.has_value(), band.end.value_or(band.start));
        };
        return std::tuple(x.start, endKey(x), x.official) <
               std::tuple(y.start, endKey(y), y.official);
    });
    findVacanciesAndOverlaps(office);
    return office;
}

std::vector<std::string> officeTitles(std::span<const Official> officials, std::string_view country)
{
    std::set<std::string> titles;
    for (const auto& official : officials) {
        if (official.country == country) {
            for (const auto& position : official.positions)
                titles.insert(position.title);
        }
    }
    return {titles.begin(), titles.end()};
}

} // namespace parley
