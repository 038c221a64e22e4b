#include "ui/window/PaneFocus.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>

#include <algorithm>

namespace parley::ui {

namespace {

bool takesTabFocus(const QWidget* widget) { return widget->focusPolicy() & Qt::TabFocus; }

bool canTakeFocusNow(const QWidget* widget)
{
    return takesTabFocus(widget) && widget->isEnabled() && widget->isVisibleTo(widget->window());
}

// What to bring forward before focusing: a dock tabbed behind another.
void reveal(QWidget* pane)
{
    if (auto* dock = qobject_cast<QDockWidget*>(pane)) {
        dock->show();
        dock->raise();
    }
}

} // namespace

std::vector<QWidget*> tabStopsOf(QWidget* pane)
{
    std::vector<QWidget*> stops;
    if (takesTabFocus(pane))
        stops.push_back(pane);
    // The window's focus chain is one ring through all of its widgets.
    for (QWidget* next = pane->nextInFocusChain(); next != pane; next = next->nextInFocusChain()) {
        if (pane->isAncestorOf(next) && takesTabFocus(next))
            stops.push_back(next);
    }
    return stops;
}

PaneFocus::PaneFocus(QWidget* window)
    : QObject(window)
    , m_next(new QAction(tr("Next &Pane"), window))
    , m_previous(new QAction(tr("Previous P&ane"), window))
{
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    for (QAction* action : {m_next, m_previous})
        action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_next);
    window->addAction(m_previous);
    connect(m_next, &QAction::triggered, this, &PaneFocus::focusNext);
    connect(m_previous, &QAction::triggered, this, &PaneFocus::focusPrevious);
}

void PaneFocus::addPane(QWidget* pane) { m_panes.push_back(pane); }

bool PaneFocus::focusNextControl(bool next) const
{
    std::vector<QWidget*> stops;
    for (QWidget* pane : m_panes) {
        if (auto* dock = qobject_cast<QDockWidget*>(pane); dock && dock->isHidden())
            continue;
        for (QWidget* stop : tabStopsOf(pane)) {
            // A dock behind another in its tab group is passed over.
            if (canTakeFocusNow(stop) && !stop->visibleRegion().isEmpty())
                stops.push_back(stop);
        }
    }
    const QWidget* focus = QApplication::focusWidget();
    const auto here = std::ranges::find_if(stops, [focus](const QWidget* stop) {
        return focus && (stop == focus || stop->isAncestorOf(focus));
    });
    if (here == stops.end())
        return false;
    const auto count = static_cast<std::ptrdiff_t>(stops.size());
    const auto at = (here - stops.begin() + (next ? 1 : count - 1)) % count;
    stops[static_cast<std::size_t>(at)]->setFocus(next ? Qt::TabFocusReason
                                                       : Qt::BacktabFocusReason);
    return true;
}

void PaneFocus::focusNext() { focusPaneAfter(1); }

void PaneFocus::focusPrevious() { focusPaneAfter(-1); }

int PaneFocus::currentPane() const
{
    const QWidget* focus = QApplication::focusWidget();
    for (std::size_t i = 0; i < m_panes.size(); ++i) {
        if (focus && (focus == m_panes[i] || m_panes[i]->isAncestorOf(focus)))
            return static_cast<int>(i);
    }
    return -1;
}

void PaneFocus::focusPaneAfter(int step)
{
    const int count = static_cast<int>(m_panes.size());
    int at = currentPane();
    if (at < 0)
        at = step > 0 ? -1 : count;
    for (int tried = 0; tried < count; ++tried) {
        at = (at + step + count) % count;
        if (focusPane(m_panes[static_cast<std::size_t>(at)]))
            return;
    }
}

bool PaneFocus::focusPane(QWidget* pane) const
{
    if (auto* dock = qobject_cast<QDockWidget*>(pane); dock && dock->isHidden())
        return false; // closed by the user: not a pane now
    reveal(pane);
    for (QWidget* stop : tabStopsOf(pane)) {
        if (canTakeFocusNow(stop)) {
            stop->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace parley::ui
