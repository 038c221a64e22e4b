#pragma once

#include "db/model/Records.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/OfficialDossier.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace parley::ui {

// An official's engagements as table rows: when, the meeting, the offices
// held then and the other participants. A row's engagement and text are made
// only when the view shows it, so ten thousand engagements cost nothing
// until they are scrolled to. The model sorts itself: by date it only turns
// the dossier's order around; by any other column it reads each row's text
// once, when the user asks for that order.
class EngagementsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, MeetingColumn, OfficesColumn, WithColumn, ColumnCount };
    enum Role {
        MeetingIdRole = Qt::UserRole, // the meeting's id
        WithIdsRole,                  // the other participants' ids, a QStringList
    };

    explicit EngagementsModel(QObject* parent = nullptr);

    // SNAPSHOT names the other participants; none for no official.
    void setDossier(SnapshotPtr snapshot, std::shared_ptr<const OfficialDossier> dossier);
    std::size_t engagementCount() const;
    // The engagements in date order, whatever the rows' order.
    Engagement engagementInDateOrder(std::size_t at) const;
    // "As Minister of Foreign Affairs · with Antony Blinken, Jake Sullivan".
    QString detailsText(const Engagement& engagement) const;
    QString officialName(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString officesOf(const Engagement& engagement) const;
    QString namesOf(const std::vector<std::string>& ids) const;
    QString text(const Engagement& engagement, int column) const;
    // The engagements' positions in date order, in the order of the rows
    // sorted by column SORTCOLUMN in SORTORDER.
    std::vector<std::size_t> sortedRows() const;

    SnapshotPtr m_snapshot;
    std::shared_ptr<const OfficialDossier> m_dossier;
    std::vector<std::size_t> m_rows; // each row's engagement, by its place in date order
    int m_sortColumn = WhenColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace parley::ui
