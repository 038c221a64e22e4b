#include "ui/window/MainWindow.h"

#include "db/model/Errors.h"
#include "db/store/Store.h"
#include "ui/filters/FilterPanel.h"
#include "ui/model/DateText.h"
#include "ui/model/GroupingNames.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/panels/OfficialDossier.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/panels/OfficialsList.h"
#include "ui/timeline/OverviewStrip.h"
#include "ui/timeline/TimelineExport.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/DatabaseFiles.h"
#include "ui/window/EmptyState.h"
#include "ui/window/StartupOptions.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace parley::ui {

namespace {

enum CentrePage { TimelinePage, EmptyPage };

} // namespace

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
    connect(empty, &EmptyState::importRequested, this, &MainWindow::importJson);
    connect(empty, &EmptyState::exampleRequested, this,
            [this](Example example) { openExample(example); });

    m_centre = new QStackedWidget(this);
    m_centre->insertWidget(TimelinePage, timelinePage);
    m_centre->insertWidget(EmptyPage, empty);
    setCentralWidget(m_centre);

    m_filters = new FilterPanel(this);
    m_table = new MeetingsTable(this);
    m_details = new MeetingDetails(this);
    m_officialPanel = new OfficialPanel(this);
    m_officialsList = new OfficialsList(this);

    auto* filtersDock =
        addDock(m_filters, tr("Filters"), QStringLiteral("filters"), Qt::LeftDockWidgetArea);
    auto* officialsDock = addDock(m_officialsList, tr("Officials"), QStringLiteral("officials"),
                                  Qt::LeftDockWidgetArea);
    m_detailsDock = addDock(m_details, tr("Meeting details"), QStringLiteral("details"),
                            Qt::RightDockWidgetArea);
    m_officialDock = addDock(m_officialPanel, tr("Official"), QStringLiteral("official"),
                             Qt::RightDockWidgetArea);
    addDock(m_table, tr("Meetings"), QStringLiteral("meetings"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(filtersDock, officialsDock);
    filtersDock->raise();
    tabifyDockWidget(m_detailsDock, m_officialDock);
    m_detailsDock->raise();

    m_countsLabel = new QLabel(this);
    m_rangeLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(tr("Read-only: this file or its folder cannot be written"), this);
    m_readOnlyLabel->setToolTip(tr("Parley shows this database but cannot import into it. Copy "
                                   "it to a folder you can write to, or change its permissions."));
    m_readOnlyLabel->hide();
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_rangeLabel);
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::wireViews()
{
    connect(m_model, &TimelineModel::snapshotChanged, this, &MainWindow::onSnapshotChanged);
    connect(m_model, &TimelineModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_model, &TimelineModel::queryFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The query failed: %1").arg(message));
    });

    // Every view proposes a selection to the model; the model tells every view.
    connect(m_timeline, &TimelineView::meetingActivated, m_model,
            &TimelineModel::setSelectedMeeting);
    connect(m_table, &MeetingsTable::meetingActivated, m_model, &TimelineModel::setSelectedMeeting);
    connect(m_officialPanel, &OfficialPanel::meetingActivated, this, &MainWindow::showMeeting);

    connect(m_timeline, &TimelineView::officialActivated, this, &MainWindow::showOfficial);
    connect(m_details, &MeetingDetails::officialActivated, this, &MainWindow::showOfficial);
    connect(m_officialPanel, &OfficialPanel::officialActivated, this, &MainWindow::showOfficial);
    connect(m_officialsList, &OfficialsList::officialActivated, this, &MainWindow::showOfficial);
    connect(m_officialPanel, &OfficialPanel::showOnTimelineRequested, this,
            [this](const QString& officialId, bool on) {
                m_timeline->setHighlightedOfficial(on ? officialId : QString());
            });

    connect(m_filters, &FilterPanel::filterChanged, m_model, &TimelineModel::setFilter);
    connect(m_timeline, &TimelineView::visibleRangeChanged, this, [this](Period range) {
        m_overview->setVisibleRange(range);
        updateStatus();
    });
    connect(m_overview, &OverviewStrip::rangeRequested, m_timeline, &TimelineView::setVisibleRange);
    connect(m_history, &NavigationHistory::navigate, this, &MainWindow::onNavigate);
}

bool MainWindow::openDatabase(const QString& file, QString* error)
{
    std::shared_ptr<Store> store;
    try {
        // Opens read-only by itself when the file or its folder cannot be written.
        store = std::make_shared<Store>(Store::open(file.toStdString()));
    } catch (const std::exception& e) {
        const QString reason = QString::fromStdString(e.what());
        if (error)
            *error = reason;
        else
            QMessageBox::warning(this, tr("Cannot open the database"),
                                 tr("Parley cannot open this database:\n\n%1").arg(reason));
        return false;
    }
    m_databaseFile = QFileInfo(file).absoluteFilePath();
    m_readOnly = store->isReadOnly();
    m_importAction->setEnabled(!m_readOnly);
    m_readOnlyLabel->setVisible(m_readOnly);
    // An upgrade wrote a backup copy; the user should know where it is.
    const auto notice = store->migrationNotice();
    if (notice && !error)
        QMessageBox::information(this, tr("Database upgraded"), QString::fromStdString(*notice));
    DatabaseFiles::addRecentFile(m_databaseFile);
    rebuildRecentMenu();
    m_model->setSelectedMeeting({});
    m_model->setStore(std::move(store));
    updateTitle();
    return true;
}

