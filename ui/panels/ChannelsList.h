#pragma once

#include "db/analysis/ChannelRanking.h"
#include "db/analysis/Side.h"
#include "ui/model/TimelineSnapshot.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace parley::ui {

// The channels between countries among the meetings shown: the busiest pairs
// and, of the pairs that met at least three times, those silent longest.
// Activating a pair opens its channel. Follows the filter; works only while
// it is shown, so a filter change costs nothing when it is hidden.
class ChannelsList : public QWidget {
    Q_OBJECT
public:
    explicit ChannelsList(QWidget* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    // The day silences count to: the system's date unless set.
    void setToday(Date today);

    // How many pairs each list shows.
    static constexpr std::size_t kShown = 50;
    QTreeWidget* busiest() const { return m_busiest; }
    QTreeWidget* quietest() const { return m_quietest; }

signals:
    void channelRequested(const parley::Side& a, const parley::Side& b);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void fill(QTreeWidget* list, const std::vector<PairActivity>& pairs);

    SnapshotPtr m_snapshot;
    bool m_stale = true;
    std::optional<Date> m_today;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    QTreeWidget* m_busiest;
    QTreeWidget* m_quietest;
};

} // namespace parley::ui
