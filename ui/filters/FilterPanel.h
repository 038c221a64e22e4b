#pragma once

#include "db/model/Filter.h"
#include "ui/model/PeriodMetaType.h"
#include "ui/model/TimelineSnapshot.h"

#include <QWidget>

#include <array>
#include <map>
#include <utility>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace parley::ui {

class CountryFilterList;
class TopicFilterTree;

// The filters dock: text search, date range with presets, meeting kinds,
// countries and topics with match counts, and a reset. The panel owns no query:
// it emits the whole new Filter whenever the user changes anything, and shows
// whatever Filter and snapshot it is given without emitting.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(QWidget* parent = nullptr);

    // Refreshes lists and counts, keeping the user's checks and scroll.
    void setSnapshot(SnapshotPtr snapshot);
    // Shows a filter from the command line or the history.
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }

    // How long typing in the search box waits before it filters.
    static constexpr int kTextDelayMs = 200;

signals:
    void filterChanged(const parley::Filter& filter);
    // A date preset was chosen: the view should show that range.
    void rangeChosen(parley::Period range);
    // The channel of a country with another side, from the country list.
    void channelWithRequested(const QString& code);

private:
    QWidget* createDatesBox();
    QWidget* createKindsBox();
    QWidget* createOfficialsRow();

    // Applies a user change and emits when it changed anything.
    template <typename Change> void change(Change&& apply);
    void showDates();
    // Each date bound: its tick and its field.
    std::array<std::pair<QCheckBox*, QDateEdit*>, 2> dateBounds() const;
    void showOfficials();
    void onDateEdited();
    void applyPreset(int years);
    void flushText();
    void reset();

    SnapshotPtr m_snapshot;
    Filter m_filter;
    bool m_updating = false;

    QLineEdit* m_text;
    QTimer* m_textDelay;
    QCheckBox* m_fromEnabled = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    std::map<std::string, QCheckBox*> m_kinds;
    CountryFilterList* m_countries = nullptr;
    TopicFilterTree* m_topics = nullptr;
    QWidget* m_officialsRow = nullptr;
    QLabel* m_officials = nullptr;
};

} // namespace parley::ui
