#include "ui/timeline/TimelineView.h"

#include "ui/timeline/TimelinePainter.h"
#include "ui/timeline/TitleWidths.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>

namespace parley::ui {

namespace {

constexpr double kZoomStep = 1.5;
// Above this many items, labels no longer reserve room and the layout is built
// once per snapshot instead of again whenever the zoom changes a lot.
constexpr std::size_t kLabelledLayoutLimit = 20000;
constexpr double kRelayoutZoomRatio = 1.3;

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_snapshot(std::make_shared<TimelineSnapshot>())
    , m_today(boost::gregorian::day_clock::local_day())
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
    , m_relayoutTimer(new QTimer(this))
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Meetings and measures over time, in lanes"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scrollBar->setAccessibleName(tr("Scroll lanes"));
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) { scrollTo(value); });
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(150);
    connect(m_relayoutTimer, &QTimer::timeout, this, &TimelineView::rebuildLayout);
    rebuildLayout();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 30);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 8);
}

void TimelineView::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<TimelineSnapshot>();
    m_selectedIndex = meetingIndex(m_selectedId);
    rebuildLayout();
    if (!m_rangeSet)
        fitAll();
}

void TimelineView::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    m_scrollY = 0;
    rebuildLayout();
}

void TimelineView::setShowMeasures(bool show)
{
    if (show == m_showMeasures)
        return;
    m_showMeasures = show;
    rebuildLayout();
}

void TimelineView::setSelectedMeeting(const QString& meetingId)
{
    m_selectedId = meetingId;
    m_selectedIndex = meetingIndex(meetingId);
    if (m_selectedIndex >= 0)
        reveal(m_selectedIndex);
    update();
}

void TimelineView::setHighlightedOfficial(const QString& officialId)
{
    m_highlightedOfficial = officialId;
    update();
}

void TimelineView::setToday(Date today)
{
    m_today = today;
    update();
}

Period TimelineView::visibleRange() const { return m_scale.visibleRange(m_laneWidth); }

void TimelineView::setVisibleRange(Period range)
{
    TimeScale scale = m_scale;
    scale.fit(range, m_laneWidth);
    m_rangeSet = true;
    setScale(scale, true);
}

Date TimelineView::dateAt(QPoint pos) const { return m_scale.dateAt(laneX(pos)); }

QRect TimelineView::meetingRect(const QString& meetingId) const
{
    const int item = m_layout.firstItemOfMeeting(meetingIndex(meetingId));
    if (item < 0)
        return {};
    return m_hitTest.markerRect(m_layout.items()[static_cast<std::size_t>(item)]).toAlignedRect();
}

TimelineView::RecordAt TimelineView::recordAt(QPoint pos) const
{
    const auto hit = m_hitTest.hitAt(pos);
    if (hit.kind != TimelineHitTest::Hit::Kind::Item)
        return {};
    const auto& item = m_layout.items()[static_cast<std::size_t>(hit.item)];
    const auto index = static_cast<std::size_t>(item.index);
    if (item.kind == TimelineLayout::ItemKind::Measure)
        return {RecordAt::Kind::Measure, QString::fromStdString(m_snapshot->measures[index].id)};
    return {RecordAt::Kind::Meeting, QString::fromStdString(m_snapshot->meetings[index].id)};
}

void TimelineView::zoomIn() { zoomAt(m_laneWidth / 2, kZoomStep); }

void TimelineView::zoomOut() { zoomAt(m_laneWidth / 2, 1 / kZoomStep); }

void TimelineView::fitAll()
{
    const auto span = m_layout.span();
    const Period range = span ? *span
                              : Period(m_today - boost::gregorian::months(11),
                                       m_today + boost::gregorian::months(1));
    // A margin keeps the first and last items off the edges.
    const auto margin = boost::gregorian::days(std::max(1L, range.length().days() / 25));
    TimeScale scale = m_scale;
    scale.fit(Period(range.begin() - margin, range.end() + margin), m_laneWidth);
    m_rangeSet = m_rangeSet || span.has_value();
    setScale(scale);
}

void TimelineView::selectNextMeeting() { selectRelative(1); }

void TimelineView::selectPreviousMeeting() { selectRelative(-1); }

void TimelineView::selectRelative(int step)
{
    const int count = static_cast<int>(m_snapshot->meetings.size());
    if (count == 0)
        return;
    int index = m_selectedIndex + step;
    if (m_selectedIndex < 0) {
        // Without a selection, start from what is in view.
        const Date first = visibleRange().begin();
        const auto it = std::ranges::lower_bound(m_snapshot->meetings, first, {}, &Meeting::start);
        index = std::min(static_cast<int>(it - m_snapshot->meetings.begin()), count - 1);
    }
    if (index < 0 || index >= count)
        return;
    const QString id =
        QString::fromStdString(m_snapshot->meetings[static_cast<std::size_t>(index)].id);
    setSelectedMeeting(id);
    emit meetingActivated(id);
}

void TimelineView::reveal(int meetingIndex)
{
    const int itemIndex = m_layout.firstItemOfMeeting(meetingIndex);
    if (itemIndex < 0)
        return;
    const auto& item = m_layout.items()[static_cast<std::size_t>(itemIndex)];
    if (item.start < m_scale.dayAt(0) || item.end > m_scale.dayAt(m_laneWidth)) {
        TimeScale scale = m_scale;
        scale.panByPixels(m_laneWidth / 2 - m_scale.x((item.start + item.end) / 2.0));
        setScale(scale);
    }
    // Scroll only when no lane showing the meeting is in view.
    if (m_hitTest.showsMeeting(meetingIndex))
        return;
    const QRectF area = m_hitTest.laneArea();
    const QRectF lane = m_hitTest.laneRect(item.lane);
    scrollTo(m_scrollY + lane.top() - area.top() - (area.height() - lane.height()) / 2);
}

