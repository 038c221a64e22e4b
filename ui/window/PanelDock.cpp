#include "ui/window/PanelDock.h"

#include <QDockWidget>

namespace parley::ui {

QDockWidget* makePanelDock(QWidget* panel, const QString& title, const QString& name,
                           QWidget* window)
{
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(panel);
    dock->setAccessibleName(title);
    // Hidden, it still sizes the dock, so that the tabs keep their room.
    QSizePolicy policy = panel->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    panel->setSizePolicy(policy);
    QObject::connect(dock, &QDockWidget::visibilityChanged, panel, &QWidget::setVisible);
    return dock;
}

} // namespace parley::ui
