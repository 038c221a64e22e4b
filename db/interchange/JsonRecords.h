#pragma once

// Internal to db/: each record of `parley/1` read from its JSON value, checking
// its shape (types, required and unknown keys, ids, dates, kinds, lengths).
// `where` names the record ("FILE: meetings[id]") and starts the message of
// every DataError, which goes on with the field and what is wrong with it.

#include "db/model/RecordRules.h"
#include "db/model/Records.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

Source readSource(const nlohmann::json& value, std::string where);
Country readCountry(const nlohmann::json& value, std::string where);
Topic readTopic(const nlohmann::json& value, std::string where);
Official readOfficial(const nlohmann::json& value, const std::string& where);
Meeting readMeeting(const nlohmann::json& value, std::string where);
Measure readMeasure(const nlohmann::json& value, std::string where);

// "meetings[raimondo-wang]" when the element has a readable id, "meetings[#3]"
// (its index) otherwise.
std::string elementName(std::string_view array, const nlohmann::json& element, std::size_t index,
                        const char* idKey);

// The text, cut to a line's worth for an error message.
std::string excerpt(std::string_view text);

} // namespace parley
