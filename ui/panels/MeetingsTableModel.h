#pragma once

#include "ui/model/TimelineSnapshot.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace parley::ui {

// The snapshot's meetings as table rows. The model sorts them itself, by the
// column the reader chooses: nothing is done per row until a row is shown or
// the reader sorts by another column than the date, which is the snapshot's
// own order (start, then id) and costs nothing either way round. A proxy
// model would ask every row of a million for its value at every snapshot.
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
    enum Role { IdRole = Qt::UserRole };

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
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString displayText(const Meeting& meeting, int column) const;
    QString toolTip(const Meeting& meeting) const;
    const Meeting& meetingAt(int row) const;
    // Puts the rows in the order of the chosen column, keeping the snapshot.
    void order();

    SnapshotPtr m_snapshot;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<std::uint32_t> m_order; // row -> snapshot row; empty for the snapshot's order
    std::vector<std::uint32_t> m_rowOf; // snapshot row -> row, with m_order
};

} // namespace parley::ui
