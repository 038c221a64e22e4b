#pragma once

#include "db/model/Records.h"
#include "ui/model/TimelineSnapshot.h"

#include <QAbstractTableModel>

class QTreeView;

#include <optional>
#include <vector>

namespace parley::ui {

// Meetings as rows of a list: when, what and where, and when asked, the lag
// of each (days from some date, "≈" when a date is known only to the month).
// Costs nothing per row until shown, so a channel of ten thousand meetings
// lists at once.
class MeetingRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Row {
        const Meeting* meeting = nullptr;
        std::optional<int> lagDays;
        bool exact = true;
    };
    enum Column { LagColumn, WhenColumn, TitleColumn, PlaceColumn, ColumnCount };
    static constexpr int MeetingIdRole = Qt::UserRole + 1;

    explicit MeetingRowsModel(QObject* parent = nullptr);

    // ROWS point into SNAPSHOT's records (or into records the caller keeps).
    void setRows(SnapshotPtr snapshot, std::vector<Row> rows, bool withLags);
    const std::vector<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "+4 days", "≈0 days", "-11 days".
    static QString lagText(int lagDays, bool exact);
    // Lays VIEW out for these rows: the title takes the room left.
    static void setUpView(QTreeView* view);

private:
    SnapshotPtr m_snapshot;
    std::vector<Row> m_rows;
    bool m_withLags = false;
};

} // namespace parley::ui
