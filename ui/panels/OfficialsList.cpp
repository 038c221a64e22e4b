#include "ui/panels/OfficialsList.h"

#include "ui/model/HtmlText.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {

namespace {

enum Column { NameColumn, CountryColumn };
enum Role { IdRole = Qt::UserRole, SearchRole };

} // namespace

OfficialsList::OfficialsList(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setAccessibleName(tr("Officials"));
    m_search->setPlaceholderText(tr("Find an official…"));
    m_search->setAccessibleName(tr("Find an official"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Officials"));
    m_list->setHeaderLabels({tr("Name"), tr("Country")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CountryColumn, QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);
    m_search->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &OfficialsList::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { activate(firstVisible()); });
    connect(m_list, &QTreeWidget::itemClicked, this, &OfficialsList::activate);
}

void OfficialsList::setSnapshot(SnapshotPtr snapshot)
{
    // Shared by the two snapshots, or read again but the same.
    const auto same = [&](const auto& records) {
        const auto& before = (*m_snapshot->reference).*records;
        const auto& now = (*snapshot->reference).*records;
        return before == now || *before == *now;
    };
    const bool unchanged = m_snapshot && snapshot && same(&ReferenceData::officials) &&
                           same(&ReferenceData::countries);
    m_snapshot = std::move(snapshot);
    if (!unchanged)
        rebuild();
}

void OfficialsList::rebuild()
{
    m_list->clear();
    if (!m_snapshot)
        return;
    for (const auto& [id, official] : *m_snapshot->reference->officials) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, toQString(official.name));
        item->setText(CountryColumn, toQString(m_snapshot->countryName(official.country)));
        QStringList names{toQString(official.name)};
        if (official.nativeName)
            names << toQString(*official.nativeName);
        for (const auto& alias : official.aliases)
            names << toQString(alias);
        item->setData(NameColumn, IdRole, toQString(id));
        item->setData(NameColumn, SearchRole, names);
        item->setToolTip(NameColumn, names.join(QStringLiteral(" / ")));
    }
    applyColors();
    applySearch();
}

void OfficialsList::applyColors()
{
    // Muted country names keep the eye on the people.
    const QColor muted = mutedTextColor(m_list->palette());
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        m_list->topLevelItem(row)->setForeground(CountryColumn, muted);
}

void OfficialsList::setSearchText(const QString& text) { m_search->setText(text); }

void OfficialsList::applySearch()
{
    const QString term = m_search->text().trimmed();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        auto* item = m_list->topLevelItem(row);
        const QStringList names = item->data(NameColumn, SearchRole).toStringList();
        const bool matches =
            term.isEmpty() || std::ranges::any_of(names, [&term](const QString& name) {
                return name.contains(term, Qt::CaseInsensitive);
            });
        item->setHidden(!matches);
    }
}

QStringList OfficialsList::visibleOfficials() const
{
    QStringList ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const auto* item = m_list->topLevelItem(row);
        if (!item->isHidden())
            ids << item->data(NameColumn, IdRole).toString();
    }
    return ids;
}

QTreeWidgetItem* OfficialsList::firstVisible() const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (!m_list->topLevelItem(row)->isHidden())
            return m_list->topLevelItem(row);
    }
    return nullptr;
}

void OfficialsList::activate(const QTreeWidgetItem* item)
{
    if (item)
        emit officialActivated(item->data(NameColumn, IdRole).toString());
}

bool OfficialsList::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_list && enter) {
            activate(m_list->currentItem());
            return true;
        }
        // Down from the search field walks into the matches.
        if (watched == m_search && key->key() == Qt::Key_Down && firstVisible()) {
            m_list->setFocus();
            if (!m_list->currentItem() || m_list->currentItem()->isHidden())
                m_list->setCurrentItem(firstVisible());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OfficialsList::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

} // namespace parley::ui
