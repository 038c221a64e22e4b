#include "ui/panels/ChannelsList.h"

#include "db/analysis/Lag.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parley::ui {

namespace {

enum Column { PairColumn, MeetingsColumn, LastColumn, SinceColumn };
constexpr int kARole = Qt::UserRole + 1;
constexpr int kBRole = Qt::UserRole + 2;

QTreeWidget* newList(QWidget* parent, const QString& name)
{
    auto* list = new QTreeWidget(parent);
    list->setAccessibleName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels({ChannelsList::tr("Countries"), ChannelsList::tr("Meetings"),
                           ChannelsList::tr("Last met"), ChannelsList::tr("Since")});
    list->header()->setSectionResizeMode(PairColumn, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    return list;
}

} // namespace

ChannelsList::ChannelsList(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_busiest(newList(this, tr("Busiest channels")))
    , m_quietest(newList(this, tr("Channels silent longest")))
{
    setAccessibleName(tr("Channels"));
    m_heading->setWordWrap(true);
    m_tabs->addTab(m_busiest, tr("Busiest"));
    m_tabs->addTab(m_quietest, tr("Silent longest"));
    m_quietest->setToolTip(tr("Pairs of countries that met at least three times, the longest "
                              "silent first"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    for (auto* list : {m_busiest, m_quietest})
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
            emit channelRequested(
                Side::country(item->data(PairColumn, kARole).toString().toStdString()),
                Side::country(item->data(PairColumn, kBRole).toString().toStdString()));
        });
}

void ChannelsList::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_stale = true;
    if (isVisible())
        refresh();
}

void ChannelsList::setToday(Date today)
{
    m_today = today;
    m_stale = true;
    if (isVisible())
        refresh();
}

void ChannelsList::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChannelsList::refresh()
{
    m_stale = false;
    if (!m_snapshot) {
        fill(m_busiest, {});
        fill(m_quietest, {});
        return;
    }
    const auto& meetings = m_snapshot->meetings;
    std::vector<std::size_t> positions(meetings.size());
    for (std::size_t row = 0; row < meetings.size(); ++row)
        positions[row] = meetings.positionOf(row);
    const auto pairs = countryPairs(*m_snapshot->reference->index, positions);
    const QString count = QLocale().toString(static_cast<qulonglong>(meetings.size()));
    m_heading->setText(m_snapshot->filter.isEmpty()
                           ? tr("Pairs of countries that met, among all %1 meetings.").arg(count)
                           : tr("Pairs of countries that met, among the %1 meetings the filters "
                                "show.")
                                 .arg(count));
    fill(m_busiest, busiestPairs(pairs, kShown));
    fill(m_quietest, quietestPairs(pairs, kShown));
}

void ChannelsList::fill(QTreeWidget* list, const std::vector<PairActivity>& pairs)
{
    list->clear();
    const Date today = m_today.value_or(fromQDate(QDate::currentDate()));
    const QLocale locale;
    for (const auto& pair : pairs) {
        const Date last = dateOfDay(pair.lastDay);
        const int since = dayNumber(today) - pair.lastDay;
        auto* item = new QTreeWidgetItem(
            list, {tr("%1 – %2").arg(toQString(m_snapshot->countryName(pair.a)),
                                     toQString(m_snapshot->countryName(pair.b))),
                   locale.toString(pair.meetings), dateText(last),
                   since >= 0 ? daysText(since) : tr("ahead")});
        item->setData(PairColumn, kARole, toQString(pair.a));
        item->setData(PairColumn, kBRole, toQString(pair.b));
        item->setTextAlignment(MeetingsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(SinceColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = MeetingsColumn; column <= SinceColumn; ++column)
        list->resizeColumnToContents(column);
}

} // namespace parley::ui
