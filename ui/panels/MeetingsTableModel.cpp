#include "ui/panels/MeetingsTableModel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QStringList>

namespace parley::ui {

MeetingsTableModel::MeetingsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MeetingsTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    if (m_snapshot) {
        const auto& meetings = m_snapshot->meetings;
        m_rows.reserve(meetings.size());
        for (size_t row = 0; row < meetings.size(); ++row)
            m_rows.emplace(meetings[row].id, static_cast<int>(row));
    }
    endResetModel();
}

int MeetingsTableModel::rowOf(const std::string& meetingId) const
{
    const auto found = m_rows.find(meetingId);
    return found == m_rows.end() ? -1 : found->second;
}

QString MeetingsTableModel::meetingId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return toQString(m_snapshot->meetings[static_cast<size_t>(row)].id);
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
    const Meeting& meeting = m_snapshot->meetings[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(meeting, index.column());
    case Qt::ToolTipRole:
        return toolTip(meeting);
    case IdRole:
        return toQString(meeting.id);
    case SortRole:
        // A month-precision meeting is stored at its first day, so it sorts by its start.
        if (index.column() == DateColumn)
            return QVariant::fromValue<qint64>(meeting.start.day_number());
        return displayText(meeting, index.column());
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
