#include "ui/editor/ChoiceModel.h"

namespace parley::ui {

ChoiceModel::ChoiceModel(std::shared_ptr<const RecordCatalog> catalog, RecordKind kind,
                         QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(std::move(catalog))
    , m_kind(kind)
{
}

void ChoiceModel::setCreateText(const QString& format)
{
    m_createText = format;
    refresh();
}

void ChoiceModel::setQuery(const QString& text)
{
    m_query = text.trimmed();
    refresh();
}

void ChoiceModel::setExcluded(std::set<std::string> ids)
{
    m_excluded = std::move(ids);
    refresh();
}

bool ChoiceModel::offersCreation() const { return !m_createText.isEmpty() && !m_query.isEmpty(); }

void ChoiceModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (!m_query.isEmpty()) {
        const QString key = searchKey(m_query);
        std::vector<const Choice*> later;
        for (const Choice& choice : m_catalog->choices(m_kind)) {
            if (m_excluded.contains(choice.id) || !choice.search.contains(key))
                continue;
            // The search text starts with the label's key.
            if (choice.search.startsWith(key))
                m_rows.push_back(&choice);
            else
                later.push_back(&choice);
        }
        m_rows.insert(m_rows.end(), later.begin(), later.end());
        if (m_rows.size() > kMaxRows)
            m_rows.resize(kMaxRows);
    }
    endResetModel();
}

int ChoiceModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return matchCount() + (offersCreation() ? 1 : 0);
}

QVariant ChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == matchCount()) {
        switch (role) {
        case Qt::DisplayRole:
            return m_createText.arg(m_query);
        case CreateRole:
            return true;
        default:
            return {};
        }
    }
    const Choice& choice = *m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return choice.detail.isEmpty() ? choice.label
                                       : choice.label + QStringLiteral("  —  ") + choice.detail;
    case Qt::ToolTipRole:
        return choice.detail;
    case IdRole:
        return QString::fromStdString(choice.id);
    case CreateRole:
        return false;
    default:
        return {};
    }
}

} // namespace parley::ui
