#pragma once

// What the analysis commands (channel, followed, countermeasures) share: JSON
// values that are null where a fact is undefined, numbers written as people
// read them, the officials to look offices up in, and the day to count to.

#include "db/analysis/OfficePairs.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace parley::cli {

nlohmann::ordered_json nullable(const std::optional<std::string>& value);
nlohmann::ordered_json nullable(const std::optional<int>& value);
// A whole number as an integer (117), any other as a decimal (6.5).
nlohmann::ordered_json nullable(const std::optional<double>& value);
std::string formatNumber(double value);

// Looks officials up in OFFICIALS, ordered by id as Store::officials() gives
// them; the vector must outlive the lookup.
OfficialLookup officialLookup(const std::vector<Official>& officials);

// The date TEXT names (checked by isoDate()), or the system's date when empty.
Date todayOr(const std::string& text);

} // namespace parley::cli
