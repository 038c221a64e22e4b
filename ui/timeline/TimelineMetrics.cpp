#include "ui/timeline/TimelineMetrics.h"

#include <algorithm>
#include <cmath>

namespace parley::ui {

TimelineMetrics TimelineMetrics::forFont(const QFontMetricsF& font, const TimelineLayout* layout)
{
    const double em = font.height();
    double names = 0;
    if (layout) {
        for (const auto* lanes : {&layout->lanes(), &layout->hiddenLanes()}) {
            for (const auto& lane : *lanes)
                names = std::max(names, font.horizontalAdvance(lane.name) +
                                            font.horizontalAdvance(countText(lane.count)));
        }
    }
    TimelineMetrics metrics;
    metrics.axisHeight = std::round(em * 2.7);
    metrics.rowHeight = std::round(em * 1.5);
    metrics.lanePadding = std::round(em * 0.35);
    metrics.headerWidth = std::round(std::clamp(names + em * 2, em * 9, em * 18));
    metrics.markerSize = std::round(em * 0.6);
    metrics.gap = std::round(em * 0.3);
    metrics.bucketWidth = std::max(2.0, std::round(em / 5));
    return metrics;
}

} // namespace parley::ui
