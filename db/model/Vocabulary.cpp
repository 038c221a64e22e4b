#include "db/model/Vocabulary.h"

#include <algorithm>
#include <array>

namespace parley {

namespace {

constexpr std::array<std::string_view, 5> kMeetingKinds{"bilateral", "multilateral", "summit",
                                                        "call", "visit"};
constexpr std::array<std::string_view, 7> kMeasureKinds{
    "sanction", "export-control", "tariff", "ban", "entity-list", "investment-review", "other"};

bool isLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool isUpperAlnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

} // namespace

std::span<const std::string_view> meetingKinds() { return kMeetingKinds; }
std::span<const std::string_view> measureKinds() { return kMeasureKinds; }

bool isMeetingKind(std::string_view kind)
{
    return std::ranges::find(kMeetingKinds, kind) != kMeetingKinds.end();
}

bool isMeasureKind(std::string_view kind)
{
    return std::ranges::find(kMeasureKinds, kind) != kMeasureKinds.end();
}

bool isSlug(std::string_view id)
{
    if (id.empty() || id.front() == '-' || id.back() == '-')
        return false;
    char previous = ' ';
    for (char c : id) {
        if (!(isLowerAlnum(c) || (c == '-' && previous != '-')))
            return false;
        previous = c;
    }
    return true;
}

bool isCountryCode(std::string_view code)
{
    return code.size() >= 2 && code.size() <= 8 && std::ranges::all_of(code, isUpperAlnum);
}

} // namespace parley
