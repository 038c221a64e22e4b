#pragma once

#include <QColor>

namespace parley::ui {

// COLOR with its opacity multiplied by ALPHA.
inline QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(static_cast<float>(color.alphaF() * alpha));
    return color;
}

// What TOP drawn over BOTTOM shows over anything, as one colour (source-over
// compositing). It is associative, so a stack of shapes alike can be drawn
// as one shape in the colour of the whole stack.
inline QColor over(const QColor& top, const QColor& bottom)
{
    const float topAlpha = top.alphaF();
    const float bottomAlpha = bottom.alphaF() * (1 - topAlpha);
    const float alpha = topAlpha + bottomAlpha;
    if (alpha <= 0)
        return Qt::transparent;
    const auto mix = [&](float upper, float lower) {
        return (upper * topAlpha + lower * bottomAlpha) / alpha;
    };
    return QColor::fromRgbF(mix(top.redF(), bottom.redF()), mix(top.greenF(), bottom.greenF()),
                            mix(top.blueF(), bottom.blueF()), alpha);
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
