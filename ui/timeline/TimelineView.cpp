#include "ui/timeline/TimelineView.h"

#include "ui/timeline/KindLegend.h"
#include "ui/timeline/TimelineAccessible.h"
#include "ui/timeline/TimelinePainter.h"
#include "ui/timeline/TimelineToolTips.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>

namespace parley::ui {

namespace {

using ItemKind = TimelineLayout::ItemKind;

constexpr double kZoomStep = 1.5;

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_today(boost::gregorian::day_clock::local_day())
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
    , m_relayoutTimer(new QTimer(this))
{
    TimelineAccessible::install();
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
    m_scene.setFont(font());
    updateGeometries();
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
    m_interaction.forgetItems();
    m_scene.setSnapshot(std::move(snapshot));
    m_selection.find(*m_scene.snapshot());
    // Another database's officials are not this one's: its highlight is stale.
    if (!m_highlightedOfficial.isEmpty() &&
        !m_scene.snapshot()->official(m_highlightedOfficial.toStdString()))
        setHighlightedOfficial(QString());
    updateGeometries();
    if (!m_rangeSet)
        fitAll();
}

void TimelineView::setGrouping(Grouping grouping)
{
    if (grouping == m_scene.grouping())
        return;
    m_interaction.forgetItems();
    m_scene.setGrouping(grouping);
    updateGeometries();
}

void TimelineView::setShowMeasures(bool show)
{
    if (show == m_scene.showsMeasures())
        return;
    m_interaction.forgetItems();
    m_scene.setShowMeasures(show);
    m_selection.showMeasures(show, *m_scene.snapshot());
    updateGeometries();
}

void TimelineView::setSelectedMeeting(const QString& meetingId)
{
    m_selection.setMeeting(meetingId, *m_scene.snapshot());
    if (m_selection.meetingIndex() >= 0)
        m_navigator.reveal(ItemKind::Meeting, m_selection.meetingIndex());
    update();
}

void TimelineView::setSelectedMeasure(const QString& measureId)
{
    m_selection.setMeasure(measureId, *m_scene.snapshot());
    if (m_selection.measureIndex() >= 0)
        m_navigator.reveal(ItemKind::Measure, m_selection.measureIndex());
    update();
}

void TimelineView::setHighlightedOfficial(const QString& officialId)
{
    if (officialId == m_highlightedOfficial)
        return;
    m_highlightedOfficial = officialId;
    update();
    emit highlightedOfficialChanged(officialId);
}

void TimelineView::setNewRecords(std::shared_ptr<const NewRecords> records)
{
    m_newRecords = std::move(records);
    update();
}

void TimelineView::setToday(Date today)
{
    m_today = today;
    update();
}

Period TimelineView::visibleRange() const
{
    return m_scene.scale().visibleRange(m_scene.laneWidth());
}

void TimelineView::setVisibleRange(Period range)
{
    TimeScale scale = m_scene.scale();
    scale.fit(range, m_scene.laneWidth());
    m_rangeSet = true;
    setScale(scale, true);
    // A jump rather than a gesture: titles take their room at once.
    if (m_scene.layoutIsStale())
        rebuildLayout();
}

void TimelineView::zoomIn() { m_navigator.zoomByKey(kZoomStep); }

void TimelineView::zoomOut() { m_navigator.zoomByKey(1 / kZoomStep); }

void TimelineView::fitAll()
{
    const Period otherwise(m_today - boost::gregorian::months(11),
                           m_today + boost::gregorian::months(1));
    m_rangeSet = m_rangeSet || m_scene.layout().span().has_value();
    setScale(m_scene.fitAll(otherwise));
    // Titles take their room at the new zoom at once, and the last one's
    // room depends on them.
    if (m_scene.layoutIsStale()) {
        rebuildLayout();
        setScale(m_scene.fitAll(otherwise));
    }
}

void TimelineView::selectNextMeeting() { m_navigator.stepMeetings(1); }

void TimelineView::selectPreviousMeeting() { m_navigator.stepMeetings(-1); }

void TimelineView::rebuildLayout()
{
    m_relayoutTimer->stop();
    m_interaction.forgetItems(); // item indices change with the layout
    m_scene.relayout();
    updateGeometries();
}

// The scroll bar shows when the lanes are taller than their room, and takes
// its width from them; the key to the colours stays under them.
void TimelineView::updateGeometries()
{
    const QSizeF area(
        width(),
        std::max(0.0,
                 height() - KindLegend(showMeasures(), palette(), font()).stripHeight(width())));
    m_scene.setSize(area);
    const bool scrolls = m_scene.geometry().maxScroll() > 0;
    const int barWidth =
        scrolls ? style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) : 0;
    m_scene.setSize(QSizeF(area.width() - barWidth, area.height()));
    const auto& geometry = m_scene.geometry();
    const int axis = static_cast<int>(geometry.metrics().axisHeight);
    m_scrollBar->setGeometry(width() - barWidth, axis, barWidth,
                             static_cast<int>(area.height()) - axis);
    m_scrollBar->setVisible(scrolls);
    m_scrollBar->setRange(0, static_cast<int>(std::ceil(geometry.maxScroll())));
    m_scrollBar->setPageStep(static_cast<int>(geometry.laneArea().height()));
    m_scrollBar->setSingleStep(static_cast<int>(geometry.metrics().rowHeight));
    scrollTo(m_scene.scrollY());
}

void TimelineView::setScale(const TimeScale& scale, bool forceSignal)
{
    const Period before = visibleRange();
    m_scene.setScale(scale);
    // The layout follows the zoom only when titles take room in it, and then
    // a moment after the last step of a gesture.
    if (m_scene.layoutIsStale())
        m_relayoutTimer->start();
    updateScene();
    if (forceSignal || visibleRange() != before)
        emit visibleRangeChanged(visibleRange());
}

void TimelineView::zoomAt(double x, double factor)
{
    TimeScale scale = m_scene.scale();
    scale.zoomAround(x, factor, m_scene.laneWidth());
    m_rangeSet = true;
    setScale(scale);
}

void TimelineView::panBy(double dx)
{
    TimeScale scale = m_scene.scale();
    scale.panByPixels(dx);
    m_rangeSet = true;
    setScale(scale);
}

void TimelineView::scrollTo(double y)
{
    m_scene.setScrollY(y);
    m_scrollBar->setValue(static_cast<int>(m_scene.scrollY()));
    updateScene();
}

// Zooms, pans and scrolls change the axis and the lanes, never the key to
// the colours under them.
void TimelineView::updateScene() { update(QRect(0, 0, width(), qCeil(m_scene.size().height()))); }

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    TimelinePaintState state;
    state.scene = &m_scene;
    state.selectedMeeting = m_selection.meetingIndex();
    state.selectedMeasure = m_selection.measureIndex();
    state.highlightedOfficial = m_highlightedOfficial.toStdString();
    state.today = m_today;
    state.newRecords = m_newRecords.get();
    state.hoveredItem = m_interaction.hoveredItem();
    state.band = m_interaction.band();
    state.ghost = m_interaction.ghost();
    // Said of a database with meetings; one without any, or still loading,
    // has pages of its own.
    state.emptyText = snapshot()->meetings.empty() && snapshot()->totalMeetings > 0
                          ? tr("No meetings match the filter.")
                          : QString();
    const QRect scene(QPoint(0, 0), m_scene.size().toSize());
    TimelinePainter(painter, palette(), font(), state).paint(event->rect().intersected(scene));
    // The axis goes on over the scroll bar.
    painter.fillRect(
        QRectF(scene.width(), 0, width() - scene.width(), m_scene.geometry().metrics().axisHeight),
        palette().color(QPalette::Window));

    const QRectF strip(0, scene.height(), width(), height() - scene.height());
    if (event->rect().intersects(strip.toAlignedRect()))
        KindLegend(showMeasures(), palette(), font()).paintStrip(painter, strip);
    if (m_interaction.showsFocus() && hasFocus()) {
        // A ring in the selection colour says where the keys go.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateGeometries();
}

void TimelineView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_scene.setFont(font());
        updateGeometries();
    }
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = TimelineToolTips::at(m_scene.geometry(), help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (m_interaction.special(event))
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

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_interaction.doubleClick(event))
        return QWidget::mouseDoubleClickEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (!m_interaction.key(event))
        return QWidget::keyPressEvent(event);
    event->accept();
}

void TimelineView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    m_interaction.focusIn(event->reason());
    update();
}

void TimelineView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    m_interaction.leave();
}

} // namespace parley::ui
