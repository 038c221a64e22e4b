#pragma once

#include "ui/timeline/TimelineHitTest.h"

#include <QCoreApplication>
#include <QString>

namespace parley::ui {

// What is under a point of the timeline, in words, as rich text: a meeting's
// title, dates, place and participants; a measure's; or for a bar of counts
// its period, how many it counts and of which kinds.
class TimelineToolTips {
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTips)

public:
    // Empty over nothing.
    static QString at(const TimelineHitTest& geometry, QPointF pos);

private:
    static QString ofBucket(const TimelineHitTest& geometry, const TimelineHitTest::Hit& hit);
    static QString ofItem(const TimelineHitTest& geometry, const TimelineLayout::Item& item);
    static QString placeOf(const TimelineSnapshot& snapshot, const Meeting& meeting);
};

} // namespace parley::ui
