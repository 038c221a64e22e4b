#include "ui/panels/OfficialsList.h"

#include "ui/model/HtmlText.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

OfficialsList::OfficialsList(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_model(new OfficialsModel(this))
    , m_list(new QTreeView(this))
{
    setAccessibleName(tr("Officials"));
    m_search->setPlaceholderText(tr("Find an official…"));
    m_search->setAccessibleName(tr("Find an official"));
    m_search->setClearButtonEnabled(true);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Officials"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(OfficialsModel::NameColumn, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(OfficialsModel::NameColumn, QHeaderView::Stretch);
    // Sized to the country names once they are known: ResizeToContents would
    // measure every row.
    m_list->header()->setSectionResizeMode(OfficialsModel::CountryColumn, QHeaderView::Interactive);
    m_list->installEventFilter(this);
    m_search->installEventFilter(this);
    applyColors();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_model, &OfficialsModel::setSearch);
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { activate(m_model->index(0, OfficialsModel::NameColumn)); });
    connect(m_list, &QTreeView::clicked, this, &OfficialsList::activate);
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
    if (unchanged)
        return;
    m_filled = false;
    if (isVisible())
        fill();
    else
        m_model->setSnapshot(nullptr); // holds no other database's officials meanwhile
}

void OfficialsList::fill()
{
    if (m_filled)
        return;
    m_filled = true;
    m_model->setSnapshot(m_snapshot);
    m_list->resizeColumnToContents(OfficialsModel::CountryColumn);
}

void OfficialsList::showEvent(QShowEvent* event)
{
    fill();
    QWidget::showEvent(event);
}

void OfficialsList::applyColors() { m_model->setCountryColor(mutedTextColor(m_list->palette())); }

void OfficialsList::setSearchText(const QString& text) { m_search->setText(text); }

QStringList OfficialsList::visibleOfficials()
{
    fill();
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->officialId(row);
    return ids;
}

void OfficialsList::activate(const QModelIndex& index)
{
    if (index.isValid())
        emit officialActivated(m_model->officialId(index.row()));
}

bool OfficialsList::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_list && enter) {
            activate(m_list->currentIndex());
            return true;
        }
        // Down from the search field walks into the matches.
        if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_model->index(0, OfficialsModel::NameColumn));
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
