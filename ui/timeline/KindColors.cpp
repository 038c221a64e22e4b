#include "ui/timeline/KindColors.h"

#include <array>
#include <string_view>
#include <utility>

namespace parley::ui {

namespace {

using HueTable = std::array<std::pair<std::string_view, int>, 7>;

// Hues spaced so that neighbours on the timeline stay apart; measures take the
// warm side, meetings the cool one, except calls, which are rare and brief.
constexpr HueTable kMeetingHues = {{{"bilateral", 212},
                                    {"multilateral", 175},
                                    {"summit", 268},
                                    {"call", 32},
                                    {"visit", 135},
                                    {"", -1},
                                    {"", -1}}};

constexpr HueTable kMeasureHues = {{{"sanction", 356},
                                    {"export-control", 22},
                                    {"tariff", 44},
                                    {"ban", 322},
                                    {"entity-list", 290},
                                    {"investment-review", 190},
                                    {"other", -1}}};

QColor colorFor(const HueTable& table, const std::string& kind, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    for (const auto& [name, hue] : table) {
        if (!name.empty() && name == kind && hue >= 0)
            return QColor::fromHsl(hue, dark ? 150 : 140, dark ? 165 : 105);
    }
    return QColor::fromHsl(0, 0, dark ? 165 : 120);
}

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor meetingKindColor(const std::string& kind, const QPalette& palette)
{
    return colorFor(kMeetingHues, kind, palette);
}

QColor measureKindColor(const std::string& kind, const QPalette& palette)
{
    return colorFor(kMeasureHues, kind, palette);
}

} // namespace parley::ui
