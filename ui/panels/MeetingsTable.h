#pragma once

#include "ui/model/TimelineSnapshot.h"

#include <QWidget>

class QItemSelection;
class QModelIndex;
class QTableView;

namespace parley::ui {

class MeetingsTableModel;

// The filtered meetings as a sortable table. Selecting a row (mouse or
// keyboard) announces the meeting; being told about a selection made elsewhere
// selects and reveals its row without announcing it back.
class MeetingsTable : public QWidget {
    Q_OBJECT
public:
    explicit MeetingsTable(QWidget* parent = nullptr);

    // Keeps the selected meeting selected when the new snapshot still holds it.
    void setSnapshot(SnapshotPtr snapshot);
    // Selects and scrolls to the meeting; an id not shown clears the selection.
    void setSelectedMeeting(const QString& id);
    QString selectedMeeting() const;

    QTableView* view() const { return m_view; }
    MeetingsTableModel* model() const { return m_model; }

signals:
    void meetingActivated(const QString& id);
    // A context menu was asked for on a meeting's row (GLOBALPOS: where to show it).
    void meetingMenuRequested(const QString& id, QPoint globalPos);

private:
    void onSelectionChanged();
    void onActivated(const QModelIndex& index);
    void resizeColumns();

    MeetingsTableModel* m_model;
    QTableView* m_view;
    bool m_selecting = false;
};

} // namespace parley::ui
