#pragma once

#include "db/model/RecordRules.h"
#include "ui/model/Grouping.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/MeetingCitation.h"
#include "ui/window/DataExchange.h"
#include "ui/window/DatabaseFiles.h"
#include "ui/window/NavigationHistory.h"
#include "ui/window/ViewState.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace parley::ui {

class AnalysisViews;
class Editor;
class EraOffices;
class FilterPanel;
class LoadingState;
class MeasureDetails;
class MeetingDetails;
class MeetingsTable;
class OfficialPanel;
class OfficialsList;
class OverviewStrip;
class PaneFocus;
class TimelineExport;
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
    // `error` when given, else in a dialog. Returns whether it opened. The
    // database comes back as the user left it (filters, range, grouping,
    // selection) unless setRemembersViewState(false) was called.
    bool openDatabase(const QString& file, QString* error = nullptr);
    // Off for a window that renders what its command line says and nothing
    // else (--screenshot, --export): it neither restores nor keeps a state.
    void setRemembersViewState(bool remember) { m_remembersViewState = remember; }
    // Opens an example built into Parley, making its database the first time.
    bool openExample(Example example, QString* error = nullptr);
    // Puts the window in the state the command line asks for.
    void applyStartup(const StartupOptions& options);
    // Waits (running the event loop) until the current query has returned.
    bool waitUntilIdle(int timeoutMs);

    // Writes the timeline view as PNG, SVG or PDF (by the file's suffix),
    // listing the sources of what it shows under it when CITE.
    bool exportView(const QString& file, QSize size, bool cite, QString* error) const;

    void showMeeting(const QString& meetingId);
    void showMeasure(const QString& measureId);
    void showOfficial(const QString& officialId);
    // Draws this official's meetings normally and dims the rest; empty for none.
    void setHighlightedOfficial(const QString& officialId);
    // Puts the meeting's citation on the clipboard, and says so.
    void copyCitation(const QString& meetingId, MeetingCitation::Format format);
    // Shows FILTER in the filter panel and every view.
    void showFilter(const Filter& filter);

    TimelineModel* model() const { return m_model; }
    // Every change to the database goes through it: forms, deletion, undo.
    Editor* editor() const { return m_editor; }
    // Channels, what followed, new since last open.
    AnalysisViews* analysis() const { return m_analysis; }
    // The offices drawn as eras on the timeline.
    EraOffices* eraOffices() const { return m_eraOffices; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    // MainWindow.cpp: layout and wiring.
    void createViews();
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area);
    void wireViews();
    void updateStatus();
    void updateTitle();

    // MainWindowDatabase.cpp: the open file and what belongs to it.
    void showNewDatabase(const ViewState& state);
    void onSnapshotChanged(const SnapshotPtr& snapshot);
    // The timeline, the overview, the table and the lists of the filters and
    // officials, which show the meetings of SNAPSHOT.
    void showInViews(const SnapshotPtr& snapshot);
    void arrive(const ViewState& state);
    // The load of the database's data: its progress, once it lasts long
    // enough to be seen, in the status bar, and in the middle of a database
    // just opened.
    void onLoadingChanged(bool loading);
    void showLoadProgress();
    // Runs WORK now, or once the newest query of the database open now has
    // delivered its snapshot.
    void whenIdle(const std::function<void()>& work);
    ViewState currentViewState() const;
    void restoreSettings();
    void saveSettings() const;

    // MainWindowNavigation.cpp: which record the panels show.
    void onSelectionChanged(const QString& meetingId);
    void onNavigate(const Place& place);
    void showDetailsPage(QWidget* page);
    void clearSelectionOrHighlight();

    // MainWindowMenus.cpp: context menus of meetings and measures.
    void showTimelineMenu(QPoint pos);
    void showMeetingMenu(const QString& meetingId, QPoint globalPos);
    void showMeasureMenu(const QString& measureId, QPoint globalPos);
    // Edit, Duplicate and Delete of a record, for its context menu.
    void addEditEntries(QMenu& menu, RecordKind kind, const QString& id);
    void exportOneMeeting(const QString& meetingId, DataExchange::MeetingsFormat format);

    // MainWindowActions.cpp: actions, menus, tool bar and the dialogs they open.
    void createActions();
    void createMenus();
    void createToolBar();
    void rebuildRecentMenu();
    void setGrouping(Grouping grouping);
    void chooseDatabase();
    void importFile();
    void exportViewDialog();
    void exportMeetings(DataExchange::MeetingsFormat format);
    void printView();
    // The view to export or print, citing its sources when CITE.
    TimelineExport viewExport(bool cite) const;
    void showShortcuts();
    void showAbout();

    TimelineModel* m_model;
    NavigationHistory* m_history;
    Editor* m_editor = nullptr;
    QString m_databaseFile;
    bool m_readOnly = false;
    bool m_remembersViewState = true;
    // The state to show once the first snapshot of a newly opened database arrives.
    std::optional<ViewState> m_arriving;
    QString m_highlightedOfficial;

    QStackedWidget* m_centre = nullptr;
    LoadingState* m_loadingState = nullptr;
    QTimer* m_loadWatch = nullptr;
    // A load shorter than this shows nothing of itself: a page that flashed
    // by would only distract.
    static constexpr int kLoadWatchIntervalMs = 250;
    TimelineView* m_timeline = nullptr;
    OverviewStrip* m_overview = nullptr;
    FilterPanel* m_filters = nullptr;
    MeetingsTable* m_table = nullptr;
    QStackedWidget* m_detailsPages = nullptr;
    MeetingDetails* m_details = nullptr;
    MeasureDetails* m_measureDetails = nullptr;
    OfficialPanel* m_officialPanel = nullptr;
    OfficialsList* m_officialsList = nullptr;
    AnalysisViews* m_analysis = nullptr;
    EraOffices* m_eraOffices = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_officialDock = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
    QToolButton* m_highlightIndicator = nullptr;
    PaneFocus* m_paneFocus = nullptr;

    QAction* m_importAction = nullptr;
    QActionGroup* m_groupingActions = nullptr;
    QAction* m_showMeasuresAction = nullptr;
    QAction* m_citeSourcesAction = nullptr; // in exports and prints of the view
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
};

} // namespace parley::ui
