#include "ui/timeline/TimelineToolTips.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace parley::ui {

namespace {

using Hit = TimelineHitTest::Hit;
using ItemKind = TimelineLayout::ItemKind;

} // namespace

QString TimelineToolTips::at(const TimelineHitTest& geometry, QPointF pos)
{
    if (geometry.erasRect().contains(pos) && !geometry.eras().empty())
        return ofEra(geometry, pos);
    const Hit hit = geometry.hitAt(pos);
    if (hit.kind == Hit::Kind::Cluster)
        return ofBucket(geometry, hit);
    if (hit.kind == Hit::Kind::Item)
        return ofItem(geometry, geometry.layout().items()[static_cast<std::size_t>(hit.item)]);
    return {};
}

QString TimelineToolTips::ofBucket(const TimelineHitTest& geometry, const Hit& hit)
{
    const auto& snapshot = geometry.snapshot();
    const auto& layout = geometry.layout();
    const bool measures =
        layout.lanes()[static_cast<std::size_t>(hit.lane)].kind == ItemKind::Measure;
    // By kind, the commonest first.
    std::map<std::string, int> byKind;
    for (const int i : geometry.itemsIn(hit.lane, hit.cluster)) {
        const auto& item = layout.items()[static_cast<std::size_t>(i)];
        const auto index = static_cast<std::size_t>(item.index);
        ++byKind[item.kind == ItemKind::Meeting ? snapshot.meetings[index].kind
                                                : snapshot.measures[index].kind];
    }
    std::vector<std::pair<std::string, int>> kinds(byKind.begin(), byKind.end());
    std::ranges::stable_sort(kinds, std::greater<>(), &std::pair<std::string, int>::second);
    QStringList parts;
    for (const auto& [kind, count] : kinds)
        parts << tr("%1: %2").arg(measures ? measureKindText(kind) : meetingKindText(kind),
                                  countText(count));

    const Date first = TimeScale::dateOf(hit.cluster.fromDay);
    const Date last = TimeScale::dateOf(std::ceil(hit.cluster.toDay) - 1);
    const int count = hit.cluster.count;
    return QStringLiteral("<b>%1</b><br>%2<br>%3<br><i>%4</i>")
        .arg(measures ? tr("%Ln measures", nullptr, count) : tr("%Ln meetings", nullptr, count),
             periodText(first, std::max(first, last), Precision::Day),
             escaped(parts.join(QStringLiteral(" · "))),
             tr("Click to select the first, double-click to zoom in"));
}

QString TimelineToolTips::ofItem(const TimelineHitTest& geometry, const TimelineLayout::Item& item)
{
    const auto& snapshot = geometry.snapshot();
    const auto index = static_cast<std::size_t>(item.index);
    if (item.kind == ItemKind::Measure) {
        const Measure& measure = snapshot.measures[index];
        QStringList targets;
        for (const auto& target : measure.targets)
            targets << escaped(snapshot.countryName(target));
        return QStringLiteral("<b>%1</b><br>%2 · %3<br>%4")
            .arg(escaped(measure.title),
                 periodText(measure.announced, measure.announced, measure.precision),
                 escaped(measureKindText(measure.kind)),
                 tr("Imposed by %1 on %2")
                     .arg(escaped(snapshot.countryName(measure.imposedBy)),
                          targets.join(QStringLiteral(", "))));
    }
    const Meeting& meeting = snapshot.meetings[index];
    QStringList names;
    for (const auto& participant : meeting.participants)
        names << escaped(snapshot.officialName(participant));
    QString text =
        QStringLiteral("<b>%1</b><br>%2 · %3<br>%4")
            .arg(escaped(meeting.title), periodText(meeting.start, meeting.end, meeting.precision),
                 escaped(placeOf(snapshot, meeting)), names.join(QStringLiteral(", ")));
    // Who held the offices drawn as eras that day.
    const QStringList holders = holdersOn(geometry.eras(), meeting.start);
    if (!holders.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(escaped(holders.join(QStringLiteral("; "))));
    return text;
}

QString TimelineToolTips::ofEra(const TimelineHitTest& geometry, QPointF pos)
{
    const auto& eras = geometry.eras();
    const QRectF strip = geometry.erasRect();
    const auto row = static_cast<std::size_t>((pos.y() - strip.top()) /
                                              (strip.height() / static_cast<double>(eras.size())));
    if (row >= eras.size() || pos.x() < geometry.metrics().headerWidth)
        return {};
    const auto& era = eras[row];
    const Date day = TimeScale::dateOf(geometry.dayAt(pos.x()));
    QStringList terms;
    for (std::size_t i = 0; i < era.bands.bands.size(); ++i) {
        const auto& band = era.bands.bands[i];
        if (band.start <= day && (!band.end || day <= *band.end))
            terms << tr("%1, %2 – %3")
                         .arg(escaped(era.holders[i]), dateText(band.start),
                              band.end ? dateText(*band.end) : tr("in office"));
    }
    if (terms.isEmpty())
        terms << tr("No holder on record");
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(escaped(era.office.title), terms.join(QStringLiteral("<br>")));
}

QString TimelineToolTips::placeOf(const TimelineSnapshot& snapshot, const Meeting& meeting)
{
    const QString host = QString::fromStdString(snapshot.countryName(meeting.host));
    return meeting.location ? tr("%1, %2").arg(QString::fromStdString(*meeting.location), host)
                            : host;
}

QString TimelineToolTips::itemText(const TimelineSnapshot& snapshot, ItemKind kind, int index)
{
    const auto at = static_cast<std::size_t>(index);
    if (kind == ItemKind::Measure) {
        const Measure& measure = snapshot.measures[at];
        return tr("%1, %2, %3, imposed by %4")
            .arg(QString::fromStdString(measure.title),
                 periodText(measure.announced, measure.announced, measure.precision),
                 measureKindText(measure.kind),
                 QString::fromStdString(snapshot.countryName(measure.imposedBy)));
    }
    const Meeting& meeting = snapshot.meetings[at];
    return tr("%1, %2, %3")
        .arg(QString::fromStdString(meeting.title),
             periodText(meeting.start, meeting.end, meeting.precision), placeOf(snapshot, meeting));
}

} // namespace parley::ui
