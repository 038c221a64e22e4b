#include "ui/editor/ProblemLabel.h"

#include <QEvent>

namespace parley::ui {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Problem"));
    updateColour();
    hide();
}

void ProblemLabel::setProblems(const QStringList& problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    setText(problems.join(QLatin1Char('\n')));
    setVisible(!problems.isEmpty());
}

void ProblemLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColour();
    QLabel::changeEvent(event);
}

void ProblemLabel::updateColour()
{
    // A red that reads on light and dark backgrounds alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    if (palette().color(QPalette::WindowText) == red)
        return;
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, red);
    setPalette(colours);
}

} // namespace parley::ui
