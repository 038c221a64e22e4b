#include "ui/panels/SinceSeenModel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <unordered_map>

namespace parley::ui {

SinceSeenModel::SinceSeenModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SinceSeenModel::setChanges(const SinceSeen& changes,
                                const std::shared_ptr<const ReferenceData>& reference)
{
    beginResetModel();
    m_rows.clear();
    if (reference) {
        // The new meetings' records, found in one pass over all of them.
        std::unordered_map<std::string_view, const Meeting*> meetings;
        for (const auto& item : changes.meetings)
            meetings.emplace(item.id, nullptr);
        if (!meetings.empty()) {
            const auto& held = *reference->meetings;
            for (std::size_t position = 0; position < held.size(); ++position) {
                if (const auto found = meetings.find(held.idAt(position)); found != meetings.end())
                    found->second = &held[position];
            }
        }
        for (const auto& item : changes.meetings) {
            const Meeting* meeting = meetings.at(item.id);
            m_rows.push_back({Kind::Meeting, toQString(item.id), item.changed,
                              meeting ? toQString(meeting->title) : toQString(item.id),
                              meeting ? periodText(meeting->start, meeting->end, meeting->precision)
                                      : QString()});
        }
        for (const auto& item : changes.officials) {
            const auto found = reference->officials->find(item.id);
            m_rows.push_back(
                {Kind::Official, toQString(item.id), item.changed,
                 toQString(found == reference->officials->end() ? item.id : found->second.name),
                 QString()});
        }
        for (const auto& item : changes.measures) {
            const auto found = std::ranges::find(*reference->allMeasures, item.id, &Measure::id);
            const bool known = found != reference->allMeasures->end();
            m_rows.push_back({Kind::Measure, toQString(item.id), item.changed,
                              toQString(known ? found->title : item.id),
                              known
                                  ? periodText(found->announced, found->announced, found->precision)
                                  : QString()});
        }
    }
    endResetModel();
}

int SinceSeenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SinceSeenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SinceSeenModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return row.id;
    if (role == KindRole)
        return static_cast<int>(row.kind);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return row.kind == Kind::Meeting    ? tr("Meeting")
               : row.kind == Kind::Official ? tr("Official")
                                            : tr("Measure");
    case WhatColumn:
        return row.what;
    case WhenColumn:
        return row.when;
    case StatusColumn:
        return row.changed ? tr("Changed") : tr("New");
    default:
        return {};
    }
}

QVariant SinceSeenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Record");
    case WhatColumn:
        return tr("What");
    case WhenColumn:
        return tr("When");
    case StatusColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace parley::ui
