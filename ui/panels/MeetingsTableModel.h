#pragma once

#include "ui/model/TimelineSnapshot.h"

#include <QAbstractTableModel>

#include <unordered_map>

namespace parley::ui {

// The snapshot's meetings as table rows, in the snapshot's order (start date,
// then id). Sorting is the proxy's job: SortRole gives each column a value that
// sorts the way a reader expects (dates chronologically, text by the locale).
class MeetingsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TitleColumn,
        PlaceColumn,
        ParticipantsColumn,
        TopicsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, IdRole };

    explicit MeetingsTableModel(QObject* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    const SnapshotPtr& snapshot() const { return m_snapshot; }

    // The row of a meeting, or -1 when the snapshot does not hold it.
    int rowOf(const std::string& meetingId) const;
    QString meetingId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Meeting& meeting, int column) const;
    QString toolTip(const Meeting& meeting) const;

    SnapshotPtr m_snapshot;
    std::unordered_map<std::string, int> m_rows;
};

} // namespace parley::ui
