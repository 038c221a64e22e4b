#include "ui/timeline/TimelineSheets.h"

#include "ui/model/DateText.h"
#include "ui/timeline/KindLegend.h"
#include "ui/timeline/TimelinePainter.h"
#include "ui/timeline/TimelineSelection.h"

#include <QPainter>

#include <cmath>

namespace parley::ui {

namespace {

// Lanes of counts take a name, its count and two lines saying what the bars
// stand for: rows of items they do not draw would only spread pages.
constexpr int kCountRows = 3;

} // namespace

std::vector<std::pair<int, int>> lanesPerSheet(const std::vector<double>& laneHeights, double room)
{
    std::vector<std::pair<int, int>> sheets;
    const int lanes = static_cast<int>(laneHeights.size());
    int first = 0;
    double used = 0;
    for (int lane = 0; lane < lanes; ++lane) {
        const double height = laneHeights[static_cast<std::size_t>(lane)];
        if (lane > first && used + height > room) {
            sheets.emplace_back(first, lane);
            first = lane;
            used = 0;
        }
        used += height;
    }
    if (first < lanes)
        sheets.emplace_back(first, lanes);
    return sheets;
}

TimelineSheets::TimelineSheets(const ExportedView& view, QSizeF sheet, Kind kind,
                               const QPalette& palette)
    : m_view(view)
    , m_sheet(sheet)
    , m_kind(kind)
    , m_palette(palette)
    , m_sourceLines(view.sources ? view.sources->lines() : QStringList())
{
    m_scene.setFigureSources(view.sources);
    m_scene.setFont(view.font);
    m_scene.setGrouping(view.grouping);
    m_scene.setShowMeasures(view.showMeasures);
    m_scene.setEraOffices(view.eraOffices);
    m_scene.setSnapshot(view.snapshot);
    m_scene.setSize(QSizeF(sheet.width(), timelineRoom()));
    TimeScale scale;
    scale.fit(view.range, m_scene.laneWidth());
    m_scene.setScale(scale);
    if (m_scene.layoutIsStale())
        m_scene.relayout(); // titles take their room at the sheet's zoom
    m_scene.setBucketDays(view.bucketDays);
    m_scene.setCountRows(kCountRows);

    std::vector<double> heights;
    const auto& geometry = m_scene.geometry();
    for (int lane = 0; lane < static_cast<int>(m_scene.layout().lanes().size()); ++lane) {
        m_laneTops.push_back(m_laneTops.empty() ? 0 : m_laneTops.back() + heights.back());
        heights.push_back(geometry.laneRect(lane).height());
    }
    const double axis = geometry.metrics().axisHeight;
    m_sheets = lanesPerSheet(heights, std::max(1.0, timelineRoom() - axis));
    if (m_kind == Kind::Image && m_sheets.size() > 1) {
        // The lanes that fit above a line saying how many more there are.
        m_cut = true;
        m_sheets = lanesPerSheet(heights, std::max(1.0, timelineRoom() - axis));
        m_sheets.resize(1);
    }
    if (m_sheets.empty())
        m_sheets.emplace_back(0, 0);
    if (m_kind == Kind::Pages && !m_sourceLines.isEmpty()) {
        const double room = m_sheet.height() - titleHeight() - footerHeight() - 2 * margin();
        const auto perPage =
            std::max<qsizetype>(1, static_cast<qsizetype>(room / lineHeight()) - 1);
        for (qsizetype first = 0; first < m_sourceLines.size(); first += perPage)
            m_sourcePages.emplace_back(first, std::min(perPage, m_sourceLines.size() - first));
    }
}

double TimelineSheets::lineHeight() const { return QFontMetricsF(m_view.font).height(); }

double TimelineSheets::sourcesHeight() const
{
    if (m_kind != Kind::Image || m_sourceLines.isEmpty())
        return 0;
    const auto most = static_cast<qsizetype>(m_sheet.height() / 3 / lineHeight());
    return static_cast<double>(std::min(m_sourceLines.size() + 1, std::max<qsizetype>(most, 2))) *
           lineHeight();
}

void TimelineSheets::paintSources(QPainter& painter, const QRectF& rect, qsizetype first,
                                  qsizetype count) const
{
    QFont bold = m_view.font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(m_palette.color(QPalette::WindowText));
    QRectF line(rect.left(), rect.top(), rect.width(), lineHeight());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, tr("Sources"));
    painter.setFont(m_view.font);
    const QFontMetricsF fonts(m_view.font);
    const auto room =
        std::max<qsizetype>(1, static_cast<qsizetype>(rect.height() / lineHeight()) - 1);
    const qsizetype shown = count > room ? room - 1 : count;
    for (qsizetype i = first; i < first + shown; ++i) {
        line.translate(0, lineHeight());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         fonts.elidedText(m_sourceLines[i], Qt::ElideRight, line.width()));
    }
    if (shown < count) {
        line.translate(0, lineHeight());
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("… and %L1 more: a PDF or a print lists them all").arg(count - shown));
    }
}

