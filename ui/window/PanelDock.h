#pragma once

#include <QString>

class QDockWidget;
class QWidget;

namespace parley::ui {

// A dock of the window holding PANEL, titled TITLE, named NAME for the saved
// layout. Qt leaves a dock whose tab is behind another "visible", only moved
// out of sight; this one hides its panel while it is not seen, so that a
// panel that works out only what is seen (by isVisible() and showEvent())
// waits until its tab is chosen, and does no work after every edit.
QDockWidget* makePanelDock(QWidget* panel, const QString& title, const QString& name,
                           QWidget* window);

} // namespace parley::ui
