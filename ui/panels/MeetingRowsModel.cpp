#include "ui/panels/MeetingRowsModel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

namespace parley::ui {

MeetingRowsModel::MeetingRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MeetingRowsModel::setRows(SnapshotPtr snapshot, std::vector<Row> rows, bool withLags)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows = std::move(rows);
    m_withLags = withLags;
    endResetModel();
}

void MeetingRowsModel::setUpView(QTreeView* view)
{
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true); // rows are laid out only when shown
    view->setAlternatingRowColors(true);
    auto* header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LagColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PlaceColumn, QHeaderView::Interactive);
}

int MeetingRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingRowsModel::lagText(int lagDays, bool exact)
{
    const QString days = daysText(std::abs(lagDays));
    const QString sign = lagDays > 0   ? QStringLiteral("+")
                         : lagDays < 0 ? QStringLiteral("−")
                                       : QString();
    return (exact ? QString() : QStringLiteral("≈")) + sign + days;
}

QVariant MeetingRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Meeting& meeting = *row.meeting;
    if (role == MeetingIdRole)
        return toQString(meeting.id);
    if (role == Qt::TextAlignmentRole && index.column() == LagColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LagColumn && !row.exact)
        return tr("A date known only to the month stands for the whole month");
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return tr("%1\n%2, %3")
            .arg(toQString(meeting.title),
                 periodText(meeting.start, meeting.end, meeting.precision),
                 data(index.siblingAtColumn(PlaceColumn), Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LagColumn:
        return row.lagDays ? lagText(*row.lagDays, row.exact) : QString();
    case WhenColumn:
        return periodText(meeting.start, meeting.end, meeting.precision);
    case TitleColumn:
        return toQString(meeting.title);
    case PlaceColumn:
        return meeting.location
                   ? toQString(*meeting.location)
                   : toQString(m_snapshot ? m_snapshot->countryName(meeting.host) : meeting.host);
    default:
        return {};
    }
}

QVariant MeetingRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LagColumn:
        return m_withLags ? tr("Lag") : QString();
    case WhenColumn:
        return tr("When");
    case TitleColumn:
        return tr("Meeting");
    case PlaceColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace parley::ui
