#pragma once

#include "db/model/Records.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// Who held one office of one country over time, as the officials' positions
// record it, for drawing the office as bands under a timeline: the bands as
// they are, with the days nobody held it and the days two or more did
// (acting and outgoing holders, or a record to check).
struct OfficeBands {
    // From START to END, both included; no END while it goes on.
    struct Span {
        Date start;
        std::optional<Date> end;
        bool operator==(const Span&) const = default;
    };
    struct Band : Span {
        std::string official;
        bool operator==(const Band&) const = default;
    };
    std::vector<Band> bands; // by start, then end (open last), then official
    // Days between the first start and the last end that no band covers.
    std::vector<Span> vacancies;
    // Days that two or more bands cover; the last one has no end when two
    // bands that go on overlap.
    std::vector<Span> overlaps;

    bool operator==(const OfficeBands&) const = default;
};

// The bands of the office titled TITLE (exactly) among the positions of the
// officials of COUNTRY.
OfficeBands officeBands(std::span<const Official> officials, std::string_view country,
                        std::string_view title);

// The titles of the offices the officials of COUNTRY held, each once, sorted.
std::vector<std::string> officeTitles(std::span<const Official> officials,
                                      std::string_view country);

} // namespace parley
