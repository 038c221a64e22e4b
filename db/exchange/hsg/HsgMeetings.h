#pragma once

// Internal to db/exchange: the meetings the Office of the Historian's trips
// and visits become, and the pages of history.state.gov that they cite.

#include "db/exchange/hsg/HsgTravels.h"
#include "db/exchange/hsg/HsgVisits.h"
#include "db/model/Records.h"

#include <map>
#include <string>
#include <vector>

namespace parley::hsg {

inline constexpr const char* kPublisher = "Office of the Historian, U.S. Department of State";

// One visitor of a visit: the official, and the office and name as the
// visit writes them.
struct Guest {
    const Official* official;
    std::optional<std::string> office;
    std::string name;
};

class Meetings {
public:
    // A trip: a visit hosted by the country visited, with the traveller, the
    // remarks as summary, citing the traveller's travels page. `traveller`
    // is how the title names them ("Secretary Blinken").
    void addTrip(const Trip& trip, const Official& official, const std::string& traveller);
    // A visit: hosted by the United States, with the visitors and the office
    // each held as the visit states it, citing the visits page of its year.
    void addVisit(const Visit& visit, const std::vector<Guest>& guests);

    std::vector<Meeting> takeMeetings() { return std::move(m_meetings); }
    std::vector<Source> takeSources();

private:
    // The source with this id, made at its first citation; it is dated the
    // latest day a record it backs was made, changed or, lacking those, ended.
    void cite(Meeting& meeting, const std::string& id, const std::string& title,
              const std::string& url, Date changed);

    std::vector<Meeting> m_meetings;
    std::map<std::string, Source> m_sources;
};

} // namespace parley::hsg
