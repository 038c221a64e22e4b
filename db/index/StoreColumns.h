#pragma once

// The columns of every meeting made from the store's rows: the first start
// of a database, or the first after another program changed it. The rows are
// read in the order the tables keep them and put in date order in memory,
// in two steps so that the first, which needs nothing but the store, runs
// beside the reading of the records the meetings name (ReferenceData::load).

#include "db/index/IndexLoad.h"
#include "db/index/LoadProgress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace parley {

// Every meeting's own row, in the order the table keeps them, and its links,
// with the store's keys of what it names: nothing here is named by a
// record's position yet.
struct StoredMeetings {
    std::vector<std::int64_t> keys;
    std::vector<std::int32_t> firstDays;
    std::vector<std::int32_t> lastDays;
    std::vector<Precision> precisions;
    std::vector<std::uint8_t> kinds; // positions in meetingKinds()
    std::vector<std::int64_t> hostKeys;
    MeetingTexts::Builder texts;
    // The links of one kind, (meetings[i], targets[i]), by meeting key; keys
    // in 32 bits (half the memory of ten million meetings' links), a key
    // beyond them as none.
    struct Links {
        std::vector<std::uint32_t> meetings;
        std::vector<std::uint32_t> targets;
    };
    Links participants;
    Links topics;
    // The id of every country, official and topic by its key (Store::idsByKey).
    std::vector<std::string> countryIds;
    std::vector<std::string> officialIds;
    std::vector<std::string> topicIds;
};

// PROGRESS, when given, counts the meetings read and stops the reading once
// cancelled (LoadCancelled).
StoredMeetings readStoredMeetings(const Store& store, LoadProgress* progress = nullptr);

// The columns of the STORED meetings in date order (start, then id), every
// record named by its position among
// OFFICIALS, COUNTRIES and TOPICS (of which only ids, an official's country
// and a topic's parent are read). Stops between its steps, and every
// LoadProgress::kStep meetings indexed, once PROGRESS is cancelled.
MeetingColumns loadMeetingColumns(const Store& store, StoredMeetings stored,
                                  const std::vector<Official>& officials,
                                  const std::vector<Country>& countries,
                                  const std::vector<Topic>& topics,
                                  const LoadProgress* progress = nullptr);
// Both steps at once.
MeetingColumns loadMeetingColumns(const Store& store, const std::vector<Official>& officials,
                                  const std::vector<Country>& countries,
                                  const std::vector<Topic>& topics);

} // namespace parley
