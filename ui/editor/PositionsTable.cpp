#include "ui/editor/PositionsTable.h"

#include "ui/editor/DateField.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {

PositionsTable::PositionsTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Office"), this))
    , m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")),
                               tr("Remo&ve Office"), this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("Office"), tr("Organization"), tr("Start"), tr("End (empty while held)")});
    m_table->setAccessibleName(tr("Offices"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    // Typing in a cell edits it, as in a spreadsheet; only moving to a cell
    // does not, so that Add Office's own edit and a click on another cell
    // never race to open two editors.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OrganizationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StartColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EndColumn, QHeaderView::ResizeToContents);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, &PositionsTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &PositionsTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

void PositionsTable::setPositions(const std::vector<Position>& positions)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const auto& position : positions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, TitleColumn,
                         new QTableWidgetItem(QString::fromStdString(position.title)));
        m_table->setItem(row, OrganizationColumn,
                         new QTableWidgetItem(QString::fromStdString(position.organization)));
        m_table->setItem(row, StartColumn,
                         new QTableWidgetItem(QString::fromStdString(toIso(position.start))));
        m_table->setItem(row, EndColumn,
                         new QTableWidgetItem(position.end
                                                  ? QString::fromStdString(toIso(*position.end))
                                                  : QString()));
    }
    m_filling = false;
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

QString PositionsTable::cell(int row, int column) const
{
    const auto* item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

std::vector<Position> PositionsTable::positions(const std::vector<Position>& fallback) const
{
    std::vector<Position> positions;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto at = static_cast<std::size_t>(row);
        const Position before = at < fallback.size() ? fallback[at] : Position{};
        Position position;
        position.title = cell(row, TitleColumn).toStdString();
        position.organization = cell(row, OrganizationColumn).toStdString();
        position.start = parseDateText(cell(row, StartColumn)).value_or(before.start);
        const QString end = cell(row, EndColumn);
        position.end = end.isEmpty() ? std::nullopt
                                     : std::optional(parseDateText(end).value_or(position.start));
        positions.push_back(std::move(position));
    }
    return positions;
}

std::vector<FieldProblem> PositionsTable::parseProblems() const
{
    std::vector<FieldProblem> problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const std::string field = "positions[#" + std::to_string(row) + "]";
        if (const QString problem = dateTextProblem(cell(row, StartColumn)); !problem.isEmpty())
            problems.push_back({field + ".start", problem});
        if (const QString problem = dateTextProblem(cell(row, EndColumn), false);
            !problem.isEmpty())
            problems.push_back({field + ".end", problem});
    }
    return problems;
}

void PositionsTable::addRow()
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = TitleColumn; column <= EndColumn; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_filling = false;
    m_table->setCurrentCell(row, TitleColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, TitleColumn));
    emit changed();
}

void PositionsTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    // The row below, or the new last one. Not std::min, whose reference GCC
    // 12 at -O2 takes for a dangling pointer (-Wdangling-pointer).
    if (const int last = m_table->rowCount() - 1; last >= 0)
        m_table->setCurrentCell(row < last ? row : last, TitleColumn);
    m_table->setFocus();
    emit changed();
}

} // namespace parley::ui
