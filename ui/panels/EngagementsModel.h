#pragma once

#include "db/model/Records.h"
#include "ui/model/TimelineSnapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace parley::ui {

// An official's engagements as table rows, in date order: when, the meeting,
// the offices held then and the other participants. A row's text is made
// only when the view shows it, so ten thousand engagements cost nothing
// until they are scrolled to. Sorting is the proxy's job (SortRole).
class EngagementsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, MeetingColumn, OfficesColumn, WithColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        MeetingIdRole, // the meeting's id
        WithIdsRole,   // the other participants' ids, a QStringList
    };

    explicit EngagementsModel(QObject* parent = nullptr);

    // SNAPSHOT names the other participants.
    void setEngagements(SnapshotPtr snapshot, std::vector<Engagement> engagements);
    const std::vector<Engagement>& engagements() const { return m_engagements; }
    // "As Minister of Foreign Affairs · with Antony Blinken, Jake Sullivan".
    QString detailsText(const Engagement& engagement) const;
    QString officialName(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString officesOf(const Engagement& engagement) const;
    QString namesOf(const std::vector<std::string>& ids) const;

    SnapshotPtr m_snapshot;
    std::vector<Engagement> m_engagements;
};

} // namespace parley::ui
