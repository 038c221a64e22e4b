#include "ui/timeline/CountBarsPainter.h"

#include "ui/timeline/ColorMix.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace parley::ui {

CountBarsPainter::CountBarsPainter(QPainter& painter, const QPalette& palette, const QFont& font,
                                   const TimelinePaintState& state)
    : m_painter(painter)
    , m_palette(palette)
    , m_font(font)
    , m_state(state)
    , m_geometry(state.scene->geometry())
{
}

std::pair<QString, QString> CountBarsPainter::scaleText(int most, double bucketDays)
{
    // Whole units, one spelled out ("a day"), more counted ("2 months").
    const auto whole = [](double units) {
        return std::max(1, static_cast<int>(std::lround(units)));
    };
    QString unit;
    if (const int days = whole(bucketDays); bucketDays < 14)
        unit = days == 1 ? tr("a day") : tr("%n days", nullptr, days);
    else if (const int weeks = whole(bucketDays / 7); bucketDays < 61)
        unit = weeks == 1 ? tr("a week") : tr("%n weeks", nullptr, weeks);
    else if (const int months = whole(bucketDays / 30.44); bucketDays < 730)
        unit = months == 1 ? tr("a month") : tr("%n months", nullptr, months);
    else if (const int years = whole(bucketDays / 365.25); years == 1)
        unit = tr("a year");
    else
        unit = tr("%n years", nullptr, years);
    return {tr("bars of %1:").arg(unit), tr("up to %L1").arg(most)};
}

std::optional<double> CountBarsPainter::selectedBucket(int lane) const
{
    const auto& layout = m_state.scene->layout();
    for (const auto kind : {TimelineLayout::ItemKind::Meeting, TimelineLayout::ItemKind::Measure}) {
        const int first = layout.firstItemOf(kind, kind == TimelineLayout::ItemKind::Meeting
                                                       ? m_state.selectedMeeting
                                                       : m_state.selectedMeasure);
        if (first < 0)
            continue;
        const auto& selected = layout.items()[static_cast<std::size_t>(first)];
        const auto [from, to] = layout.candidates(lane, selected.start, selected.end);
        for (int i = from; i < to; ++i) {
            const auto& item = layout.items()[static_cast<std::size_t>(i)];
            if (item.kind == kind && m_state.isSelected(item)) {
                const double days = m_geometry.bucketDays();
                return std::floor(item.start / days) * days;
            }
        }
    }
    return std::nullopt;
}

void CountBarsPainter::labelRun(const QRectF& run, int count)
{
    const QFontMetricsF metrics(m_font);
    const QString text = countText(count);
    const double width = metrics.horizontalAdvance(text) + 2 * m_geometry.metrics().gap;
    if (run.width() < width)
        return;
    const QRectF pill(run.center().x() - width / 2, run.top(), width, metrics.height());
    m_painter.fillRect(pill, withAlpha(m_palette.color(QPalette::Base), 0.8));
    m_painter.setPen(m_palette.color(QPalette::Text));
    m_painter.drawText(pill, Qt::AlignCenter, text);
}

int CountBarsPainter::paint(int lane)
{
    // The whole lane, whatever part is exposed, so that the heights and sums
    // are the same in every paint.
    const QRectF area = m_geometry.laneArea();
    const auto buckets = m_geometry.clusters(lane, area.left(), area.right());
    if (buckets.empty())
        return 0;
    const int most = std::ranges::max(buckets, {}, &ClusterBucket::count).count;
    const QColor ink = m_palette.color(QPalette::Text);
    const QColor background = TimelinePainter::laneBackground(lane, m_palette);
    const QColor highlight = m_palette.color(QPalette::Highlight);
    const auto selected = selectedBucket(lane);
    // Bars sit on whole pixels, opaque, so they are filled without blending.
    m_painter.save();
    m_painter.setFont(m_font);
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    QRectF run;
    int runCount = 0;
    for (const ClusterBucket& bucket : buckets) {
        const double share = std::log1p(bucket.count) / std::log1p(std::max(most, 1));
        const double height = bucket.rect.height() * (0.2 + 0.8 * share);
        const QRect bar(
            QPoint(qRound(bucket.rect.left()), qRound(bucket.rect.bottom() - height)),
            QPoint(std::max(qRound(bucket.rect.left()), qRound(bucket.rect.right()) - 1),
                   qRound(bucket.rect.bottom()) - 1));
        const bool isSelected = selected && *selected == bucket.fromDay;
        m_painter.fillRect(bar,
                           isSelected ? highlight : blended(ink, background, 0.15 + 0.3 * share));
        if (runCount > 0 && std::abs(run.right() - bucket.rect.left()) < 0.5) {
            run = run.united(bucket.rect);
            runCount += bucket.count;
            continue;
        }
        if (runCount > 0)
            labelRun(run, runCount);
        run = bucket.rect;
        runCount = bucket.count;
    }
    labelRun(run, runCount);
    m_painter.restore();
    return most;
}

} // namespace parley::ui
