#include "AnalysisOutput.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace parley::cli {

using nlohmann::ordered_json;

ordered_json nullable(const std::optional<std::string>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json nullable(const std::optional<int>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json nullable(const std::optional<double>& value)
{
    if (!value)
        return nullptr;
    if (std::floor(*value) == *value)
        return static_cast<std::int64_t>(*value);
    return *value;
}

std::string formatNumber(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

OfficialLookup officialLookup(const std::vector<Official>& officials)
{
    return [&officials](const std::string& id) -> const Official* {
        const auto found = std::ranges::lower_bound(officials, id, {}, &Official::id);
        return found != officials.end() && found->id == id ? &*found : nullptr;
    };
}

Date todayOr(const std::string& text)
{
    if (text.empty())
        return boost::gregorian::day_clock::local_day();
    return *parseIsoDate(text);
}

} // namespace parley::cli
