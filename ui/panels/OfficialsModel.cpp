#include "ui/panels/OfficialsModel.h"

#include "ui/model/HtmlText.h"

#include <algorithm>
#include <ranges>
#include <tuple>

namespace parley::ui {

namespace {

QStringList namesOf(const Official& official)
{
    QStringList names{toQString(official.name)};
    if (official.nativeName)
        names << toQString(*official.nativeName);
    for (const auto& alias : official.aliases)
        names << toQString(alias);
    return names;
}

} // namespace

void OfficialsModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_ordered.clear();
    if (m_snapshot) {
        m_ordered.reserve(m_snapshot->reference->officials->size());
        for (const auto& [id, official] : *m_snapshot->reference->officials)
            m_ordered.push_back(&official);
    }
    order();
    applySearch();
    endResetModel();
}

void OfficialsModel::setSearch(const QString& term)
{
    beginResetModel();
    m_term = term;
    applySearch();
    endResetModel();
}

void OfficialsModel::setCountryColor(const QColor& color)
{
    m_countryColor = color;
    if (!m_shown.empty())
        emit dataChanged(index(0, CountryColumn), index(rowCount() - 1, CountryColumn),
                         {Qt::ForegroundRole});
}

void OfficialsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    this->order();
    applySearch();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OfficialsModel::order()
{
    if (!m_snapshot)
        return;
    // By the column's text, then by id, so that equal names keep one order.
    const auto key = [this](const Official* official) {
        const std::string country =
            m_sortColumn == CountryColumn ? m_snapshot->countryName(official->country) : "";
        return std::tuple(country, std::string_view(official->name),
                          std::string_view(official->id));
    };
    std::ranges::sort(m_ordered, [&](const Official* a, const Official* b) {
        return m_sortOrder == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
    });
}

void OfficialsModel::applySearch()
{
    const QString term = m_term.trimmed();
    m_shown.clear();
    for (const Official* official : m_ordered) {
        if (term.isEmpty() || std::ranges::any_of(namesOf(*official), [&term](const QString& name) {
                return name.contains(term, Qt::CaseInsensitive);
            }))
            m_shown.push_back(official);
    }
}

QString OfficialsModel::officialId(int row) const
{
    return row >= 0 && row < rowCount() ? toQString(m_shown[static_cast<std::size_t>(row)]->id)
                                        : QString();
}

int OfficialsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int OfficialsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficialsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Official& official = *m_shown[static_cast<std::size_t>(index.row())];
    const bool name = index.column() == NameColumn;
    switch (role) {
    case Qt::DisplayRole:
        return name ? toQString(official.name)
                    : toQString(m_snapshot->countryName(official.country));
    case Qt::ToolTipRole:
        return name ? QVariant(namesOf(official).join(QStringLiteral(" / "))) : QVariant();
    case Qt::ForegroundRole:
        return !name && m_countryColor.isValid() ? QVariant(m_countryColor) : QVariant();
    case IdRole:
        return toQString(official.id);
    default:
        return {};
    }
}

QVariant OfficialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Country");
}

} // namespace parley::ui
