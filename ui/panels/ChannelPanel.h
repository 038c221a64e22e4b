#pragma once

#include "db/analysis/Channel.h"
#include "ui/model/TimelineSnapshot.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace parley::ui {

class ChannelChart;
class MeetingRowsModel;
class SidePicker;

// How two sides talk: pick two countries, two officials or one of each, and
// the panel shows every meeting between them in the whole database, how many
// a year, the median interval and the longest gaps, how long since they last
// met and which offices met. Meetings activate; the channel can be shown on
// the timeline and, between two countries, their measures and
// countermeasures.
class ChannelPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChannelPanel(QWidget* parent = nullptr);

    // Recomputes the channel when the database's records changed.
    void setSnapshot(SnapshotPtr snapshot);
    void showChannel(const Side& a, const Side& b);
    void clear();
    // Starts choosing the other side of a channel with A.
    void chooseOtherSide(const Side& a);
    // The day "days since" counts to: the system's date unless set.
    void setToday(Date today);

    const std::optional<Channel>& channel() const { return m_channel; }
    // The summary, the offices and the meetings as plain text.
    QString text() const;
    SidePicker* pickerA() const { return m_a; }
    SidePicker* pickerB() const { return m_b; }
    ChannelChart* chart() const { return m_chart; }
    QTreeView* meetingsView() const { return m_meetings; }

signals:
    void meetingActivated(const QString& id);
    void showOnTimelineRequested(const parley::Side& a, const parley::Side& b);
    void countermeasuresRequested(const QString& a, const QString& b);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onSidesChosen();
    void recompute();
    void render();
    QString summaryHtml() const;

    SnapshotPtr m_snapshot;
    std::optional<Date> m_today;
    std::optional<std::pair<Side, Side>> m_sides; // as chosen
    std::optional<Channel> m_channel;             // of two different sides
    SidePicker* m_a;
    SidePicker* m_b;
    QLabel* m_summary;
    ChannelChart* m_chart;
    QTabWidget* m_tabs;
    MeetingRowsModel* m_rows;
    QTreeView* m_meetings;
    QTreeWidget* m_offices;
    QPushButton* m_showOnTimeline;
    QPushButton* m_countermeasures;
};

} // namespace parley::ui
