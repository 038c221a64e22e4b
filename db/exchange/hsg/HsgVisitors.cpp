#include "db/exchange/hsg/HsgVisitors.h"

#include "db/exchange/hsg/HsgXml.h"

#include <array>

namespace parley::hsg {

namespace {

struct Office {
    std::string_view written; // as the records write it
    std::string_view office;  // as Parley shows it
};

// The offices visitors' strings begin with, longest first where one begins
// another, with the misspellings the records hold. Ranks and honorifics that
// are no office (Sheikh, Prince before a regent's name) stay in the name.
constexpr std::array<Office, 44> kOffices{{
    {"Acting Prime Minister", "Acting Prime Minister"},
    {"Acting President", "Acting President"},
    {"Amir", "Amir"},
    {"Brigadier General", "Brigadier General"},
    {"Chairman of the Presidency", "Chairman of the Presidency"},
    {"Chairman", "Chairman"},
    {"Chancellor-elect", "Chancellor-elect"},
    {"Chancellor", "Chancellor"},
    {"Chief of State", "Chief of State"},
    {"Crown Prince", "Crown Prince"},
    {"Emir", "Emir"},
    {"Emperor", "Emperor"},
    {"Federal Chancellor", "Federal Chancellor"},
    {"First Secretary", "First Secretary"},
    {"General Secretary", "General Secretary"},
    {"General", "General"},
    {"Governor General", "Governor General"},
    {"Grand Duchess", "Grand Duchess"},
    {"Grand Duke", "Grand Duke"},
    {"Head of State", "Head of State"},
    {"Interim Prime Minister", "Interim Prime Minister"},
    {"Interim President", "Interim President"},
    {"Junta Member", "Junta Member"},
    {"King", "King"},
    {"Lieutenant General", "Lieutenant General"},
    {"Pope", "Pope"},
    {"Premier", "Premier"},
    {"President- designate", "President-designate"},
    {"President- elect", "President-elect"},
    {"President-Elect", "President-elect"},
    {"President-elect", "President-elect"},
    {"President", "President"},
    {"Prime Minister-Prince", "Prime Minister-Prince"},
    {"Prime Minister", "Prime Minister"},
    {"Prime Ministere", "Prime Minister"},
    {"Prime Minster", "Prime Minister"},
    {"Prince", "Prince"},
    {"Provisional President", "Provisional President"},
    {"Queen", "Queen"},
    {"Regent", "Regent"},
    {"Shah", "Shah"},
    {"Sultan", "Sultan"},
    {"Taoiseach", "Taoiseach"},
    {"Vice Premier", "Vice Premier"},
}};

constexpr std::array<std::string_view, 3> kSeparators{", ", " and ", " & "};

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The office TEXT begins with and the length of its spelling there. An office
// must end the word: "Kingsley" is a name, "Prime MinisterHaidar" (a space
// lost in the records) an office before a name.
std::optional<std::pair<std::string_view, std::size_t>> officeAt(std::string_view text)
{
    std::optional<std::pair<std::string_view, std::size_t>> best;
    for (const auto& office : kOffices) {
        if (!text.starts_with(office.written))
            continue;
        const auto length = office.written.size();
        const bool endsWord = length == text.size() || text[length] == ' ' ||
                              (isUpper(text[length]) && !isUpper(office.written.back()));
        if (endsWord && (!best || length > best->second))
            best = std::pair{office.office, length};
    }
    return best;
}

Visitor visitorOf(std::string_view part)
{
    const auto office = officeAt(part);
    if (!office)
        return {std::nullopt, collapsedSpaces(part)};
    return {std::string(office->first), collapsedSpaces(part.substr(office->second))};
}

} // namespace

std::vector<Visitor> splitVisitors(std::string_view text)
{
    const std::string whole = collapsedSpaces(text);
    const std::string_view all(whole);
    std::vector<Visitor> visitors;
    std::string pendingOffice; // offices of a part without a name, with their joiners
    std::size_t begin = 0;
    for (std::size_t at = 0; at <= all.size(); ++at) {
        std::string_view separator;
        if (at < all.size()) {
            for (const auto candidate : kSeparators) {
                if (all.substr(at).starts_with(candidate) &&
                    officeAt(all.substr(at + candidate.size())))
                    separator = candidate;
            }
            if (separator.empty())
                continue;
        }
        auto visitor = visitorOf(all.substr(begin, at - begin));
        if (visitor.name.empty() && visitor.office && at < all.size()) {
            // "Premier and Prince Sihanouk": the office joins the next part's.
            pendingOffice += *visitor.office + (separator == " & " ? " & " : " and ");
        } else {
            if (!pendingOffice.empty())
                visitor.office = pendingOffice + visitor.office.value_or("");
            pendingOffice.clear();
            if (!visitor.name.empty() || visitor.office)
                visitors.push_back(std::move(visitor));
        }
        if (at == all.size())
            break;
        begin = at + separator.size();
        at = begin - 1; // the loop's ++at goes on after the separator
    }
    return visitors;
}

} // namespace parley::hsg
