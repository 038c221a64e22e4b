#include "ui/panels/EngagementsModel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QCollator>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace parley::ui {

EngagementsModel::EngagementsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EngagementsModel::setDossier(SnapshotPtr snapshot,
                                  std::shared_ptr<const OfficialDossier> dossier)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_dossier = std::move(dossier);
    m_rows = sortedRows();
    endResetModel();
}

std::size_t EngagementsModel::engagementCount() const
{
    return m_dossier ? m_dossier->engagementCount() : 0;
}

Engagement EngagementsModel::engagementInDateOrder(std::size_t at) const
{
    return m_dossier->engagement(at);
}

int EngagementsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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

QString EngagementsModel::text(const Engagement& engagement, int column) const
{
    switch (column) {
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
}

QVariant EngagementsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t at = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case MeetingIdRole:
        return toQString(m_dossier->meeting(at).id);
    case WithIdsRole: {
        QStringList ids;
        for (const auto& id : engagementInDateOrder(at).with)
            ids << toQString(id);
        return ids;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(engagementInDateOrder(at), index.column());
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

void EngagementsModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    // The view's current row and selection stay on their engagements.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::size_t> engagementsBefore;
    engagementsBefore.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before)
        engagementsBefore.push_back(m_rows[static_cast<std::size_t>(index.row())]);
    m_rows = sortedRows();
    std::vector<int> rowOf(m_rows.size());
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        rowOf[m_rows[row]] = static_cast<int>(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << createIndex(rowOf[engagementsBefore[static_cast<std::size_t>(i)]],
                             before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::vector<std::size_t> EngagementsModel::sortedRows() const
{
    // Date order is the dossier's own; no sort column keeps it too.
    std::vector<std::size_t> rows(engagementCount());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    if (m_sortColumn > WhenColumn && m_sortColumn < ColumnCount) {
        const QCollator collator;
        std::vector<QCollatorSortKey> keys;
        keys.reserve(rows.size());
        for (const auto at : rows)
            keys.push_back(collator.sortKey(text(engagementInDateOrder(at), m_sortColumn)));
        // Equal texts stay in date order.
        std::ranges::stable_sort(
            rows, [&keys](std::size_t a, std::size_t b) { return keys[a].compare(keys[b]) < 0; });
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::ranges::reverse(rows);
    return rows;
}

} // namespace parley::ui
