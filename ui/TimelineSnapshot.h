#pragma once

#include "db/Filter.h"
#include "db/Records.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace parley {
class Store;
}

namespace parley::ui {

// Everything the views show for one Filter, queried once and shared read-only
// by the timeline, the table, the panels and the status bar, so they can never
// disagree.
struct TimelineSnapshot {
    Filter filter;
    std::vector<Meeting> meetings; // matching the filter, by start date then id
    std::vector<Measure> measures; // matching the filter, by date then id
    int totalMeetings = 0;         // in the whole database
    std::vector<Count> countryCounts;
    std::vector<Count> topicCounts;

    // Reference data for names, whatever the filter.
    std::map<std::string, Official> officials;
    std::map<std::string, Country> countries;
    std::map<std::string, Topic> topics;
    std::map<std::string, Measure> allMeasures; // a meeting may link one the filter hides
    std::map<std::string, Source> sources;

    static std::shared_ptr<const TimelineSnapshot> build(const Store& store, const Filter& filter);

    // The meeting with this id, or nullptr when the filter hides it.
    const Meeting* meeting(const std::string& id) const;
    // Any measure of the database, shown or not.
    const Measure* measure(const std::string& id) const;
    const Official* official(const std::string& id) const;
    // Display names, falling back to the id.
    std::string officialName(const std::string& id) const;
    std::string countryName(const std::string& code) const;
    std::string topicName(const std::string& id) const;
};

using SnapshotPtr = std::shared_ptr<const TimelineSnapshot>;

} // namespace parley::ui
