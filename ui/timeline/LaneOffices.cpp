#include "ui/timeline/LaneOffices.h"

#include "ui/model/HtmlText.h"
#include "ui/timeline/ColorMix.h"
#include "ui/timeline/TimelineScene.h"

#include <QPainter>

#include <algorithm>

namespace parley::ui {

std::vector<LaneOffice> laneOffices(const TimelineScene& scene, int lane)
{
    if (scene.grouping() != Grouping::Official)
        return {};
    const auto& info = scene.layout().lanes()[static_cast<std::size_t>(lane)];
    const Official* official = info.kind == TimelineLayout::ItemKind::Meeting && !info.key.empty()
                                   ? scene.snapshot()->official(info.key)
                                   : nullptr;
    if (!official)
        return {};
    const auto& geometry = scene.geometry();
    const QRectF area = geometry.laneArea();
    const QRectF rect = geometry.laneRect(lane);
    std::vector<LaneOffice> offices;
    for (const Position& position : official->positions) {
        const double from = geometry.xOf(TimeScale::dayNumber(position.start));
        const double to =
            position.end ? geometry.xOf(TimeScale::dayNumber(*position.end) + 1) : area.right();
        const double left = std::max(from, area.left());
        const double right = std::min(to, area.right());
        if (right > left)
            offices.push_back(
                {QRectF(left, rect.top(), right - left, rect.height()), toQString(position.title)});
    }
    return offices;
}

LaneOfficesPainter::LaneOfficesPainter(QPainter& painter, const QPalette& palette,
                                       const QFont& font, const TimelineScene& scene)
    : m_painter(painter)
    , m_palette(palette)
    , m_font(font)
    , m_scene(scene)
{
    // Smaller than the meetings' titles, which they are behind. Exports set
    // the font in pixels, the window in points.
    if (font.pixelSize() > 0)
        m_font.setPixelSize(std::max(1, font.pixelSize() * 85 / 100));
    else
        m_font.setPointSizeF(font.pointSizeF() * 0.85);
}

void LaneOfficesPainter::paint(const QRectF& exposed, std::pair<int, int> lanes)
{
    if (m_scene.grouping() != Grouping::Official)
        return;
    const QColor tint = withAlpha(m_palette.color(QPalette::Highlight), 0.07);
    const QColor edge = withAlpha(m_palette.color(QPalette::Highlight), 0.35);
    const QFontMetricsF fonts(m_font);
    const double gap = m_scene.geometry().metrics().gap;
    m_painter.save();
    m_painter.setFont(m_font);
    for (int lane = lanes.first; lane < lanes.second; ++lane) {
        const QRectF line = m_scene.geometry().officesLine(lane);
        // Titles of offices held at once follow one another along the line.
        double lineEnd = line.left();
        for (const auto& office : laneOffices(m_scene, lane)) {
            m_painter.fillRect(office.band.intersected(exposed), tint);
            m_painter.setPen(QPen(edge, 0));
            m_painter.drawLine(office.band.topLeft(), office.band.bottomLeft());
            const double left = std::max(office.band.left() + gap, lineEnd);
            const double room = office.band.right() - gap - left;
            if (room < fonts.averageCharWidth() * 4)
                continue;
            const QString title = fonts.elidedText(office.title, Qt::ElideRight, room);
            lineEnd = left + fonts.horizontalAdvance(title) + 2 * gap;
            m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
            m_painter.drawText(QRectF(left, line.top(), room, line.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, title);
        }
    }
    m_painter.restore();
}

} // namespace parley::ui
