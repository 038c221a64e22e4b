#include "db/model/Filter.h"

#include <algorithm>
#include <utility>

namespace parley {

namespace {

template <typename T> bool assign(T& member, T value)
{
    if (member == value)
        return false;
    member = std::move(value);
    return true;
}

} // namespace

bool Filter::setFrom(std::optional<Date> from) { return assign(m_from, from); }
bool Filter::setTo(std::optional<Date> to) { return assign(m_to, to); }
bool Filter::setCountries(Ids countries) { return assign(m_countries, std::move(countries)); }
bool Filter::setTopics(Ids topics) { return assign(m_topics, std::move(topics)); }
bool Filter::setKinds(Ids kinds) { return assign(m_kinds, std::move(kinds)); }
bool Filter::setOfficials(Ids officials) { return assign(m_officials, std::move(officials)); }
bool Filter::setText(std::string text) { return assign(m_text, std::move(text)); }

bool Filter::hasText() const
{
    return std::ranges::any_of(m_text, [](unsigned char c) { return c > ' '; });
}

} // namespace parley
