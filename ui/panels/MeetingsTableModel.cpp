#include "ui/panels/MeetingsTableModel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QCollator>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace parley::ui {

namespace {

// Above this many rows, text sorts by its bytes (UTF-8, so by code point)
// instead of the locale's collation, which would take seconds.
constexpr std::size_t kCollatedRowsAtMost = 50000;

} // namespace

MeetingsTableModel::MeetingsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MeetingsTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    order();
    endResetModel();
}

void MeetingsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const auto before = persistentIndexList();
    std::vector<std::uint32_t> meetingsBefore;
    for (const auto& index : before)
        meetingsBefore.push_back(m_order.empty() ? static_cast<std::uint32_t>(index.row())
                                                 : m_order[static_cast<std::size_t>(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    this->order();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto meeting = meetingsBefore[static_cast<std::size_t>(i)];
        const int row =
            m_rowOf.empty() ? static_cast<int>(meeting) : static_cast<int>(m_rowOf[meeting]);
        after << index(row, before[i].column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MeetingsTableModel::order()
{
    m_order.clear();
    m_rowOf.clear();
    const std::size_t count = m_snapshot ? m_snapshot->meetings.size() : 0;
    if (m_sortColumn == DateColumn && m_sortOrder == Qt::AscendingOrder)
        return; // the snapshot's own order
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0U);
    if (m_sortColumn == DateColumn) {
        std::ranges::reverse(m_order);
    } else {
        std::vector<QString> keys(count);
        for (std::size_t row = 0; row < count; ++row)
            keys[row] = displayText(m_snapshot->meetings[row], m_sortColumn);
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const bool collate = count <= kCollatedRowsAtMost;
        const auto less = [&](std::uint32_t a, std::uint32_t b) {
            const int compared = collate ? collator.compare(keys[a], keys[b])
                                         : QString::compare(keys[a], keys[b], Qt::CaseInsensitive);
            return m_sortOrder == Qt::AscendingOrder ? compared < 0 : compared > 0;
        };
        // Stable: rows that tie stay in date order.
        std::ranges::stable_sort(m_order, less);
    }
    m_rowOf.resize(count);
    for (std::size_t row = 0; row < count; ++row)
        m_rowOf[m_order[row]] = static_cast<std::uint32_t>(row);
}

const Meeting& MeetingsTableModel::meetingAt(int row) const
{
    const auto at = static_cast<std::size_t>(row);
    return m_snapshot->meetings[m_order.empty() ? at : m_order[at]];
}

int MeetingsTableModel::rowOf(const std::string& meetingId) const
{
    if (!m_snapshot)
        return -1;
    const int row = m_snapshot->meetings.rowOf(meetingId);
    if (row < 0 || m_rowOf.empty())
        return row;
    return static_cast<int>(m_rowOf[static_cast<std::size_t>(row)]);
}

QString MeetingsTableModel::meetingId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return toQString(meetingAt(row).id);
}

int MeetingsTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_snapshot)
        return 0;
    return static_cast<int>(m_snapshot->meetings.size());
}

int MeetingsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting& meeting = meetingAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(meeting, index.column());
    case Qt::ToolTipRole:
        return toolTip(meeting);
    case IdRole:
        return toQString(meeting.id);
    default:
        return {};
    }
}

QString MeetingsTableModel::displayText(const Meeting& meeting, int column) const
{
    switch (column) {
    case DateColumn:
        return periodText(meeting.start, meeting.end, meeting.precision);
    case TitleColumn:
        return toQString(meeting.title);
    case PlaceColumn:
        return toQString(meeting.location ? *meeting.location
                                          : m_snapshot->countryName(meeting.host));
    case ParticipantsColumn: {
        QStringList names;
        for (const auto& id : meeting.participants)
            names << toQString(m_snapshot->officialName(id));
        return names.join(QStringLiteral(", "));
    }
    case TopicsColumn: {
        QStringList names;
        for (const auto& id : meeting.topics)
            names << toQString(m_snapshot->topicName(id));
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QString MeetingsTableModel::toolTip(const Meeting& meeting) const
{
    return tr("%1\n%2, hosted by %3 (%4)")
        .arg(toQString(meeting.title), periodText(meeting.start, meeting.end, meeting.precision),
             toQString(m_snapshot->countryName(meeting.host)), meetingKindText(meeting.kind));
}

QVariant MeetingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case PlaceColumn:
        return tr("Place");
    case ParticipantsColumn:
        return tr("Participants");
    case TopicsColumn:
        return tr("Topics");
    default:
        return {};
    }
}

} // namespace parley::ui
