#pragma once

#include "db/model/Filter.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace parley::ui {

struct TimelineSnapshot;

// The country facet of the filter panel: a search field over a checkable list
// of every country with its match count ("China (12)"). Countries with no match
// stay listed, greyed, so a checked one never vanishes.
class CountryFilterList : public QWidget {
    Q_OBJECT
public:
    explicit CountryFilterList(QWidget* parent = nullptr);

    // Names and counts; keeps checks, search and scroll. Emits nothing.
    void setSnapshot(const TimelineSnapshot& snapshot);
    // Shows these codes checked. Emits nothing.
    void setChecked(const Filter::Ids& codes);
    Filter::Ids checked() const { return m_checked; }

signals:
    // The user checked or unchecked a country.
    void checkedChanged(const parley::Filter::Ids& codes);
    // The user asked for the channel of a country with another side (its
    // context menu, or the Menu key).
    void channelWithRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild(const TimelineSnapshot& snapshot);
    void updateItem(QListWidgetItem* item, const QString& name, int count);
    void applySearch();
    void onItemChanged(QListWidgetItem* item);
    void showMenu(QPoint pos);

    QLineEdit* m_search;
    QListWidget* m_list;
    Filter::Ids m_checked;
    bool m_updating = false;
};

} // namespace parley::ui
