#include "ui/window/ViewState.h"

#include "db/model/Dates.h"
#include "ui/model/GroupingNames.h"
#include "ui/model/TimelineSnapshot.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace parley::ui {

namespace {

// One group of settings per file, named by a hash of its path (a path's
// slashes would nest groups); the path itself is kept inside for people.
QString groupOf(const QString& databaseFile)
{
    const QByteArray hash =
        QCryptographicHash::hash(databaseFile.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("databases/") + QString::fromLatin1(hash);
}

QStringList toList(const Filter::Ids& ids)
{
    QStringList list;
    for (const auto& id : ids)
        list << QString::fromStdString(id);
    return list;
}

Filter::Ids toIds(const QStringList& list)
{
    Filter::Ids ids;
    for (const auto& id : list)
        ids.insert(id.toStdString());
    return ids;
}

QString isoText(const std::optional<Date>& date)
{
    return date ? QString::fromStdString(toIso(*date)) : QString();
}

std::optional<Date> isoDate(const QVariant& value)
{
    return parseIsoDate(value.toString().toStdString());
}

} // namespace

ViewState ViewState::remembered(const QString& databaseFile)
{
    QSettings settings;
    settings.beginGroup(groupOf(databaseFile));
    ViewState state;
    state.filter.setFrom(isoDate(settings.value(QStringLiteral("filter/from"))));
    state.filter.setTo(isoDate(settings.value(QStringLiteral("filter/to"))));
    state.filter.setCountries(
        toIds(settings.value(QStringLiteral("filter/countries")).toStringList()));
    state.filter.setTopics(toIds(settings.value(QStringLiteral("filter/topics")).toStringList()));
    state.filter.setKinds(toIds(settings.value(QStringLiteral("filter/kinds")).toStringList()));
    state.filter.setOfficials(
        toIds(settings.value(QStringLiteral("filter/officials")).toStringList()));
    state.filter.setText(settings.value(QStringLiteral("filter/text")).toString().toStdString());
    const auto from = isoDate(settings.value(QStringLiteral("view/from")));
    const auto to = isoDate(settings.value(QStringLiteral("view/to")));
    if (from && to && *from < *to)
        state.range = Period(*from, *to);
    state.grouping = groupingFromName(settings.value(QStringLiteral("view/grouping")).toString())
                         .value_or(Grouping::Country);
    state.selectedMeeting = settings.value(QStringLiteral("view/selectedMeeting")).toString();
    return state;
}

void ViewState::remember(const QString& databaseFile) const
{
    QSettings settings;
    settings.remove(groupOf(databaseFile));
    settings.beginGroup(groupOf(databaseFile));
    settings.setValue(QStringLiteral("file"), databaseFile);
    settings.setValue(QStringLiteral("filter/from"), isoText(filter.from()));
    settings.setValue(QStringLiteral("filter/to"), isoText(filter.to()));
    settings.setValue(QStringLiteral("filter/countries"), toList(filter.countries()));
    settings.setValue(QStringLiteral("filter/topics"), toList(filter.topics()));
    settings.setValue(QStringLiteral("filter/kinds"), toList(filter.kinds()));
    settings.setValue(QStringLiteral("filter/officials"), toList(filter.officials()));
    settings.setValue(QStringLiteral("filter/text"), QString::fromStdString(filter.text()));
    if (range) {
        settings.setValue(QStringLiteral("view/from"), isoText(range->begin()));
        settings.setValue(QStringLiteral("view/to"), isoText(range->end()));
    }
    settings.setValue(QStringLiteral("view/grouping"), groupingName(grouping));
    settings.setValue(QStringLiteral("view/selectedMeeting"), selectedMeeting);
}

bool showsAnyMeeting(const Period& range, const ReferenceData& data)
{
    // By start date: the meetings that start before the range ends, of which
    // one must still be going on when it begins.
    // The index's day columns say it without making a record.
    if (!data.index)
        return false;
    const auto& index = *data.index;
    const std::int32_t first = dayNumber(range.begin());
    const std::int32_t last = dayNumber(range.last());
    for (std::size_t meeting = 0; meeting < index.size() && index.firstDay(meeting) <= last;
         ++meeting) {
        if (index.lastDay(meeting) >= first)
            return true;
    }
    return false;
}

} // namespace parley::ui
