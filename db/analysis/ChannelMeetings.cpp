#include "db/analysis/ChannelMeetings.h"

#include "db/store/Store.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace parley {

namespace {

// Where ID is in SORTED, the index's list of ids.
std::optional<std::uint32_t> positionIn(const std::vector<std::string>& sorted,
                                        const std::string& id)
{
    const auto found = std::ranges::lower_bound(sorted, id);
    if (found == sorted.end() || *found != id)
        return std::nullopt;
    return static_cast<std::uint32_t>(found - sorted.begin());
}

// A side as the index names it: a position among its countries or officials.
struct IndexSide {
    Side::Kind kind;
    std::uint32_t at;

    bool takesPart(const MeetingIndex& index, std::size_t meeting) const
    {
        const auto values =
            kind == Side::Kind::Country ? index.countriesOf(meeting) : index.officialsOf(meeting);
        return std::ranges::binary_search(values, at);
    }
};

std::optional<IndexSide> indexSide(const MeetingIndex& index, const Side& side)
{
    const auto at =
        positionIn(side.isCountry() ? index.countryCodes() : index.officialIds(), side.id);
    if (!at)
        return std::nullopt;
    return IndexSide{side.kind, *at};
}

} // namespace

std::vector<std::size_t> channelMeetings(const MeetingIndex& index, const Side& a, const Side& b)
{
    const auto first = indexSide(index, a);
    const auto second = indexSide(index, b);
    std::vector<std::size_t> found;
    if (!first || !second)
        return found;
    // An official's meetings are few next to all of them: start from those.
    if (!a.isCountry() || !b.isCountry()) {
        const Side& official = a.isCountry() ? b : a;
        const IndexSide& other = a.isCountry() ? *first : *second;
        for (const auto meeting : index.meetingsOf(official.id)) {
            if (other.takesPart(index, meeting))
                found.push_back(meeting);
        }
        return found;
    }
    for (std::size_t meeting = 0; meeting < index.size(); ++meeting) {
        if (first->takesPart(index, meeting) && second->takesPart(index, meeting))
            found.push_back(meeting);
    }
    return found;
}

Filter sideFilter(const Side& side, const Filter& range)
{
    Filter filter;
    filter.setFrom(range.from());
    filter.setTo(range.to());
    if (side.isCountry())
        filter.setCountries({side.id});
    else
        filter.setOfficials({side.id});
    return filter;
}

std::vector<Meeting> channelMeetings(const Store& store, const Side& a, const Side& b,
                                     const Filter& range)
{
    const auto ofA = store.meetingKeys(sideFilter(a, range));
    const auto ofB = store.meetingKeys(sideFilter(b, range));
    std::vector<std::int64_t> both;
    std::ranges::set_intersection(ofA, ofB, std::back_inserter(both));
    return store.meetingsWithKeys(std::move(both));
}

} // namespace parley
