#pragma once

#include "ui/timeline/OfficeEras.h"

#include <QObject>

#include <vector>

class QAction;
class QMenu;

namespace parley::ui {

class MainWindow;
class TimelineView;

// Which offices the timeline shows as eras, and whether it shows them: the
// View menu's "Office Bands" (on, with the U.S. President and Secretary of
// State, until the user says otherwise) and "Choose Offices…", a list of
// every office of the open database to tick. Kept between sessions.
class EraOffices : public QObject {
    Q_OBJECT
public:
    EraOffices(MainWindow* window, TimelineView* timeline);

    void addActionsTo(QMenu* view);
    const std::vector<OfficeKey>& offices() const { return m_offices; }
    void setOffices(std::vector<OfficeKey> offices);
    QAction* showAction() const { return m_show; }

private:
    void apply();
    void choose();

    MainWindow* m_window;
    TimelineView* m_timeline;
    QAction* m_show;
    std::vector<OfficeKey> m_offices;
};

} // namespace parley::ui
