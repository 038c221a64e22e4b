#include "ui/timeline/MeetingDrag.h"

#include "ui/model/DateText.h"
#include "ui/timeline/TimelineScene.h"

#include <QCoreApplication>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace parley::ui {

namespace {

// The end of a bar takes at most this many pixels, and a third of a short one.
constexpr double kEndGrip = 6;
// Bars narrower than this are moved whole: an end grip would leave no body.
constexpr double kNarrowestStretchable = 9;
constexpr double kDaysPerYear = 365.2425;
constexpr double kDaysPerMonth = kDaysPerYear / 12;

// DATE moved by about DAYS, in the steps its precision allows: days, or whole
// months or years, so that the moved date still fits its precision.
Date shifted(Date date, double days, Precision precision)
{
    switch (precision) {
    case Precision::Month:
        return date + boost::gregorian::months(static_cast<int>(std::lround(days / kDaysPerMonth)));
    case Precision::Year:
        return date + boost::gregorian::years(static_cast<int>(std::lround(days / kDaysPerYear)));
    case Precision::Day:
        break;
    }
    return date + boost::gregorian::days(std::lround(days));
}

const Meeting& meetingOf(const TimelineScene& scene, const TimelineLayout::Item& item)
{
    return scene.snapshot()->meetings[static_cast<std::size_t>(item.index)];
}

} // namespace

MeetingDrag::Part MeetingDrag::partAt(const TimelineLayout::Item& item, const QRectF& marker,
                                      QPointF pos)
{
    if (item.approximate || marker.width() < kNarrowestStretchable)
        return Part::Body;
    const double grip = std::min(kEndGrip, marker.width() / 3);
    return pos.x() >= marker.right() - grip ? Part::End : Part::Body;
}

MeetingDrag::MeetingDrag(const TimelineScene& scene, int item, Part part, QPointF pressPos)
    : m_scene(scene)
    , m_item(scene.layout().items()[static_cast<std::size_t>(item)])
    , m_part(part)
    , m_pressPos(pressPos)
    , m_start(meetingOf(scene, m_item).start)
    , m_end(meetingOf(scene, m_item).end)
    , m_ghost(m_item)
{
}

void MeetingDrag::follow(QPointF pos)
{
    const Meeting& meeting = meetingOf(m_scene, m_item);
    const auto& scale = m_scene.scale();
    // The header's width is in both points and cancels out.
    const double days = scale.dayAt(pos.x()) - scale.dayAt(m_pressPos.x());
    try {
        if (m_part == Part::End) {
            // The shortest a meeting lasts is its first day.
            m_end = std::max(meeting.start, shifted(meeting.end, days, Precision::Day));
        } else {
            m_start = shifted(meeting.start, days, meeting.precision);
            m_end = shifted(meeting.end, days, meeting.precision);
        }
    } catch (const std::out_of_range&) {
        return; // past the calendar's years: the meeting stays where it was last
    }
    const Period period = periodOf(m_start, m_end, meeting.precision);
    m_ghost = m_item;
    m_ghost.start = static_cast<int>(period.begin().day_number());
    m_ghost.end = static_cast<int>(period.last().day_number()) + 1;
    m_host.clear();
    if (m_part == Part::Body)
        followLane(pos, meeting.host);
}

void MeetingDrag::followLane(QPointF pos, const std::string& host)
{
    const auto& geometry = m_scene.geometry();
    if (m_scene.grouping() != Grouping::Country || !geometry.laneArea().contains(pos))
        return;
    const int lane = geometry.lanesBetween(pos.y(), pos.y()).first;
    const auto& target = m_scene.layout().lanes()[static_cast<std::size_t>(lane)];
    if (lane == m_item.lane || target.kind != TimelineLayout::ItemKind::Meeting ||
        target.key.empty())
        return;
    m_ghost.lane = lane;
    m_ghost.row = std::min(static_cast<int>(m_item.row), target.rows - 1);
    if (target.key != host)
        m_host = target.key;
}

bool MeetingDrag::changesAnything() const
{
    const Meeting& meeting = meetingOf(m_scene, m_item);
    return m_start != meeting.start || m_end != meeting.end || !m_host.empty();
}

QString MeetingDrag::describe() const
{
    const Meeting& meeting = meetingOf(m_scene, m_item);
    QString text = QString::fromStdString(meeting.title) + QLatin1Char('\n') +
                   periodText(m_start, m_end, meeting.precision);
    if (!m_host.empty())
        text += QLatin1Char('\n') +
                QCoreApplication::translate("parley::ui::MeetingDrag", "Hosted by %1")
                    .arg(QString::fromStdString(m_scene.snapshot()->countryName(m_host)));
    return text + QLatin1Char('\n') +
           QCoreApplication::translate("parley::ui::MeetingDrag", "Esc cancels");
}

} // namespace parley::ui