void MainWindow::applyStartup(const StartupOptions& options)
{
    if (options.grouping)
        setGrouping(*options.grouping);
    if (!options.filter.isEmpty()) {
        m_filters->setFilter(options.filter);
        m_model->setFilter(options.filter);
        if (options.filter.from() && options.filter.to())
            m_timeline->setVisibleRange(
                Period(*options.filter.from(), *options.filter.to() + boost::gregorian::days(1)));
    }
    waitUntilIdle(30000);
    if (!options.meeting.isEmpty())
        showMeeting(options.meeting);
    if (!options.official.isEmpty())
        showOfficial(options.official);
}

bool MainWindow::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_model->isQuerying() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    return !m_model->isQuerying();
}

bool MainWindow::exportView(const QString& file, QSize size, QString* error) const
{
    return TimelineExport(*m_timeline).save(file, size, error);
}

void MainWindow::showMeeting(const QString& meetingId)
{
    if (!m_model->snapshot()->meeting(meetingId.toStdString())) {
        statusBar()->showMessage(
            tr("Meeting “%1” is not among the meetings shown.").arg(meetingId));
        return;
    }
    m_model->setSelectedMeeting(meetingId);
}

void MainWindow::showOfficial(const QString& officialId)
{
    if (!m_model->store())
        return;
    try {
        const auto dossier =
            OfficialDossier::build(officialId.toStdString(), *m_model->snapshot()->reference);
        m_officialPanel->showOfficial(m_model->snapshot(), dossier);
    } catch (const std::exception& error) {
        statusBar()->showMessage(QString::fromStdString(error.what()));
        return;
    }
    m_officialDock->show();
    m_officialDock->raise();
    m_history->visit({Place::Kind::Official, officialId});
}

void MainWindow::onSnapshotChanged(const SnapshotPtr& snapshot)
{
    m_centre->setCurrentIndex(snapshot->totalMeetings == 0 ? EmptyPage : TimelinePage);
    m_timeline->setSnapshot(snapshot);
    m_overview->setSnapshot(snapshot);
    m_table->setSnapshot(snapshot);
    m_filters->setSnapshot(snapshot);
    m_officialsList->setSnapshot(snapshot);
    onSelectionChanged(m_model->selectedMeeting());
    updateStatus();
}

void MainWindow::onSelectionChanged(const QString& meetingId)
{
    m_timeline->setSelectedMeeting(meetingId);
    m_table->setSelectedMeeting(meetingId);
    if (meetingId.isEmpty()) {
        m_details->clear();
        return;
    }
    // The snapshot holds brief records; the panel shows the meeting in full.
    const auto meeting =
        m_model->store() ? m_model->store()->meeting(meetingId.toStdString()) : std::nullopt;
    if (meeting)
        m_details->showMeeting(m_model->snapshot(), *meeting,
                               m_model->store()->sources(meeting->sources));
    else
        m_details->clear();
    m_detailsDock->show();
    m_detailsDock->raise();
    m_history->visit({Place::Kind::Meeting, meetingId});
}

void MainWindow::onNavigate(const Place& place)
{
    if (place.kind == Place::Kind::Official)
        showOfficial(place.id);
    else
        showMeeting(place.id);
}

void MainWindow::updateStatus()
{
    const auto& snapshot = *m_model->snapshot();
    m_countsLabel->setText(tr("%1 of %2 meetings, %3 measures")
                               .arg(snapshot.meetings.size())
                               .arg(snapshot.totalMeetings)
                               .arg(snapshot.measures.size()));
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

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (const auto grouping =
            groupingFromName(settings.value(QStringLiteral("view/grouping")).toString()))
        setGrouping(*grouping);
    m_showMeasuresAction->setChecked(
        settings.value(QStringLiteral("view/showMeasures"), true).toBool());
    const auto from =
        parseIsoDate(settings.value(QStringLiteral("view/from")).toString().toStdString());
    const auto to =
        parseIsoDate(settings.value(QStringLiteral("view/to")).toString().toStdString());
    if (from && to && *from < *to)
        m_timeline->setVisibleRange(Period(*from, *to));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/grouping"), groupingName(m_timeline->grouping()));
    settings.setValue(QStringLiteral("view/showMeasures"), m_timeline->showMeasures());
    const Period range = m_timeline->visibleRange();
    settings.setValue(QStringLiteral("view/from"), QString::fromStdString(toIso(range.begin())));
    settings.setValue(QStringLiteral("view/to"), QString::fromStdString(toIso(range.end())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace parley::ui
