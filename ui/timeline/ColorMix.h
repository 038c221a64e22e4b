#pragma once

#include <QColor>

namespace parley::ui {

// COLOR with its opacity multiplied by ALPHA.
inline QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(static_cast<float>(color.alphaF() * alpha));
    return color;
}

// The opaque colour that TOP drawn at ALPHA over BOTTOM gives. Tall shapes (grid
// lines, cluster bars) are drawn with it rather than blended: Qt's raster engine
// hands blends of many scanlines to a thread pool, and waking its threads costs
// more than the drawing.
inline QColor blended(const QColor& top, const QColor& bottom, double alpha)
{
    const auto mix = [alpha](float over, float under) {
        return static_cast<float>(over * alpha + under * (1 - alpha));
    };
    return QColor::fromRgbF(mix(top.redF(), bottom.redF()), mix(top.greenF(), bottom.greenF()),
                            mix(top.blueF(), bottom.blueF()));
}

} // namespace parley::ui
