// The window as the window tests drive it.
#pragma once

#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QTest>

#include <memory>

namespace parley::test {

// A main window on DATABASE, 1400×900, that leaves no state behind: shown,
// active (so keys reach it) and idle; nullptr when any of that fails.
inline std::unique_ptr<ui::MainWindow> openTestWindow(const QString& database)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->setRemembersViewState(false);
    window->resize(1400, 900);
    if (!window->openDatabase(database))
        return nullptr;
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()) || !window->waitUntilIdle(10000))
        return nullptr;
    return window;
}

} // namespace parley::test
