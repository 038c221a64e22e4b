#include "ui/timeline/TimelineScene.h"

#include "ui/timeline/TitleWidths.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace parley::ui {

namespace {

// Above this many items, titles no longer reserve room and the layout is built
// once per snapshot instead of again whenever the zoom changes a lot.
constexpr std::size_t kLabelledLayoutLimit = 20000;
constexpr double kRelayoutZoomRatio = 1.3;
// Fitting everything keeps this many ems left of the first item and at least
// as many right of the last, and at most this share of the width for its title.
constexpr double kFitMarginEms = 1.5;
constexpr double kFitTitleShare = 0.25;

} // namespace

TimelineScene::TimelineScene()
    : m_snapshot(std::make_shared<TimelineSnapshot>())
{
    relayout();
}

void TimelineScene::setFont(const QFont& font)
{
    m_font = font;
    relayout();
}

void TimelineScene::setSnapshot(SnapshotPtr snapshot)
{
    // The snapshot shown until now stays alive while the next is laid out:
    // after an edit, its layout is what the next one's follows.
    const auto shown = std::exchange(m_snapshot, snapshot ? std::move(snapshot)
                                                          : std::make_shared<TimelineSnapshot>());
    relayout();
}

void TimelineScene::setGrouping(Grouping grouping)
{
    m_grouping = grouping;
    m_scrollY = 0;
    relayout();
}

void TimelineScene::setShowMeasures(bool show)
{
    m_showMeasures = show;
    relayout();
}

void TimelineScene::setEraOffices(std::vector<OfficeKey> offices)
{
    m_eraOffices = std::move(offices);
    m_erasOf.reset();
    relayout();
}

void TimelineScene::relayout()
{
    // Eras change with the officials' offices, not with the filter or meetings.
    if (m_erasOf != m_snapshot->reference->officials) {
        m_erasOf = m_snapshot->reference->officials;
        m_eras = officeEras(*m_snapshot->reference, m_eraOffices);
    }
    const QFontMetricsF font(m_font);
    const auto metrics = TimelineMetrics::forFont(font);
    const double daysPerPixel = m_scale.daysPerPixel();
    m_layoutLabelled =
        m_snapshot->meetings.size() + m_snapshot->measures.size() <= kLabelledLayoutLimit;
    TitleWidths titleWidths(font);
    TimelineLayout::LabelDays labelDays;
    double markerDays = 0;
    if (m_layoutLabelled) {
        labelDays = [&](std::string_view title) {
            return (titleWidths.of(title) + 2 * metrics.gap) * daysPerPixel;
        };
        markerDays = (metrics.markerSize + metrics.gap) * daysPerPixel;
    }
    m_layout = m_layouts.next(std::move(m_layout), *m_snapshot, m_grouping, m_showMeasures,
                              labelDays, markerDays);
    m_layoutDaysPerPixel = daysPerPixel;
    // Measured once per layout: at a million meetings, its lane names are
    // hundreds of texts to measure.
    m_metrics = TimelineMetrics::forFont(font, &m_layout);
    m_metrics.erasHeight = static_cast<double>(m_eras.size()) * m_metrics.rowHeight;
    m_metrics.axisHeight += m_metrics.erasHeight;
    updateGeometry();
}

bool TimelineScene::layoutIsStale() const
{
    const double ratio = m_scale.daysPerPixel() / m_layoutDaysPerPixel;
    return m_layoutLabelled && (ratio > kRelayoutZoomRatio || ratio < 1 / kRelayoutZoomRatio);
}

void TimelineScene::setSize(QSizeF size)
{
    m_size = size;
    updateGeometry();
}

void TimelineScene::setScale(const TimeScale& scale)
{
    m_scale = scale;
    updateView();
}

void TimelineScene::setCountRows(int rows)
{
    m_countRows = rows;
    updateView();
}

void TimelineScene::setScrollY(double y)
{
    m_geometry.setView(m_scale, m_size, y);
    m_scrollY = std::clamp(std::round(y), 0.0, m_geometry.maxScroll());
    m_geometry.setView(m_scale, m_size, m_scrollY);
}

void TimelineScene::setBucketDays(double days)
{
    m_bucketDays = days;
    m_geometry.setBucketDays(days);
}

// The lane headers follow the layout's names; the scale keeps its days when
// they change the room for lanes.
void TimelineScene::setFigureSources(std::shared_ptr<const FigureSources> sources)
{
    m_figureSources = std::move(sources);
    updateGeometry();
}

void TimelineScene::updateGeometry()
{
    m_geometry = TimelineHitTest(m_snapshot.get(), &m_layout, QFontMetricsF(m_font), m_metrics);
    m_geometry.setBucketDays(m_bucketDays);
    m_geometry.setEras(&m_eras);
    m_geometry.setNotes(m_figureSources.get());
    const double laneWidth = std::max(1.0, m_size.width() - m_geometry.metrics().headerWidth);
    m_scale.stretch(m_laneWidth, laneWidth);
    m_laneWidth = laneWidth;
    updateView();
}

void TimelineScene::updateView()
{
    if (m_countRows > 0) {
        m_geometry.setView(m_scale, m_size, m_scrollY);
        m_geometry.setCountRows(m_countRows);
    }
    setScrollY(m_scrollY);
    const QFontMetricsF font(m_font);
    m_ticks =
        ticksFor(m_scale, m_laneWidth, [&](const QString& s) { return font.horizontalAdvance(s); });
}

TimeScale TimelineScene::fitAll(Period otherwise) const
{
    TimeScale scale = m_scale;
    const auto span = m_layout.span();
    const double margin = kFitMarginEms * QFontMetricsF(m_font).height();
    if (span)
        scale.fit(*span, m_laneWidth, margin, std::max(margin, lastTitleRoom()));
    else
        scale.fit(otherwise, m_laneWidth);
    return scale;
}

// Titles show where the layout made room for them; the last items' titles
// then reach past the last day, by their width less how far left of the last
// day they start (estimated for a fit in the width less a margin's share).
double TimelineScene::lastTitleRoom() const
{
    const auto span = m_layout.span();
    if (!m_layoutLabelled || !span)
        return 0;
    const auto& metrics = m_geometry.metrics();
    const double lastDay = TimeScale::dayNumber(span->end());
    const double pixelsPerDay = m_laneWidth * (1 - kFitTitleShare) /
                                std::max(1.0, static_cast<double>(span->length().days()));
    const double nearDays = m_laneWidth * kFitTitleShare / pixelsPerDay;
    TitleWidths titleWidths{QFontMetricsF(m_font)};
    double room = 0;
    for (const auto& item : m_layout.items()) {
        if (item.end < lastDay - nearDays)
            continue;
        const double title =
            titleWidths.of(m_geometry.title(item)) + metrics.markerSize + 2 * metrics.gap;
        room = std::max(room, title - (lastDay - item.end) * pixelsPerDay);
    }
    return std::min(room, m_laneWidth * kFitTitleShare);
}

} // namespace parley::ui
