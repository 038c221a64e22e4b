#include "db/exchange/hsg/HsgCountries.h"

#include "db/exchange/hsg/HsgXml.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace parley::hsg {

namespace {

const SlugCountry& resolved(const XmlRecord& record, std::string_view field,
                            const std::string& slug, const std::string& recordName)
{
    const SlugCountry* country = countryOfSlug(slug, recordName);
    if (!country)
        record.fail(field, inQuotes(slug) +
                               " is not a country Parley knows (scripts/hsg-countries maps "
                               "the Office's slugs to codes)");
    return *country;
}

} // namespace

const SlugCountry* countryOfSlug(std::string_view slug, std::string_view recordName)
{
    const auto table = countries();
    const auto key = [](const SlugCountry& row) {
        return std::pair(row.slug, row.recordName);
    };
    const auto exactly = [&](std::string_view name) -> const SlugCountry* {
        const auto found = std::ranges::lower_bound(table, std::pair(slug, name), {}, key);
        return found != table.end() && key(*found) == std::pair(slug, name) ? &*found : nullptr;
    };
    const SlugCountry* named = recordName.empty() ? nullptr : exactly(recordName);
    return named ? named : exactly({});
}

const SlugCountry& countryIn(const XmlRecord& record, std::string_view field)
{
    const auto at = field.find('@');
    if (at == std::string_view::npos)
        return resolved(record, field, record.slug(field), {});
    const auto element = field.substr(0, at);
    const auto slug = record.attributeSlug(element, std::string(field.substr(at + 1)).c_str());
    return resolved(record, field, slug, plainText(record.element(element)));
}

std::string nameInSentence(const SlugCountry& country)
{
    const std::string_view name = country.name;
    // Words of a form of state or of a plural, and names English writes with "the".
    constexpr std::array<std::string_view, 8> kWords{"Republic", "Kingdom", "State", "Federation",
                                                     "United",   "Islands", "Holy",  "Union"};
    constexpr std::array<std::string_view, 8> kNames{"Bahamas",    "Comoros",     "Gambia",
                                                     "Maldives",   "Netherlands", "Philippines",
                                                     "Seychelles", "Two Sicilies"};
    const auto hasWord = [name](std::string_view word) {
        const auto at = name.find(word);
        return at != std::string_view::npos && (at == 0 || name[at - 1] == ' ');
    };
    const bool article = std::ranges::any_of(kWords, hasWord) ||
                         std::ranges::any_of(kNames, [name](std::string_view known) {
                             return name.starts_with(known);
                         });
    return (article ? "the " : "") + std::string(name);
}

const SlugCountry& unitedStates()
{
    static const SlugCountry* const country = countryOfSlug("united-states");
    if (!country) // scripts/hsg-countries always writes it
        throw std::logic_error("the country table has no united-states");
    return *country;
}

} // namespace parley::hsg