void TimelineSheets::paintSourcesPage(QPainter& painter, int page) const
{
    const auto [first, lines] = m_sourcePages.at(static_cast<std::size_t>(page));
    painter.save();
    painter.setFont(m_view.font);
    painter.fillRect(QRectF(QPointF(0, 0), m_sheet), m_palette.base());
    paintTitle(painter);
    paintSources(painter,
                 QRectF(margin(), titleHeight(), m_sheet.width() - 2 * margin(),
                        (static_cast<double>(lines) + 1) * lineHeight()),
                 first, lines);
    paintFooter(painter, static_cast<int>(m_sheets.size()) + page,
                m_sheet.height() - margin() - footerHeight());
    painter.restore();
}

double TimelineSheets::margin() const
{
    return std::round(QFontMetricsF(m_view.font).height() / 2);
}

double TimelineSheets::titleHeight() const { return 2 * QFontMetricsF(m_view.font).height(); }

double TimelineSheets::footerHeight() const
{
    return m_kind == Kind::Pages || m_cut ? 1.5 * QFontMetricsF(m_view.font).height() : 0;
}

double TimelineSheets::legendHeight() const
{
    return KindLegend(m_view.showMeasures, m_palette, m_view.font)
        .height(m_sheet.width() - 2 * margin());
}

double TimelineSheets::timelineRoom() const
{
    return std::max(0.0, m_sheet.height() - titleHeight() - legendHeight() - footerHeight() -
                             sourcesHeight() - 2 * margin());
}

void TimelineSheets::paint(QPainter& painter, int index)
{
    if (index >= static_cast<int>(m_sheets.size()))
        return paintSourcesPage(painter, index - static_cast<int>(m_sheets.size()));
    const auto [first, last] = m_sheets.at(static_cast<std::size_t>(index));
    painter.save();
    painter.setFont(m_view.font);
    painter.fillRect(QRectF(QPointF(0, 0), m_sheet), m_palette.base());
    paintTitle(painter);

    // The lanes of this sheet under the axis; one image without a cut fills
    // its room as the window does.
    double lanes = 0;
    for (int lane = first; lane < last; ++lane)
        lanes += m_scene.geometry().laneRect(lane).height();
    const bool fill = m_kind == Kind::Image && !m_cut;
    const double height = fill ? timelineRoom() : m_scene.geometry().metrics().axisHeight + lanes;
    m_scene.setSize(QSizeF(m_sheet.width(), height));
    m_scene.setScrollY(first < last ? m_laneTops[static_cast<std::size_t>(first)] : 0);
    const auto& snapshot = *m_view.snapshot;
    TimelinePaintState state;
    state.scene = &m_scene;
    state.selectedMeeting = meetingIndexOf(snapshot, m_view.selectedMeeting);
    state.selectedMeasure = measureIndexOf(snapshot, m_view.selectedMeasure);
    state.highlightedOfficial = m_view.highlightedOfficial.toStdString();
    state.today = m_view.today;
    state.emptyText = snapshot.meetings.empty() ? tr("No meetings match the filter.") : QString();
    painter.translate(0, titleHeight());
    TimelinePainter(painter, m_palette, m_view.font, state)
        .paint(QRectF(0, 0, m_sheet.width(), height).toAlignedRect());
    painter.translate(0, -titleHeight());

    const double legendTop =
        m_sheet.height() - margin() - footerHeight() - sourcesHeight() - legendHeight();
    KindLegend(m_view.showMeasures, m_palette, m_view.font)
        .paint(painter,
               QRectF(margin(), legendTop, m_sheet.width() - 2 * margin(), legendHeight()));
    if (sourcesHeight() > 0)
        paintSources(painter,
                     QRectF(margin(), legendTop + legendHeight(), m_sheet.width() - 2 * margin(),
                            sourcesHeight()),
                     0, m_sourceLines.size());
    paintFooter(painter, index, m_sheet.height() - margin() - footerHeight());
    painter.restore();
}

void TimelineSheets::paintTitle(QPainter& painter) const
{
    QString title =
        tr("Parley — %1 to %2").arg(dateText(m_view.range.begin()), dateText(m_view.range.last()));
    title += tr(" · meetings shown: %L1").arg(m_view.snapshot->meetings.size());
    QFont bold = m_view.font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(m_palette.color(QPalette::WindowText));
    painter.drawText(QRectF(margin(), 0, m_sheet.width() - 2 * margin(), titleHeight()),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(m_view.font);
}

void TimelineSheets::paintFooter(QPainter& painter, int index, double top) const
{
    if (footerHeight() <= 0)
        return;
    const QRectF line(margin(), top, m_sheet.width() - 2 * margin(), footerHeight());
    painter.setPen(m_palette.color(QPalette::PlaceholderText));
    if (index >= static_cast<int>(m_sheets.size())) {
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         tr("%1 / %2").arg(index + 1).arg(count()));
        return;
    }
    const auto [first, last] = m_sheets.at(static_cast<std::size_t>(index));
    const auto lanes = static_cast<qsizetype>(m_scene.layout().lanes().size());
    if (m_kind == Kind::Image) {
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("The %L1 busiest of %L2 lanes; a PDF or a print shows them all")
                             .arg(last)
                             .arg(lanes));
        return;
    }
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Lanes %L1–%L2 of %L3").arg(first + 1).arg(last).arg(lanes));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     tr("%1 / %2").arg(index + 1).arg(count()));
}

} // namespace parley::ui
