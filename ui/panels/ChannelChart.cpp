#include "ui/panels/ChannelChart.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace parley::ui {

QString ChannelChart::countText(int year, int meetings)
{
    return meetings == 1 ? tr("%1: 1 meeting").arg(yearText(year))
                         : tr("%1: %2 meetings").arg(yearText(year), QLocale().toString(meetings));
}

ChannelChart::ChannelChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Meetings per year"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ChannelChart::setCounts(std::map<int, int> perYear)
{
    m_perYear = std::move(perYear);
    m_most = 0;
    QStringList years;
    for (const auto& [year, count] : m_perYear) {
        m_most = std::max(m_most, count);
        years << countText(year, count);
    }
    // What a screen reader says instead of the picture.
    setAccessibleDescription(years.join(QStringLiteral("; ")));
    update();
}

QSize ChannelChart::sizeHint() const { return {360, fontMetrics().height() * 8}; }

QSize ChannelChart::minimumSizeHint() const { return {120, fontMetrics().height() * 5}; }

QRectF ChannelChart::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const double left = metrics.horizontalAdvance(QLocale().toString(std::max(m_most, 1))) + 8;
    // Room above for the tallest bar's count, below for the years.
    return QRectF(left, metrics.height() * 1.2, width() - left - 4,
                  height() - metrics.height() * 2.8);
}

double ChannelChart::barWidth() const
{
    return m_perYear.empty() ? 0 : plotArea().width() / static_cast<double>(m_perYear.size());
}

int ChannelChart::yearAt(QPoint pos) const
{
    const QRectF area = plotArea();
    if (m_perYear.empty() || pos.x() < area.left() || pos.x() >= area.right())
        return 0;
    const auto slot = static_cast<int>((pos.x() - area.left()) / barWidth());
    return m_perYear.begin()->first + std::clamp(slot, 0, static_cast<int>(m_perYear.size()) - 1);
}

void ChannelChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const QColor muted = mutedTextColor(colours);
    const QFontMetrics metrics = fontMetrics();
    const QRectF area = plotArea();
    if (m_perYear.empty()) {
        painter.setPen(muted);
        painter.drawText(rect(), Qt::AlignCenter, tr("No meetings"));
        return;
    }
    // The axis: the baseline and the tallest count.
    painter.setPen(muted);
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawText(
        QRectF(0, area.top() - metrics.height() / 2.0, area.left() - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(m_most));

    const double slot = barWidth();
    const double bar = std::max(1.0, slot * 0.72);
    // Label every Nth year, N a round step as large as the labels need.
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 6;
    int every = 1;
    for (const int step : {1, 2, 5, 10, 20, 50, 100}) {
        every = step;
        if (slot * step >= labelWidth)
            break;
    }
    const QColor fill = colours.color(QPalette::Highlight);
    int at = 0;
    for (const auto& [year, count] : m_perYear) {
        const double x = area.left() + slot * at + (slot - bar) / 2;
        const double h = m_most > 0 ? area.height() * count / m_most : 0;
        if (count > 0) {
            const double top = area.bottom() - std::max(h, 1.5);
            painter.fillRect(QRectF(x, top, bar, area.bottom() - top), fill);
            // The count over its bar, where there is room for it.
            const QString label = QLocale().toString(count);
            if (metrics.horizontalAdvance(label) + 2 <= slot) {
                painter.setPen(colours.color(QPalette::WindowText));
                painter.drawText(
                    QRectF(x - slot, top - metrics.height(), bar + 2 * slot, metrics.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, label);
            }
        }
        if (year % every == 0) {
            painter.setPen(colours.color(QPalette::WindowText));
            painter.drawText(QRectF(x + bar / 2 - labelWidth / 2, area.bottom() + 2, labelWidth,
                                    metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
        }
        ++at;
    }
}

bool ChannelChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int year = yearAt(help->pos());
        if (year != 0)
            QToolTip::showText(help->globalPos(), countText(year, m_perYear.at(year)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace parley::ui
