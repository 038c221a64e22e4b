#include "ui/window/AnalysisViews.h"

#include "ui/model/HtmlText.h"
#include "ui/model/SinceLastOpen.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/ChannelPanel.h"
#include "ui/panels/ChannelsList.h"
#include "ui/panels/NewSinceLastOpenPanel.h"
#include "ui/panels/SidePicker.h"
#include "ui/panels/WhatFollowedPanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"
#include "ui/window/PanelDock.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTreeView>

namespace parley::ui {

AnalysisViews::AnalysisViews(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_sinceLastOpen(new SinceLastOpen(this))
    , m_channel(new ChannelPanel(window))
    , m_channels(new ChannelsList(window))
    , m_followed(new WhatFollowedPanel(window))
    , m_newSince(new NewSinceLastOpenPanel(window))
    , m_channelDock(makePanelDock(m_channel, tr("Channel"), QStringLiteral("channel"), window))
    , m_channelsDock(makePanelDock(m_channels, tr("Channels"), QStringLiteral("channels"), window))
    , m_followedDock(
          makePanelDock(m_followed, tr("What followed"), QStringLiteral("whatFollowed"), window))
    , m_newSinceDock(makePanelDock(m_newSince, tr("New since last open"),
                                   QStringLiteral("newSinceLastOpen"), window))
{
    // Beside the details and beside the filters, behind them until asked for.
    const auto existing = [window](const char* name) {
        return window->findChild<QDockWidget*>(QString::fromLatin1(name));
    };
    for (auto [beside, added] : {std::pair(existing("details"), m_channelDock),
                                 std::pair(existing("details"), m_followedDock),
                                 std::pair(existing("filters"), m_channelsDock),
                                 std::pair(existing("filters"), m_newSinceDock)}) {
        window->addDockWidget(beside ? window->dockWidgetArea(beside) : Qt::RightDockWidgetArea,
                              added);
        if (beside)
            window->tabifyDockWidget(beside, added);
    }
    for (const char* name : {"details", "filters"}) {
        if (auto* first = existing(name))
            first->raise();
    }

    auto* model = window->model();
    connect(model, &TimelineModel::snapshotChanged, this, &AnalysisViews::onSnapshotChanged);
    // Nothing of the database before while the next one loads.
    connect(model, &TimelineModel::storeChanged, this,
            [this, model] { showInPanels(model->snapshot()); });
    connect(model, &TimelineModel::selectionChanged, this, &AnalysisViews::onSelectionChanged);
    connect(m_channel, &ChannelPanel::meetingActivated, window, &MainWindow::showMeeting);
    connect(m_channel, &ChannelPanel::showOnTimelineRequested, this,
            &AnalysisViews::showOnTimeline);
    connect(m_channel, &ChannelPanel::countermeasuresRequested, this,
            &AnalysisViews::showCountermeasures);
    connect(m_channels, &ChannelsList::channelRequested, this, &AnalysisViews::showChannel);
    connect(m_followed, &WhatFollowedPanel::meetingActivated, window, &MainWindow::showMeeting);
    connect(m_followed, &WhatFollowedPanel::measureActivated, window, &MainWindow::showMeasure);
    connect(m_newSince, &NewSinceLastOpenPanel::meetingActivated, window, &MainWindow::showMeeting);
    connect(m_newSince, &NewSinceLastOpenPanel::officialActivated, window,
            &MainWindow::showOfficial);
    connect(m_newSince, &NewSinceLastOpenPanel::measureActivated, window, &MainWindow::showMeasure);
    connect(m_newSince, &NewSinceLastOpenPanel::markAllSeenRequested, m_sinceLastOpen,
            &SinceLastOpen::markAllSeen);
    connect(m_sinceLastOpen, &SinceLastOpen::changed, this, &AnalysisViews::showSinceLastOpen);
    if (auto* timeline = window->findChild<TimelineView*>()) {
        connect(m_sinceLastOpen, &SinceLastOpen::changed, timeline,
                [this, timeline] { timeline->setNewRecords(m_sinceLastOpen->newRecords()); });
    }
    connect(m_sinceLastOpen, &SinceLastOpen::busyChanged, this, &AnalysisViews::showSinceLastOpen);
}

QList<QDockWidget*> AnalysisViews::docks() const
{
    return {m_channelDock, m_followedDock, m_channelsDock, m_newSinceDock};
}

void AnalysisViews::addActionsTo(QMenu* view)
{
    view->addSeparator();
    const auto add = [&](const QString& text, const QKeySequence& keys, const char* name,
                         auto slot) {
        auto* action = view->addAction(text, keys, this, slot);
        action->setObjectName(QString::fromLatin1(name));
    };
    add(tr("C&hannel…"), QKeySequence(tr("Ctrl+Shift+C")), "showChannel",
        [this] { raise(m_channelDock, m_channel->pickerA()); });
    add(tr("Channe&ls"), QKeySequence(tr("Ctrl+Shift+L")), "showChannels",
        [this] { raise(m_channelsDock); });
    add(tr("&What Followed"), QKeySequence(tr("Ctrl+Shift+W")), "showWhatFollowed",
        [this] { raise(m_followedDock); });
    add(tr("&New Since Last Open"), QKeySequence(tr("Ctrl+Shift+N")), "showNewSinceLastOpen",
        [this] { raise(m_newSinceDock); });
}

void AnalysisViews::raise(QDockWidget* dock, QWidget* focus)
{
    dock->show();
    dock->raise();
    (focus ? focus : dock->widget())->setFocus();
}

void AnalysisViews::databaseOpened(const QString& file)
{
    m_database = file;
    m_channel->clear();
    m_followed->clear();
    m_sinceLastOpen->clear();
}

void AnalysisViews::setToday(Date today)
{
    m_channel->setToday(today);
    m_channels->setToday(today);
}

void AnalysisViews::onSnapshotChanged(const SnapshotPtr& snapshot)
{
    const bool dataChanged = snapshot->reference != m_sinceLastOpen->reference();
    showInPanels(snapshot);
    // Compared again only when the records change, not with every filter.
    if (dataChanged && !m_database.isEmpty())
        m_sinceLastOpen->setDatabase(m_database, snapshot->reference);
}

void AnalysisViews::showInPanels(const SnapshotPtr& snapshot)
{
    m_channel->setSnapshot(snapshot);
    m_channels->setSnapshot(snapshot);
    m_followed->setSnapshot(snapshot);
}

void AnalysisViews::onSelectionChanged(const QString& meetingId)
{
    if (!meetingId.isEmpty())
        m_followed->showMeeting(meetingId.toStdString());
}

void AnalysisViews::measureShown(const QString& measureId)
{
    m_followed->showMeasure(measureId.toStdString());
}

void AnalysisViews::showChannel(const Side& a, const Side& b)
{
    m_channel->showChannel(a, b);
    raise(m_channelDock, m_channel->meetingsView());
}

void AnalysisViews::channelWith(const Side& a)
{
    m_channel->chooseOtherSide(a);
    raise(m_channelDock, m_channel->pickerB());
}

void AnalysisViews::showFollowed(const QString& recordId)
{
    const auto snapshot = m_window->model()->snapshot();
    if (snapshot->measure(recordId.toStdString()))
        m_window->showMeasure(recordId);
    else
        m_window->showMeeting(recordId);
    raise(m_followedDock);
}

void AnalysisViews::showCountermeasures(const QString& a, const QString& b)
{
    m_followed->showCountries(a.toStdString(), b.toStdString());
    raise(m_followedDock);
}

// The filter cannot say "both", so each kind of channel is shown as closely
// as it can: an official's meetings with the other side's highlighted or
// filtered, or one country's meetings in lanes by country, where the other
// country's lane is the channel.
void AnalysisViews::showOnTimeline(const Side& a, const Side& b)
{
    const auto snapshot = m_window->model()->snapshot();
    Filter filter;
    QString message;
    m_window->setHighlightedOfficial({});
    const Side& official = a.isCountry() ? b : a;
    const Side& other = a.isCountry() ? a : b;
    if (official.isCountry()) {
        filter.setCountries({a.id});
        if (auto* byCountry = m_window->findChild<QAction*>(QStringLiteral("groupByCountry")))
            byCountry->trigger();
        message = tr("Showing %1's meetings by country: the lane of %2 holds the channel.")
                      .arg(SidePicker::nameOf(a, *snapshot), SidePicker::nameOf(b, *snapshot));
    } else if (other.isCountry()) {
        filter.setOfficials({official.id});
        filter.setCountries({other.id});
        message =
            tr("Showing the meetings of %1 with %2.")
                .arg(SidePicker::nameOf(official, *snapshot), SidePicker::nameOf(other, *snapshot));
    } else {
        filter.setOfficials({a.id});
        m_window->setHighlightedOfficial(toQString(b.id));
        message = tr("Showing %1's meetings, those with %2 highlighted.")
                      .arg(SidePicker::nameOf(a, *snapshot), SidePicker::nameOf(b, *snapshot));
    }
    m_window->showFilter(filter);
    m_window->statusBar()->showMessage(message, 10000);
}

void AnalysisViews::showSinceLastOpen()
{
    m_newSince->setChanges(m_sinceLastOpen->changes(), m_sinceLastOpen->reference(),
                           m_sinceLastOpen->isBusy(), m_sinceLastOpen->problem());
}

} // namespace parley::ui
