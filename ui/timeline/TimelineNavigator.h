#pragma once

#include "ui/timeline/TimelineLayout.h"

#include <QRectF>

#include <optional>

namespace parley::ui {

class TimelineView;

// Where the timeline goes for its selection: it brings a selected meeting or
// measure into view, keeps it there while keys zoom, and moves the selection
// through meetings or measures in date order as the keys ask, announcing
// each step to assistive technology. It works through the view's own
// operations, as TimelineInteraction does.
class TimelineNavigator {
public:
    using ItemKind = TimelineLayout::ItemKind;

    explicit TimelineNavigator(TimelineView& view)
        : m_view(view)
    {
    }

    // The item's marker in its topmost lane, in the view's coordinates.
    std::optional<QRectF> markerOf(ItemKind kind, int index) const;
    // Pans to the item if it is out of view in time, and scrolls to a lane
    // of it unless one is in view.
    void reveal(ItemKind kind, int index);
    // Zooms by FACTOR around the pointer when it is over the lanes, else
    // around the selection when it is in view, else around the middle; a
    // selection in view stays in view.
    void zoomByKey(double factor);
    // Moves the selection STEP items within its kind; false when there is
    // nothing selected to move from.
    bool step(int step);
    // Moves the selection STEP meetings, from the selection or the view.
    void stepMeetings(int step);
    // Selects the item and emits its activation, as a click does.
    void activate(ItemKind kind, int index);

private:
    void keepInView(ItemKind kind, int index);

    TimelineView& m_view;
};

} // namespace parley::ui
