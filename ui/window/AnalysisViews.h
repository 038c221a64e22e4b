#pragma once

#include "db/analysis/Side.h"
#include "db/model/Dates.h"
#include "ui/model/TimelineSnapshot.h"

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace parley::ui {

class ChannelPanel;
class ChannelsList;
class MainWindow;
class NewSinceLastOpenPanel;
class SinceLastOpen;
class WhatFollowedPanel;

// The window's analysis views, docked beside the others: Channel, Channels,
// What followed and New since last open, with their View menu entries and
// shortcuts. They follow the open database and its snapshots, and show
// records through the window, as any panel does.
class AnalysisViews : public QObject {
    Q_OBJECT
public:
    // Docks the views in WINDOW, beside its details and its filters.
    explicit AnalysisViews(MainWindow* window);

    QList<QDockWidget*> docks() const;
    void addActionsTo(QMenu* view);
    // Another database: what the views showed of the previous one goes.
    void databaseOpened(const QString& file);
    // The day "since" counts to, in place of the system's date.
    void setToday(Date today);

    ChannelPanel* channelPanel() const { return m_channel; }
    ChannelsList* channelsList() const { return m_channels; }
    WhatFollowedPanel* whatFollowedPanel() const { return m_followed; }
    NewSinceLastOpenPanel* newSinceLastOpenPanel() const { return m_newSince; }
    // What is new since the database was last seen; the timeline marks it.
    SinceLastOpen* sinceLastOpen() const { return m_sinceLastOpen; }

public slots:
    void showChannel(const parley::Side& a, const parley::Side& b);
    // Opens the Channel panel with A, waiting for the other side.
    void channelWith(const parley::Side& a);
    void showFollowed(const QString& recordId);
    void measureShown(const QString& measureId);

private:
    void raise(QDockWidget* dock, QWidget* focus = nullptr);
    void onSnapshotChanged(const SnapshotPtr& snapshot);
    void showInPanels(const SnapshotPtr& snapshot);
    void onSelectionChanged(const QString& meetingId);
    void showOnTimeline(const Side& a, const Side& b);
    void showCountermeasures(const QString& a, const QString& b);
    void showSinceLastOpen();

    MainWindow* m_window;
    QString m_database;
    SinceLastOpen* m_sinceLastOpen;
    ChannelPanel* m_channel;
    ChannelsList* m_channels;
    WhatFollowedPanel* m_followed;
    NewSinceLastOpenPanel* m_newSince;
    QDockWidget* m_channelDock;
    QDockWidget* m_channelsDock;
    QDockWidget* m_followedDock;
    QDockWidget* m_newSinceDock;
};

} // namespace parley::ui
