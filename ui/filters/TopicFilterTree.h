#pragma once

#include "db/model/Filter.h"

#include <QTreeWidget>

#include <map>
#include <string>

namespace parley::ui {

struct TimelineSnapshot;

// The topic facet of the filter panel: the topic tree with match counts. The
// database counts a topic's descendants with it, so checking a parent is all it
// takes; its children then show as checked and disabled ("covered"), and a
// parent with some checked children shows partially checked.
class TopicFilterTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit TopicFilterTree(QWidget* parent = nullptr);

    // Names, tree and counts; keeps checks, expansion and scroll. Emits nothing.
    void setSnapshot(const TimelineSnapshot& snapshot);
    // Shows these topics checked. Emits nothing.
    void setChecked(const Filter::Ids& topics);
    Filter::Ids checked() const { return m_checked; }

signals:
    // The user checked or unchecked a topic.
    void checkedChanged(const parley::Filter::Ids& topics);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild(const TimelineSnapshot& snapshot);
    void updateCounts(QTreeWidgetItem* item, const std::map<std::string, int>& counts);
    void updateForeground(QTreeWidgetItem* item);
    // Returns whether the item or one of its descendants is checked.
    bool refreshStates(QTreeWidgetItem* item, bool covered);
    void refreshAllStates();
    void onItemChanged(QTreeWidgetItem* item);

    Filter::Ids m_checked;
    bool m_updating = false;
};

} // namespace parley::ui