int TimelineView::meetingIndex(const QString& meetingId) const
{
    if (meetingId.isEmpty())
        return -1;
    return m_snapshot->meetings.rowOf(meetingId.toStdString());
}

void TimelineView::rebuildLayout()
{
    m_relayoutTimer->stop();
    m_interaction.forgetHover(); // item indices change with the layout
    const QFontMetricsF font(this->font());
    const auto metrics = TimelineMetrics::forFont(font);
    TimelineLayout::LabelDays labelDays;
    double markerDays = 0;
    const double daysPerPixel = m_scale.daysPerPixel();
    m_layoutLabelled =
        m_snapshot->meetings.size() + m_snapshot->measures.size() <= kLabelledLayoutLimit;
    TitleWidths titleWidths(font);
    if (m_layoutLabelled) {
        labelDays = [&](const QString& title) {
            return (titleWidths.of(title) + 2 * metrics.gap) * daysPerPixel;
        };
        markerDays = (metrics.markerSize + metrics.gap) * daysPerPixel;
    }
    m_layout = m_layouts.next(std::move(m_layout), *m_snapshot, m_grouping, m_showMeasures,
                              labelDays, markerDays);
    m_layoutDaysPerPixel = daysPerPixel;
    updateGeometries();
}

// The time scale keeps its days when the room for lanes changes width.
void TimelineView::updateGeometries()
{
    const QFontMetricsF font(this->font());
    m_hitTest = TimelineHitTest(m_snapshot.get(), &m_layout, font,
                                TimelineMetrics::forFont(font, &m_layout));
    const auto& metrics = m_hitTest.metrics();
    m_hitTest.setView(m_scale, size(), m_scrollY);
    const bool scrolls = m_hitTest.maxScroll() > 0;
    const int barWidth =
        scrolls ? style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) : 0;
    const int axis = static_cast<int>(metrics.axisHeight);
    m_scrollBar->setGeometry(width() - barWidth, axis, barWidth, height() - axis);
    m_scrollBar->setVisible(scrolls);
    m_areaSize = QSizeF(width() - barWidth, height());
    const double laneWidth = std::max(1.0, m_areaSize.width() - metrics.headerWidth);
    m_scale.stretch(m_laneWidth, laneWidth);
    m_laneWidth = laneWidth;
    m_hitTest.setView(m_scale, m_areaSize, m_scrollY);
    m_scrollBar->setRange(0, static_cast<int>(std::ceil(m_hitTest.maxScroll())));
    m_scrollBar->setPageStep(static_cast<int>(m_hitTest.laneArea().height()));
    m_scrollBar->setSingleStep(static_cast<int>(metrics.rowHeight));
    scrollTo(m_scrollY);
}

// Everything that follows the scale and the scroll position; the layout follows
// the zoom only when titles take room in it, and then a moment later.
void TimelineView::updateView()
{
    m_hitTest.setView(m_scale, m_areaSize, m_scrollY);
    const QFontMetricsF font(this->font());
    m_ticks =
        ticksFor(m_scale, m_laneWidth, [&](const QString& s) { return font.horizontalAdvance(s); });
    const double ratio = m_scale.daysPerPixel() / m_layoutDaysPerPixel;
    if (m_layoutLabelled && (ratio > kRelayoutZoomRatio || ratio < 1 / kRelayoutZoomRatio))
        m_relayoutTimer->start();
    update();
}

void TimelineView::setScale(const TimeScale& scale, bool forceSignal)
{
    const Period before = visibleRange();
    m_scale = scale;
    updateView();
    if (forceSignal || visibleRange() != before)
        emit visibleRangeChanged(visibleRange());
}

void TimelineView::zoomAt(double x, double factor)
{
    TimeScale scale = m_scale;
    scale.zoomAround(x, factor, m_laneWidth);
    m_rangeSet = true;
    setScale(scale);
}

void TimelineView::panBy(double dx)
{
    TimeScale scale = m_scale;
    scale.panByPixels(dx);
    m_rangeSet = true;
    setScale(scale);
}

void TimelineView::scrollTo(double y)
{
    m_scrollY = std::clamp(std::round(y), 0.0, m_hitTest.maxScroll());
    m_scrollBar->setValue(static_cast<int>(m_scrollY));
    updateView();
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    TimelinePaintState state;
    state.snapshot = m_snapshot.get();
    state.layout = &m_layout;
    state.geometry = &m_hitTest;
    state.ticks = &m_ticks;
    state.selectedMeeting = m_selectedIndex;
    state.highlightedOfficial = m_highlightedOfficial.toStdString();
    state.today = m_today;
    state.hoveredItem = m_interaction.hoveredItem();
    state.band = m_interaction.band();
    state.emptyText =
        m_snapshot->meetings.empty() ? tr("No meetings match the filter.") : QString();
    TimelinePainter(painter, palette(), font(), state).paint(event->rect());
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateGeometries();
}

void TimelineView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        rebuildLayout();
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_hitTest.toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture &&
        m_interaction.gesture(static_cast<QNativeGestureEvent*>(event)))
        return true;
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent* event) { m_interaction.wheel(event); }

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_interaction.press(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) { m_interaction.move(event); }

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_interaction.release(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (!m_interaction.key(event))
        return QWidget::keyPressEvent(event);
    event->accept();
}

void TimelineView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    m_interaction.leave();
}

} // namespace parley::ui
