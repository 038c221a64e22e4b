#pragma once

#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/window/DataExchange.h"
#include "ui/window/DatabaseFiles.h"
#include "ui/window/NavigationHistory.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace parley::ui {

class FilterPanel;
class MeetingDetails;
class MeetingsTable;
class OfficialPanel;
class OfficialsList;
class OverviewStrip;
class TimelineModel;
class TimelineView;
struct StartupOptions;

// Parley's window: the timeline in the middle, panels in docks around it.
// It wires views to the one TimelineModel and holds no data of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database; on failure keeps the current one and says why: in
    // `error` when given, else in a dialog. Returns whether it opened.
    bool openDatabase(const QString& file, QString* error = nullptr);
    // Opens an example built into Parley, making its database the first time.
    bool openExample(Example example, QString* error = nullptr);
    // Puts the window in the state the command line asks for.
    void applyStartup(const StartupOptions& options);
    // Waits (running the event loop) until the current query has returned.
    bool waitUntilIdle(int timeoutMs);

    // Writes the timeline view as PNG, SVG or PDF (by the file's suffix).
    bool exportView(const QString& file, QSize size, QString* error) const;

    void showMeeting(const QString& meetingId);
    void showOfficial(const QString& officialId);

    TimelineModel* model() const { return m_model; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // MainWindow.cpp: layout and wiring.
    void createViews();
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area);
    void wireViews();
    void onSnapshotChanged(const SnapshotPtr& snapshot);
    void onSelectionChanged(const QString& meetingId);
    void onNavigate(const Place& place);
    void updateStatus();
    void updateTitle();
    void restoreSettings();
    void saveSettings() const;

    // MainWindowActions.cpp: actions, menus, tool bar and the dialogs they open.
    void createActions();
    void createMenus();
    void createToolBar();
    void rebuildRecentMenu();
    void setGrouping(Grouping grouping);
    void chooseDatabase();
    void importJson();
    void exportViewDialog();
    void exportMeetings(DataExchange::MeetingsFormat format);
    void printView();
    void showShortcuts();
    void showAbout();

    TimelineModel* m_model;
    NavigationHistory* m_history;
    QString m_databaseFile;
    bool m_readOnly = false;

    QStackedWidget* m_centre = nullptr;
    TimelineView* m_timeline = nullptr;
    OverviewStrip* m_overview = nullptr;
    FilterPanel* m_filters = nullptr;
    MeetingsTable* m_table = nullptr;
    MeetingDetails* m_details = nullptr;
    OfficialPanel* m_officialPanel = nullptr;
    OfficialsList* m_officialsList = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_officialDock = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;

    QAction* m_importAction = nullptr;
    QActionGroup* m_groupingActions = nullptr;
    QAction* m_showMeasuresAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
};

} // namespace parley::ui
