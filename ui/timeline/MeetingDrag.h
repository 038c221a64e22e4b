#pragma once

#include "db/model/Dates.h"
#include "ui/timeline/TimelineLayout.h"

#include <QPointF>
#include <QString>

#include <string>

class QRectF;

namespace parley::ui {

class TimelineScene;

// Where the selected meeting would go while it is dragged on the timeline.
// By its body it moves to other days and, when the lanes are countries, to
// another country's lane, which makes that country the host; by its end (the
// last pixels of a bar) it lasts longer or shorter. In whole days (months or
// years for a meeting known only to them); the end never goes before the start. TimelineInteraction
// keeps one while the button is down.
class MeetingDrag {
public:
    enum class Part { Body, End };

    // The part a press at POS takes of the item drawn at MARKER: the end only
    // near the right edge of a meeting drawn as a bar of days, where there is
    // room for both parts.
    static Part partAt(const TimelineLayout::Item& item, const QRectF& marker, QPointF pos);

    MeetingDrag(const TimelineScene& scene, int item, Part part, QPointF pressPos);

    // Follows the pointer to POS.
    void follow(QPointF pos);

    Part part() const { return m_part; }
    Date start() const { return m_start; }
    Date end() const { return m_end; }
    // The new host's country code; empty while the host stays.
    const std::string& host() const { return m_host; }
    bool changesAnything() const;
    // The item where the meeting would be drawn now.
    const TimelineLayout::Item& ghost() const { return m_ghost; }
    // The meeting's title and new dates (and host), for the tooltip.
    QString describe() const;

private:
    // When lanes are countries, the lane under POS; another country's makes it the host.
    void followLane(QPointF pos, const std::string& host);

    const TimelineScene& m_scene;
    const TimelineLayout::Item m_item;
    const Part m_part;
    const QPointF m_pressPos;
    Date m_start;
    Date m_end;
    std::string m_host;
    TimelineLayout::Item m_ghost;
};

} // namespace parley::ui
