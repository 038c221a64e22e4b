// MainWindow's open database: opening one, and keeping what the user set up
// in it (ViewState) apart from every other database.
#include "ui/window/MainWindow.h"

#include "db/store/Store.h"
#include "ui/filters/FilterPanel.h"
#include "ui/model/FigureSources.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeasureDetails.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/panels/OfficialsList.h"
#include "ui/timeline/OverviewStrip.h"
#include "ui/timeline/TimelineExport.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/AnalysisViews.h"
#include "ui/window/DatabaseFiles.h"
#include "ui/window/ErrorText.h"
#include "ui/window/LoadingState.h"
#include "ui/window/StartupOptions.h"

#include <QAction>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>

#include <memory>

namespace parley::ui {

namespace {

enum CentrePage { TimelinePage, EmptyPage };

} // namespace

bool MainWindow::openDatabase(const QString& file, QString* error)
{
    std::shared_ptr<Store> store;
    try {
        // Opens read-only by itself when the file or its folder cannot be written.
        store = std::make_shared<Store>(Store::open(file.toStdString()));
    } catch (const std::exception& e) {
        const QString reason = errorText(e.what());
        if (error)
            *error = reason;
        else
            QMessageBox::warning(this, tr("Cannot open the database"),
                                 tr("Parley cannot open this database:\n\n%1").arg(reason));
        return false;
    }
    if (m_remembersViewState && !m_databaseFile.isEmpty())
        currentViewState().remember(m_databaseFile);
    m_databaseFile = QFileInfo(file).absoluteFilePath();
    m_readOnly = store->isReadOnly();
    m_importAction->setEnabled(!m_readOnly);
    m_timeline->setMeetingsMovable(!m_readOnly);
    m_readOnlyLabel->setVisible(m_readOnly);
    // An upgrade wrote a backup copy; the user should know where it is.
    const auto notice = store->migrationNotice();
    if (notice && !error)
        QMessageBox::information(this, tr("Database upgraded"), QString::fromStdString(*notice));
    DatabaseFiles::addRecentFile(m_databaseFile);
    rebuildRecentMenu();
    const ViewState state =
        m_remembersViewState ? ViewState::remembered(m_databaseFile) : ViewState();
    showNewDatabase(state);
    m_model->setStore(std::move(store), state.filter,
                      DatabaseFiles::columnsFile(m_databaseFile).toStdString());
    updateStatus();
    updateTitle();
    return true;
}

// Nothing of the previous database stays: its history, the records its
// panels showed and its highlight name ids of that file.
void MainWindow::showNewDatabase(const ViewState& state)
{
    m_history->clear();
    m_details->clear();
    m_measureDetails->clear();
    m_officialPanel->clear();
    m_analysis->databaseOpened(m_databaseFile);
    setHighlightedOfficial({});
    setGrouping(state.grouping);
    m_filters->setFilter(state.filter);
    m_arriving = state;
}

void MainWindow::onSnapshotChanged(const SnapshotPtr& snapshot)
{
    m_centre->setCurrentIndex(snapshot->totalMeetings == 0 ? EmptyPage : TimelinePage);
    showInViews(snapshot);
    if (m_arriving)
        arrive(*std::exchange(m_arriving, std::nullopt));
    onSelectionChanged(m_model->selectedMeeting());
    updateStatus();
}

void MainWindow::showInViews(const SnapshotPtr& snapshot)
{
    m_timeline->setSnapshot(snapshot);
    m_overview->setSnapshot(snapshot);
    m_table->setSnapshot(snapshot);
    m_filters->setSnapshot(snapshot);
    m_officialsList->setSnapshot(snapshot);
}

void MainWindow::onLoadingChanged(bool loading)
{
    if (loading)
        return m_loadWatch->start();
    m_loadWatch->stop();
    // A load that failed leaves no snapshot to choose the page.
    if (m_centre->currentWidget() == m_loadingState)
        m_centre->setCurrentIndex(TimelinePage);
    updateStatus();
}

void MainWindow::showLoadProgress()
{
    const auto* progress = m_model->loadProgress();
    if (!progress)
        return;
    m_countsLabel->setText(loadingText(*progress));
    m_rangeLabel->clear(); // no range is shown yet
    // A database just opened shows none of the one before while it loads;
    // one reloaded after another program changed it stays as it was.
    if (m_arriving) {
        m_loadingState->showProgress(QFileInfo(m_databaseFile).fileName(), *progress);
        m_centre->setCurrentWidget(m_loadingState);
    }
}

// The first snapshot of a database just opened: the range and selection the
// user left it with, or everything when that range shows none of the data.
void MainWindow::arrive(const ViewState& state)
{
    if (state.range && showsAnyMeeting(*state.range, *m_model->snapshot()->reference))
        m_timeline->setVisibleRange(*state.range);
    else
        m_timeline->fitAll();
    if (!state.selectedMeeting.isEmpty() &&
        m_model->snapshot()->meeting(state.selectedMeeting.toStdString()))
        m_model->setSelectedMeeting(state.selectedMeeting);
}

ViewState MainWindow::currentViewState() const
{
    ViewState state;
    state.filter = m_model->filter();
    state.range = m_timeline->visibleRange();
    state.grouping = m_timeline->grouping();
    state.selectedMeeting = m_model->selectedMeeting();
    return state;
}

void MainWindow::showFilter(const Filter& filter)
{
    m_filters->setFilter(filter);
    m_model->setFilter(filter);
}

void MainWindow::applyStartup(const StartupOptions& options)
{
    if (options.grouping)
        setGrouping(*options.grouping);
    if (!options.filter.isEmpty()) {
        showFilter(options.filter);
        if (options.filter.from() && options.filter.to()) {
            const Period range(*options.filter.from(),
                               *options.filter.to() + boost::gregorian::days(1));
            if (m_arriving)
                m_arriving->range = range;
            m_timeline->setVisibleRange(range);
        }
    }
    // The records the options name are looked up once the data is in. The
    // window is the user's meanwhile: an event loop waiting here would end
    // with a window closed during it, and leave the program running unseen.
    whenIdle([this, options] {
        if (!options.meeting.isEmpty())
            showMeeting(options.meeting);
        if (!options.official.isEmpty())
            showOfficial(options.official);
        if (options.channel)
            m_analysis->showChannel(options.channel->first, options.channel->second);
        if (!options.followed.isEmpty())
            m_analysis->showFollowed(options.followed);
    });
}

void MainWindow::whenIdle(const std::function<void()>& work)
{
    if (!m_model->isQuerying())
        return work();
    auto connection = std::make_shared<QMetaObject::Connection>();
    // Not for another database opened meanwhile, after a load that failed.
    *connection = connect(m_model, &TimelineModel::snapshotChanged, this,
                          [this, work, connection, database = m_databaseFile] {
                              if (m_model->isQuerying())
                                  return;
                              disconnect(*connection);
                              if (m_databaseFile == database)
                                  work();
                          });
}

bool MainWindow::waitUntilIdle(int timeoutMs)
{
    // Sleeps in an event loop until the newest query is delivered: polling
    // (processEvents with a timeout does not wait) takes one of the two cores
    // the start's loading needs. The slow timer catches a query that ends
    // without a signal.
    if (m_model->isQuerying()) {
        QEventLoop loop;
        const auto quitWhenIdle = [this, &loop] {
            if (!m_model->isQuerying())
                loop.quit();
        };
        connect(m_model, &TimelineModel::snapshotChanged, &loop, quitWhenIdle);
        connect(m_model, &TimelineModel::queryFailed, &loop, quitWhenIdle);
        QTimer check;
        connect(&check, &QTimer::timeout, &loop, quitWhenIdle);
        check.start(100);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents();
    return !m_model->isQuerying();
}

bool MainWindow::exportView(const QString& file, QSize size, bool cite, QString* error) const
{
    return viewExport(cite).save(file, size, error);
}

TimelineExport MainWindow::viewExport(bool cite) const
{
    TimelineExport view(*m_timeline);
    if (cite && m_model->store())
        view.cite(std::make_shared<const FigureSources>(FigureSources::of(
            *m_model->store(), *m_model->snapshot(), view.range(), view.showsMeasures())));
    return view;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_showMeasuresAction->setChecked(
        settings.value(QStringLiteral("view/showMeasures"), true).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/showMeasures"), m_timeline->showMeasures());
    if (m_remembersViewState && !m_databaseFile.isEmpty())
        currentViewState().remember(m_databaseFile);
}

} // namespace parley::ui
