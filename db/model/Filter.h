#pragma once

#include "db/model/Dates.h"

#include <optional>
#include <set>
#include <string>

namespace parley {

// What the user has chosen to see. A plain value with no GUI: the single source
// of truth that every query and every view is driven by.
//
// Values within one facet combine with OR, facets combine with AND; an empty
// facet does not restrict. Setters return whether anything changed, so callers
// re-query only when needed.
class Filter {
public:
    using Ids = std::set<std::string>;

    const std::optional<Date>& from() const { return m_from; }
    const std::optional<Date>& to() const { return m_to; }
    const Ids& countries() const { return m_countries; }
    const Ids& topics() const { return m_topics; }
    const Ids& kinds() const { return m_kinds; }
    const Ids& officials() const { return m_officials; }
    const std::string& text() const { return m_text; }

    bool setFrom(std::optional<Date> from);
    bool setTo(std::optional<Date> to);
    bool setCountries(Ids countries);
    bool setTopics(Ids topics);
    bool setKinds(Ids kinds);
    bool setOfficials(Ids officials);
    bool setText(std::string text);

    // True when the text holds something to search for (not only blanks).
    bool hasText() const;
    bool isEmpty() const { return *this == Filter(); }

    bool operator==(const Filter&) const = default;

private:
    std::optional<Date> m_from;
    std::optional<Date> m_to;
    Ids m_countries;
    Ids m_topics;
    Ids m_kinds;
    Ids m_officials;
    std::string m_text;
};

} // namespace parley
