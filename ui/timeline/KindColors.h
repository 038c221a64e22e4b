#pragma once

#include <QColor>
#include <QPalette>

#include <string>

namespace parley::ui {

// One colour per kind of meeting and of measure, as hues that read on the
// palette's base: deeper on a light base, lighter on a dark one. Unknown kinds
// and "other" are grey.
QColor meetingKindColor(const std::string& kind, const QPalette& palette);
QColor measureKindColor(const std::string& kind, const QPalette& palette);

// True when the palette's base is dark, so drawing should lighten, not darken.
bool isDarkPalette(const QPalette& palette);

} // namespace parley::ui
