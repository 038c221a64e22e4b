#include "db/analysis/OfficePairs.h"

#include <algorithm>
#include <map>
#include <set>

namespace parley {

namespace {

using Office = std::optional<std::string>;

// Known offices in alphabetical order, then the unknown one.
bool officeBefore(const Office& x, const Office& y)
{
    if (x && y)
        return *x < *y;
    return x.has_value() && !y.has_value();
}

struct Participant {
    const std::string* id;
    Office office;
};

std::vector<Participant> participantsOf(const Side& side, const Meeting& meeting,
                                        const OfficialLookup& officials)
{
    std::vector<Participant> found;
    for (const auto& id : meeting.participants) {
        const Official* official = officials(id);
        const bool onSide =
            side.isCountry() ? official && official->country == side.id : id == side.id;
        if (onSide)
            found.push_back({&id, official ? officesHeld(*official, meeting.start) : Office()});
    }
    return found;
}

} // namespace

std::optional<std::string> officesHeld(const Official& official, Date day)
{
    Office titles;
    for (const auto& position : official.positions) {
        if (position.heldOn(day))
            titles = titles ? *titles + "; " + position.title : position.title;
    }
    return titles;
}

std::vector<OfficePair> officePairs(const Side& a, const Side& b,
                                    std::span<const Meeting* const> meetings,
                                    const OfficialLookup& officials)
{
    std::map<std::pair<Office, Office>, int> counts;
    std::set<std::pair<Office, Office>> met; // in one meeting
    for (const Meeting* meeting : meetings) {
        const auto ofA = participantsOf(a, *meeting, officials);
        if (ofA.empty())
            continue;
        const auto ofB = participantsOf(b, *meeting, officials);
        met.clear();
        for (const auto& x : ofA) {
            for (const auto& y : ofB) {
                if (*x.id != *y.id)
                    met.emplace(x.office, y.office);
            }
        }
        for (const auto& pair : met)
            ++counts[pair];
    }
    std::vector<OfficePair> pairs;
    pairs.reserve(counts.size());
    for (const auto& [offices, count] : counts)
        pairs.push_back({offices.first, offices.second, count});
    std::ranges::sort(pairs, [](const OfficePair& x, const OfficePair& y) {
        if (x.meetings != y.meetings)
            return x.meetings > y.meetings;
        if (x.a != y.a)
            return officeBefore(x.a, y.a);
        return officeBefore(x.b, y.b);
    });
    return pairs;
}

} // namespace parley
