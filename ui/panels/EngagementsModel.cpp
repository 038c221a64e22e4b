#include "ui/panels/EngagementsModel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QStringList>

namespace parley::ui {

EngagementsModel::EngagementsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EngagementsModel::setEngagements(SnapshotPtr snapshot, std::vector<Engagement> engagements)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_engagements = std::move(engagements);
    endResetModel();
}

int EngagementsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_engagements.size());
}

int EngagementsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EngagementsModel::officesOf(const Engagement& engagement) const
{
    const QString offices = officesText(engagement.positions);
    return offices.isEmpty() ? tr("No office on record") : offices;
}

QString EngagementsModel::officialName(const QString& id) const
{
    return m_snapshot ? toQString(m_snapshot->officialName(id.toStdString())) : id;
}

QString EngagementsModel::namesOf(const std::vector<std::string>& ids) const
{
    QStringList names;
    for (const auto& id : ids)
        names << officialName(toQString(id));
    return names.join(QStringLiteral(", "));
}

QString EngagementsModel::detailsText(const Engagement& engagement) const
{
    const QString offices = officesText(engagement.positions);
    QString text = offices.isEmpty() ? tr("No office on record") : tr("As %1").arg(offices);
    if (!engagement.with.empty())
        text += QStringLiteral(" · ") + tr("with %1").arg(namesOf(engagement.with));
    return text;
}

QVariant EngagementsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Engagement& engagement = m_engagements[static_cast<std::size_t>(index.row())];
    switch (role) {
    case MeetingIdRole:
        return toQString(engagement.meeting);
    case WithIdsRole: {
        QStringList ids;
        for (const auto& id : engagement.with)
            ids << toQString(id);
        return ids;
    }
    case SortRole:
        if (index.column() == WhenColumn)
            return static_cast<qlonglong>(engagement.start.day_number());
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return periodText(engagement.start, engagement.end, engagement.precision);
        case MeetingColumn:
            return toQString(engagement.title);
        case OfficesColumn:
            return officesOf(engagement);
        case WithColumn:
            return namesOf(engagement.with);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant EngagementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case MeetingColumn:
        return tr("Meeting");
    case OfficesColumn:
        return tr("Office held");
    case WithColumn:
        return tr("With");
    default:
        return {};
    }
}

} // namespace parley::ui
