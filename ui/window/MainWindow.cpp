#include "ui/window/MainWindow.h"

#include "ui/editor/Editor.h"
#include "ui/filters/FilterPanel.h"
#include "ui/model/DateText.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeasureDetails.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/panels/OfficialsList.h"
#include "ui/timeline/OverviewStrip.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/AnalysisViews.h"
#include "ui/window/EmptyState.h"
#include "ui/window/EraOffices.h"
#include "ui/window/LoadingState.h"
#include "ui/window/PaneFocus.h"
#include "ui/window/PanelDock.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new TimelineModel(this))
    , m_history(new NavigationHistory(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/parley.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createViews();
    createActions();
    createMenus();
    createToolBar();
    wireViews();
    restoreSettings();
    updateStatus();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_timeline = new TimelineView(this);
    m_overview = new OverviewStrip(this);
    auto* timelinePage = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addWidget(m_overview);

    auto* empty = new EmptyState(this);
    connect(empty, &EmptyState::importRequested, this, &MainWindow::importFile);
    connect(empty, &EmptyState::exampleRequested, this,
            [this](Example example) { openExample(example); });

    m_centre = new QStackedWidget(this);
    m_centre->addWidget(timelinePage);
    m_centre->addWidget(empty);
    m_loadingState = new LoadingState(this);
    m_centre->addWidget(m_loadingState);
    setCentralWidget(m_centre);

    m_filters = new FilterPanel(this);
    m_table = new MeetingsTable(this);
    m_details = new MeetingDetails(this);
    m_measureDetails = new MeasureDetails(this);
    m_detailsPages = new QStackedWidget(this);
    m_detailsPages->addWidget(m_details);
    m_detailsPages->addWidget(m_measureDetails);
    m_officialPanel = new OfficialPanel(this);
    m_officialsList = new OfficialsList(this);

    auto* filtersDock =
        addDock(m_filters, tr("Filters"), QStringLiteral("filters"), Qt::LeftDockWidgetArea);
    auto* officialsDock = addDock(m_officialsList, tr("Officials"), QStringLiteral("officials"),
                                  Qt::LeftDockWidgetArea);
    m_detailsDock =
        addDock(m_detailsPages, tr("Details"), QStringLiteral("details"), Qt::RightDockWidgetArea);
    m_officialDock = addDock(m_officialPanel, tr("Official"), QStringLiteral("official"),
                             Qt::RightDockWidgetArea);
    auto* tableDock =
        addDock(m_table, tr("Meetings"), QStringLiteral("meetings"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(filtersDock, officialsDock);
    filtersDock->raise();
    tabifyDockWidget(m_detailsDock, m_officialDock);
    m_detailsDock->raise();
    m_analysis = new AnalysisViews(this);
    m_eraOffices = new EraOffices(this, m_timeline);

    // F6 and Tab go round the panes in the order people read them.
    m_paneFocus = new PaneFocus(this);
    for (QWidget* pane :
         {static_cast<QWidget*>(filtersDock), static_cast<QWidget*>(m_timeline),
          static_cast<QWidget*>(tableDock), static_cast<QWidget*>(m_detailsDock),
          static_cast<QWidget*>(m_officialDock), static_cast<QWidget*>(officialsDock)})
        m_paneFocus->addPane(pane);
    for (QWidget* pane : m_analysis->docks())
        m_paneFocus->addPane(pane);

    m_countsLabel = new QLabel(this);
    m_rangeLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(tr("Read-only: this file or its folder cannot be written"), this);
    m_readOnlyLabel->setToolTip(
        tr("Parley shows this database but cannot import into it or edit it. Copy "
           "it to a folder you can write to, or change its permissions."));
    m_readOnlyLabel->hide();
    m_highlightIndicator = new QToolButton(this);
    m_highlightIndicator->setObjectName(QStringLiteral("highlightIndicator"));
    m_highlightIndicator->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_highlightIndicator->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_highlightIndicator->setAutoRaise(true);
    m_highlightIndicator->setToolTip(tr("Stop highlighting (Escape)"));
    m_highlightIndicator->hide();
    connect(m_highlightIndicator, &QToolButton::clicked, this,
            [this] { setHighlightedOfficial({}); });
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_highlightIndicator);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_rangeLabel);
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area)
{
    auto* dock = makePanelDock(widget, title, objectName, this);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::wireViews()
{
    connect(m_model, &TimelineModel::snapshotChanged, this, &MainWindow::onSnapshotChanged);
    // The views show nothing of the database before while the next one loads.
    connect(m_model, &TimelineModel::storeChanged, this,
            [this] { showInViews(m_model->snapshot()); });
    connect(m_model, &TimelineModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_model, &TimelineModel::queryFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The query failed: %1").arg(message));
    });
    m_loadWatch = new QTimer(this);
    m_loadWatch->setInterval(kLoadWatchIntervalMs);
    connect(m_loadWatch, &QTimer::timeout, this, &MainWindow::showLoadProgress);
    connect(m_model, &TimelineModel::loadingChanged, this, &MainWindow::onLoadingChanged);

    // Every view proposes a selection to the model; the model tells every view.
    connect(m_timeline, &TimelineView::meetingActivated, m_model,
            &TimelineModel::setSelectedMeeting);
    connect(m_table, &MeetingsTable::meetingActivated, m_model, &TimelineModel::setSelectedMeeting);
    connect(m_officialPanel, &OfficialPanel::meetingActivated, this, &MainWindow::showMeeting);
    connect(m_measureDetails, &MeasureDetails::meetingActivated, this, &MainWindow::showMeeting);

    connect(m_timeline, &TimelineView::measureActivated, this, &MainWindow::showMeasure);
    connect(m_details, &MeetingDetails::measureActivated, this, &MainWindow::showMeasure);

    connect(m_timeline, &TimelineView::officialActivated, this, &MainWindow::showOfficial);
    connect(m_details, &MeetingDetails::officialActivated, this, &MainWindow::showOfficial);
    connect(m_officialPanel, &OfficialPanel::officialActivated, this, &MainWindow::showOfficial);
    connect(m_officialsList, &OfficialsList::officialActivated, this, &MainWindow::showOfficial);
    connect(m_details, &MeetingDetails::citationRequested, this, &MainWindow::copyCitation);
    connect(m_officialPanel, &OfficialPanel::citationRequested, this, &MainWindow::copyCitation);
    connect(m_officialPanel, &OfficialPanel::channelWithRequested, m_analysis,
            [this](const QString& officialId) {
                m_analysis->channelWith(Side::official(officialId.toStdString()));
            });
    connect(m_filters, &FilterPanel::channelWithRequested, m_analysis, [this](const QString& code) {
        m_analysis->channelWith(Side::country(code.toStdString()));
    });
    connect(m_officialPanel, &OfficialPanel::showOnTimelineRequested, this,
            [this](const QString& officialId, bool on) {
                setHighlightedOfficial(on ? officialId : QString());
            });

    m_timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timeline, &QWidget::customContextMenuRequested, this, &MainWindow::showTimelineMenu);
    connect(m_table, &MeetingsTable::meetingMenuRequested, this, &MainWindow::showMeetingMenu);
    // A drag on the timeline is one edit, applied (or refused, with the
    // reason in the status bar) by the Editor.
    connect(m_timeline, &TimelineView::meetingMoveRequested, m_editor,
            [this](const QString& id, Date start, Date end, const QString& host) {
                m_editor->moveMeeting(id, start, end, host);
            });

    connect(m_filters, &FilterPanel::filterChanged, m_model, &TimelineModel::setFilter);
    connect(m_filters, &FilterPanel::rangeChosen, m_timeline, &TimelineView::setVisibleRange);
    connect(m_timeline, &TimelineView::visibleRangeChanged, this, [this](Period range) {
        m_overview->setVisibleRange(range);
        updateStatus();
    });
    connect(m_overview, &OverviewStrip::rangeRequested, m_timeline, &TimelineView::setVisibleRange);
    connect(m_history, &NavigationHistory::navigate, this, &MainWindow::onNavigate);
}

