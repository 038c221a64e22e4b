#pragma once

// Internal to db/exchange: who a visit's <visitor> names. The Office writes
// each visitor as one string, office and name together ("Prime Minister
// Kyriakos Mitsotakis", "King Hussein"), sometimes two people at once
// ("President Francesco Cossiga and Prime Minister Giulio Andreotti").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley::hsg {

struct Visitor {
    std::optional<std::string> office; // "Prime Minister"; none when the string names none
    std::string name;                  // "Kyriakos Mitsotakis"
    bool operator==(const Visitor&) const = default;
};

// The people a visitor string names, each with the office written before
// the name when it is one of the offices the records use (a closed list, in
// HsgVisitors.cpp). A string is split into people only where ", ", " and " or
// " & " is followed by such an office; an office without a name joins the
// next ("Premier and Prince Sihanouk" is one person, Premier and Prince). A
// name without a known office before it is the whole string ("Sheikh Haya
// Rashed al-Khalifa"). A misspelling of an office found in the records is
// read as the office ("Prime Minster").
std::vector<Visitor> splitVisitors(std::string_view text);

} // namespace parley::hsg
