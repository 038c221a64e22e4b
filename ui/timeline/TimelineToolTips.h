#pragma once

#include "ui/timeline/TimelineHitTest.h"

#include <QCoreApplication>
#include <QString>

namespace parley::ui {

// The timeline's items in words. Under a point, as rich text: a meeting's
// title, dates, place and participants; a measure's; or for a bar of counts
// its period, how many it counts and of which kinds; a meeting's names who
// held the eras' offices that day. As plain text for
// assistive technology: an item's title, date and place.
class TimelineToolTips {
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTips)

public:
    // Empty over nothing.
    static QString at(const TimelineHitTest& geometry, QPointF pos);
    // "Sullivan–Wang Yi talks, 10–11 May 2023, Vienna, Austria".
    static QString itemText(const TimelineSnapshot& snapshot, TimelineLayout::ItemKind kind,
                            int index);

private:
    static QString ofBucket(const TimelineHitTest& geometry, const TimelineHitTest::Hit& hit);
    static QString ofItem(const TimelineHitTest& geometry, const TimelineLayout::Item& item);
    // The term of the office under the point in the eras' rows.
    static QString ofEra(const TimelineHitTest& geometry, QPointF pos);
    static QString placeOf(const TimelineSnapshot& snapshot, const Meeting& meeting);
};

} // namespace parley::ui
