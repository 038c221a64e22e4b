#pragma once

// Internal to db/exchange: the parley/1 country of each of the Office of the
// Historian's country slugs. The table (HsgCountryTable.cpp) is made from
// Debian's iso-codes by scripts/hsg-countries, so Parley needs no iso-codes
// when it runs; a test checks it against iso-codes and the shipped records.

#include <span>
#include <string>
#include <string_view>

namespace parley::hsg {

class XmlRecord;

struct SlugCountry {
    std::string_view slug; // the Office's: "united-kingdom", "korea-south"
    // Empty, or the name a record gives the country for this row to apply:
    // the Office files trips to the U.S.S.R. under "russia".
    std::string_view recordName;
    std::string_view code; // ISO 3166-1 alpha-2, ISO 3166-3 alpha-4, or Parley's own
    std::string_view name;
};

// Every row, in order of slug and record name.
std::span<const SlugCountry> countries();

// The country of a slug as a record names it, or nullptr when the table does
// not know the slug.
const SlugCountry* countryOfSlug(std::string_view slug, std::string_view recordName = {});

// The country whose slug a field of the record holds: an element's text
// ("contemporary-territory-id") or an attribute ("country@id", a trip's
// <country id="japan">Japan</country>, whose text is the record's name for
// it). Refuses a slug the table lacks.
const SlugCountry& countryIn(const XmlRecord& record, std::string_view field);

// The country's name as it reads inside a sentence, with "the" where English
// puts it (plural names, forms of state): "the Netherlands", "the United
// Kingdom", "China".
std::string nameInSentence(const SlugCountry& country);

// The United States, host of every visit and country of its officials.
const SlugCountry& unitedStates();

} // namespace parley::hsg
