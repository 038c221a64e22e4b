#include "ui/timeline/TitleWidths.h"

namespace parley::ui {

TitleWidths::TitleWidths(const QFontMetricsF& font)
    : m_font(font)
{
}

double TitleWidths::of(const QString& title)
{
    double width = 0;
    for (const QChar character : title) {
        if (character.isSurrogate() || character.isMark())
            return m_font.horizontalAdvance(title);
        const auto [known, added] = m_advances.try_emplace(character.unicode(), 0.0);
        if (added)
            known->second = m_font.horizontalAdvance(character);
        width += known->second;
    }
    return width;
}

} // namespace parley::ui
