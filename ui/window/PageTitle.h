#pragma once

#include <QLabel>

namespace parley::ui {

// The title of a page the window shows in place of the timeline (an empty
// database, one loading): the label's font, larger.
inline QLabel* pageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    return title;
}

} // namespace parley::ui
