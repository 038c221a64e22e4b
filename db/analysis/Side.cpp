#include "db/analysis/Side.h"

#include "db/model/Vocabulary.h"

namespace parley {

std::optional<Side> parseSide(std::string_view text)
{
    if (isCountryCode(text))
        return Side::country(std::string(text));
    if (isSlug(text))
        return Side::official(std::string(text));
    return std::nullopt;
}

} // namespace parley
