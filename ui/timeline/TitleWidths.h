#pragma once

#include <QFontMetricsF>
#include <QString>

#include <array>
#include <string_view>
#include <unordered_map>

namespace parley::ui {

// The widths of titles in one font, fast enough to lay out twenty thousand of
// them on a filter change: the sum of each character's advance, cached per
// character. That is what text shaping gives but for kerning; labels are
// elided to their room when drawn, so an estimate a pixel off costs at most a
// letter. Titles with surrogate pairs or combining marks, whose characters do
// not add up, are measured in full.
class TitleWidths {
public:
    explicit TitleWidths(const QFontMetricsF& font);

    double of(const QString& title);
    // A title in UTF-8, as the records hold it: one of ASCII alone is summed
    // without being converted.
    double of(std::string_view title);

private:
    double advance(char16_t character);

    QFontMetricsF m_font;
    std::array<double, 128> m_ascii; // negative until measured
    std::unordered_map<char16_t, double> m_advances;
};

} // namespace parley::ui
