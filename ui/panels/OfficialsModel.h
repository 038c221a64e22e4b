#pragma once

#include "ui/model/TimelineSnapshot.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace parley::ui {

// Every official of a snapshot (name and country), ordered by a column, and
// those a search leaves. A row's texts are made when the view asks for them:
// tens of thousands of officials cost a sort of pointers, not an item each.
class OfficialsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CountryColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the order and the search.
    void setSnapshot(SnapshotPtr snapshot);
    // Leaves the officials whose name, native name (王毅) or an alias holds
    // TERM, whatever the case; all of them when it is empty.
    void setSearch(const QString& term);
    // The color of the country column: muted, so the eye stays on the people.
    void setCountryColor(const QColor& color);

    QString officialId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void order();
    void applySearch();

    SnapshotPtr m_snapshot;
    std::vector<const Official*> m_ordered; // every official, in the chosen order
    std::vector<const Official*> m_shown;   // those the search leaves, in order
    QString m_term;
    QColor m_countryColor;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace parley::ui
