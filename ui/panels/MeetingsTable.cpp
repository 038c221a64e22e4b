#include "ui/panels/MeetingsTable.h"

#include "ui/model/DateText.h"
#include "ui/panels/MeetingsTableModel.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>
#include <QVBoxLayout>

namespace parley::ui {

MeetingsTable::MeetingsTable(QWidget* parent)
    : QWidget(parent)
    , m_model(new MeetingsTableModel(this))
    , m_view(new QTableView(this))
{
    setAccessibleName(tr("Meetings table"));
    m_view->setAccessibleName(tr("Meetings"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table, as in other programs; the arrows move within it.
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        emit meetingMenuRequested(index.data(MeetingsTableModel::IdRole).toString(),
                                  m_view->viewport()->mapToGlobal(pos));
    });
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MeetingsTableModel::DateColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(MeetingsTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    setFocusProxy(m_view);
    resizeColumns();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsTable::onSelectionChanged);
    connect(m_view, &QTableView::activated, this, &MeetingsTable::onActivated);
}

void MeetingsTable::resizeColumns()
{
    // Widths in text units, so they follow the font and the screen's scale; the
    // title column takes what is left.
    const auto& metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() * 3 / 2);
    // About the longest date a meeting shows, in the interface's language.
    const QString longDate = periodText(Date(2023, 9, 30), Date(2023, 10, 2), Precision::Day);
    m_view->setColumnWidth(MeetingsTableModel::DateColumn, metrics.horizontalAdvance(longDate));
    m_view->setColumnWidth(MeetingsTableModel::PlaceColumn, em * 11);
    m_view->setColumnWidth(MeetingsTableModel::ParticipantsColumn, em * 17);
    m_view->setColumnWidth(MeetingsTableModel::TopicsColumn, em * 17);
}

void MeetingsTable::setSnapshot(SnapshotPtr snapshot)
{
    const QString selected = selectedMeeting();
    {
        QScopedValueRollback guard(m_selecting, true);
        m_model->setSnapshot(std::move(snapshot));
    }
    setSelectedMeeting(selected);
}

void MeetingsTable::setSelectedMeeting(const QString& id)
{
    QScopedValueRollback guard(m_selecting, true);
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id.toStdString());
    if (row < 0) {
        m_view->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QString MeetingsTable::selectedMeeting() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(MeetingsTableModel::IdRole).toString();
}

void MeetingsTable::onSelectionChanged()
{
    if (m_selecting)
        return;
    const QString id = selectedMeeting();
    if (!id.isEmpty())
        emit meetingActivated(id);
}

void MeetingsTable::onActivated(const QModelIndex& index)
{
    // Enter on the row already selected asks again, e.g. to reopen its details.
    if (index.isValid())
        emit meetingActivated(index.data(MeetingsTableModel::IdRole).toString());
}

} // namespace parley::ui
