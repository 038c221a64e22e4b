#pragma once

#include <span>
#include <string_view>

namespace parley {

// The closed lists of kinds that `parley/1` allows.
std::span<const std::string_view> meetingKinds();
std::span<const std::string_view> measureKinds();

bool isMeetingKind(std::string_view kind);
bool isMeasureKind(std::string_view kind);

// A stable lowercase ASCII slug: words of [a-z0-9] joined by single hyphens.
bool isSlug(std::string_view id);
// An ISO 3166-1 alpha-2 code or a bloc code: 2 to 8 uppercase ASCII letters or digits.
bool isCountryCode(std::string_view code);

} // namespace parley
