#pragma once

#include <QPolygonF>
#include <QRectF>

namespace parley::ui {

// The diamond a measure is drawn as, its corners on the middles of BOX's sides.
inline QPolygonF diamond(const QRectF& box)
{
    const QPointF c = box.center();
    return QPolygonF({QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                      QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())});
}

} // namespace parley::ui