void MainWindow::updateStatus()
{
    const auto& snapshot = *m_model->snapshot();
    const QLocale locale;
    const QString meetings = tr("%1 of %2 meetings")
                                 .arg(locale.toString(qulonglong(snapshot.meetings.size())),
                                      locale.toString(snapshot.totalMeetings));
    m_countsLabel->setText(
        m_showMeasuresAction && m_showMeasuresAction->isChecked()
            ? tr("%1, %2 measures")
                  .arg(meetings, locale.toString(qulonglong(snapshot.measures.size())))
            : meetings);
    const Period range = m_timeline->visibleRange();
    m_rangeLabel->setText(
        tr("Showing %1 – %2").arg(dateText(range.begin()), dateText(range.last())));
}

void MainWindow::updateTitle()
{
    const QString name =
        m_databaseFile.isEmpty() ? tr("No database") : QFileInfo(m_databaseFile).fileName();
    setWindowTitle(m_readOnly ? tr("%1 (read-only) — Parley").arg(name)
                              : tr("%1 — Parley").arg(name));
}

// Tab goes round the panes in the order F6 does, whatever order the widgets
// were made in.
bool MainWindow::focusNextPrevChild(bool next)
{
    return m_paneFocus->focusNextControl(next) || QMainWindow::focusNextPrevChild(next);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace parley::ui
