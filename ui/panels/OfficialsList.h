#pragma once

#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/OfficialsModel.h"

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QTreeView;

namespace parley::ui {

// Every official (name and country), with a search field that matches the name, the native name
// (王毅) or an alias, whatever the case. Clicking an official or pressing Enter
// opens them; Enter in the search field opens the first match.
class OfficialsList : public QWidget {
    Q_OBJECT
public:
    explicit OfficialsList(QWidget* parent = nullptr);

    // Rebuilds only when the officials differ, so search and scroll survive a
    // filter change; while the list is hidden (its tab not chosen), only
    // once it is shown, since ordering half a million officials takes most
    // of a second that a start need not wait for.
    void setSnapshot(SnapshotPtr snapshot);
    void setSearchText(const QString& text);
    // The ids of the officials the search leaves visible, in list order;
    // fills the list first if it waits to be shown.
    QStringList visibleOfficials();

signals:
    void officialActivated(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Gives the model the snapshot set last, if it does not have it yet.
    void fill();
    void applyColors();
    void activate(const QModelIndex& index);

    SnapshotPtr m_snapshot;
    bool m_filled = false; // the model has m_snapshot's officials
    QLineEdit* m_search;
    OfficialsModel* m_model;
    QTreeView* m_list;
};

} // namespace parley::ui
