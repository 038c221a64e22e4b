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
        const auto offices = laneOffices(m_scene, lane);
        // Titles of offices held at once go on lines of their own, up from the foot.
        std::vector<double> lineEnds; // where each line's last title ends
        for (const auto& office : offices) {
            m_painter.fillRect(office.band.intersected(exposed), tint);
            m_painter.setPen(QPen(edge, 0));
            m_painter.drawLine(office.band.topLeft(), office.band.bottomLeft());
            const QString title =
                fonts.elidedText(office.title, Qt::ElideRight, office.band.width() - 2 * gap);
            if (office.band.width() < fonts.averageCharWidth() * 4 + 2 * gap || title.isEmpty())
                continue;
            const double left = office.band.left() + gap;
            auto line = std::ranges::find_if(lineEnds, [left](double end) { return end <= left; });
            if (line == lineEnds.end())
                line = lineEnds.insert(line, 0);
            *line = left + fonts.horizontalAdvance(title) + gap;
            const double bottom = office.band.bottom() - 1 -
                                  static_cast<double>(line - lineEnds.begin()) * fonts.height();
            m_painter.setPen(m_palette.color(QPalette::PlaceholderText));
            m_painter.drawText(QPointF(left, bottom - fonts.descent()), title);
        }
    }
    m_painter.restore();
}

} // namespace parley::ui
