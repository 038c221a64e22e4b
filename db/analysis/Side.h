#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parley {

// One end of a channel: a country (its code, upper case: "US", "EU", "G7") or
// an official (their id, lower case: "wang-yi"). A country takes part in a
// meeting as its host or as the country of any participant; an official as a
// participant.
struct Side {
    enum class Kind { Country, Official };
    Kind kind = Kind::Country;
    std::string id;

    static Side country(std::string code) { return {Kind::Country, std::move(code)}; }
    static Side official(std::string id) { return {Kind::Official, std::move(id)}; }
    bool isCountry() const { return kind == Kind::Country; }
    bool operator==(const Side&) const = default;
};

// A side as people write it: a country code (upper case, as isCountryCode()
// says) or an official's id (a slug, as isSlug() says); nullopt for anything
// else (empty, mixed case, spaces).
std::optional<Side> parseSide(std::string_view text);

} // namespace parley
