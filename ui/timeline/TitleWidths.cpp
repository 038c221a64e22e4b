#include "ui/timeline/TitleWidths.h"

namespace parley::ui {

TitleWidths::TitleWidths(const QFontMetricsF& font)
    : m_font(font)
{
    m_ascii.fill(-1);
}

double TitleWidths::advance(char16_t character)
{
    if (character < m_ascii.size()) {
        double& known = m_ascii[character];
        if (known < 0)
            known = m_font.horizontalAdvance(QChar(character));
        return known;
    }
    const auto [known, added] = m_advances.try_emplace(character, 0.0);
    if (added)
        known->second = m_font.horizontalAdvance(QChar(character));
    return known->second;
}

double TitleWidths::of(const QString& title)
{
    double width = 0;
    for (const QChar character : title) {
        if (character.isSurrogate() || character.isMark())
            return m_font.horizontalAdvance(title);
        width += advance(character.unicode());
    }
    return width;
}

double TitleWidths::of(std::string_view title)
{
    double width = 0;
    for (const char byte : title) {
        const auto code = static_cast<unsigned char>(byte);
        if (code >= m_ascii.size())
            return of(QString::fromUtf8(title.data(), static_cast<qsizetype>(title.size())));
        width += advance(code);
    }
    return width;
}

} // namespace parley::ui
