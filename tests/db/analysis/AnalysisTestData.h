#pragma once

// The test dataset three ways for the analysis tests: as parley/1 records
// (what the expected answers are computed from, with plain loops), in a
// store (what parley-db asks) and as the window holds it (brief records and
// their MeetingIndex).

#include "db/analysis/OfficePairs.h"
#include "db/index/MeetingIndex.h"
#include "tests/db/TestData.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace parley::test {

struct Analysed {
    Dataset data;
    Store store;
    Store::KeyedMeetings held;
    MeetingIndex index;
    std::map<std::string, Official> officials;

    explicit Analysed(Dataset dataset)
        : data(std::move(dataset))
        , store(storeWith(data))
        , held(store.allMeetingBriefs())
        , index(held.keys, held.meetings, store.officials(), store.countries(), store.topics())
    {
        for (const auto& official : data.officials)
            officials.emplace(official.id, official);
    }

    // The held record at each position, as the window hands them to channelOf.
    std::function<const Meeting&(std::size_t)> heldRecord() const
    {
        return [this](std::size_t position) -> const Meeting& {
            return held.meetings[position];
        };
    }

    OfficialLookup lookup() const
    {
        return [this](const std::string& id) -> const Official* {
            const auto found = officials.find(id);
            return found == officials.end() ? nullptr : &found->second;
        };
    }

    // The ids of the held meetings at these positions.
    std::vector<std::string> heldIds(const std::vector<std::size_t>& positions) const
    {
        std::vector<std::string> ids;
        ids.reserve(positions.size());
        for (const auto position : positions)
            ids.push_back(held.meetings[position].id);
        return ids;
    }

    // The countries taking part in a meeting by the data rules: the host
    // and every participant's country.
    std::set<std::string> countriesOf(const Meeting& meeting) const
    {
        std::set<std::string> countries{meeting.host};
        for (const auto& participant : meeting.participants)
            countries.insert(officials.at(participant).country);
        return countries;
    }

    const Measure& measure(const std::string& id) const
    {
        for (const auto& measure : data.measures) {
            if (measure.id == id)
                return measure;
        }
        throw std::invalid_argument("no measure " + id);
    }
};

inline const Analysed& testData()
{
    static const Analysed analysed(testDataset());
    return analysed;
}

// Whole days from A to B.
inline int daysBetween(Date a, Date b) { return static_cast<int>((b - a).days()); }

} // namespace parley::test
