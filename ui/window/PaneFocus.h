#pragma once

#include <QObject>

#include <vector>

class QAction;
class QWidget;

namespace parley::ui {

// Moves the keyboard between the window's panes (the timeline, each dock, the
// tool bar), in the order people read them: F6 to the next one and Shift+F6
// back, as in other desktop programs, and Tab through every control of every
// pane in that order and round again, so that the keyboard alone reaches
// everything and no pane keeps it.
class PaneFocus : public QObject {
    Q_OBJECT
public:
    explicit PaneFocus(QWidget* window);

    // A pane: a dock widget, or a widget of the window's centre.
    void addPane(QWidget* pane);
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }

    // Moves the focus to the next (or previous) control of the panes, as Tab
    // (or Shift+Tab) does; false when the focus is in none of them.
    bool focusNextControl(bool next) const;

public slots:
    void focusNext();
    void focusPrevious();

private:
    // The pane holding the keyboard focus, or -1.
    int currentPane() const;
    // Moves the focus STEP panes on, skipping hidden ones.
    void focusPaneAfter(int step);
    bool focusPane(QWidget* pane) const;

    std::vector<QWidget*> m_panes;
    QAction* m_next;
    QAction* m_previous;
};

// The controls of PANE that take focus by Tab, in their tab order, shown or
// not (Tab passes over hidden ones by itself).
std::vector<QWidget*> tabStopsOf(QWidget* pane);

} // namespace parley::ui
