#include "ui/panels/ChannelPanel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/panels/ChannelChart.h"
#include "ui/panels/DetailsHtml.h"
#include "ui/panels/MeetingRowsModel.h"
#include "ui/panels/SidePicker.h"

#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QTreeWidget>

namespace parley::ui {

namespace {

// When a meeting started, as precisely as that is known.
QString startText(const Meeting& meeting)
{
    return periodText(meeting.start, meeting.start, meeting.precision);
}

} // namespace

ChannelPanel::ChannelPanel(QWidget* parent)
    : QWidget(parent)
    , m_a(new SidePicker(this))
    , m_b(new SidePicker(this))
    , m_summary(new QLabel(this))
    , m_chart(new ChannelChart(this))
    , m_tabs(new QTabWidget(this))
    , m_rows(new MeetingRowsModel(this))
    , m_meetings(new QTreeView(this))
    , m_offices(new QTreeWidget(this))
    , m_showOnTimeline(new QPushButton(tr("Show on timeline"), this))
    , m_countermeasures(new QPushButton(tr("Measures and countermeasures"), this))
{
    setAccessibleName(tr("Channel"));
    m_a->setAccessibleName(tr("First side"));
    m_b->setAccessibleName(tr("Second side"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("How often they met"));

    m_meetings->setModel(m_rows);
    m_meetings->setAccessibleName(tr("Meetings between them"));
    MeetingRowsModel::setUpView(m_meetings);
    m_meetings->setColumnHidden(MeetingRowsModel::PlaceColumn, true); // in each title's tip
    m_meetings->setColumnHidden(MeetingRowsModel::LagColumn, true);
    m_offices->setAccessibleName(tr("Offices that met"));
    m_offices->setRootIsDecorated(false);
    m_offices->setColumnCount(3);
    m_offices->header()->setStretchLastSection(false);
    m_offices->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_offices->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_offices->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_meetings, tr("Meetings"));
    m_tabs->addTab(m_offices, tr("Offices that met"));
    m_showOnTimeline->setToolTip(tr("Filter the timeline down to these meetings as far as "
                                    "filters can"));
    m_countermeasures->setToolTip(tr("Measures of one country on the other, each with the "
                                     "other's answer"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_a, 0, 0);
    layout->addWidget(new QLabel(QStringLiteral("↔"), this), 0, 1);
    layout->addWidget(m_b, 0, 2);
    layout->addWidget(m_summary, 1, 0, 1, 3);
    layout->addWidget(m_chart, 2, 0, 1, 3);
    layout->addWidget(m_tabs, 3, 0, 1, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showOnTimeline);
    buttons->addWidget(m_countermeasures);
    buttons->addStretch(1);
    layout->addLayout(buttons, 4, 0, 1, 3);
    layout->setRowStretch(3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);

    connect(m_a, &SidePicker::sideChosen, this, &ChannelPanel::onSidesChosen);
    connect(m_b, &SidePicker::sideChosen, this, &ChannelPanel::onSidesChosen);
    connect(m_meetings, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit meetingActivated(index.data(MeetingRowsModel::MeetingIdRole).toString());
    });
    connect(m_showOnTimeline, &QPushButton::clicked, this, [this] {
        if (m_channel)
            emit showOnTimelineRequested(m_channel->a, m_channel->b);
    });
    connect(m_countermeasures, &QPushButton::clicked, this, [this] {
        if (m_channel)
            emit countermeasuresRequested(toQString(m_channel->a.id), toQString(m_channel->b.id));
    });
    render();
}

void ChannelPanel::setSnapshot(SnapshotPtr snapshot)
{
    const bool dataChanged =
        !m_snapshot || !snapshot || m_snapshot->reference != snapshot->reference;
    m_snapshot = std::move(snapshot);
    m_a->setSnapshot(m_snapshot);
    m_b->setSnapshot(m_snapshot);
    if (dataChanged)
        recompute();
}

void ChannelPanel::setToday(Date today)
{
    m_today = today;
    recompute();
}

void ChannelPanel::showChannel(const Side& a, const Side& b)
{
    m_a->setSide(a);
    m_b->setSide(b);
    onSidesChosen();
}

void ChannelPanel::chooseOtherSide(const Side& a)
{
    m_a->setSide(a);
    m_b->clear();
    m_b->setFocus();
}

void ChannelPanel::clear()
{
    m_a->clear();
    m_b->clear();
    m_sides.reset();
    m_channel.reset();
    render();
}

void ChannelPanel::onSidesChosen()
{
    const auto a = m_a->side();
    const auto b = m_b->side();
    if (!a || !b) {
        // The other side is still to choose.
        (a ? m_b : m_a)->setFocus();
        return;
    }
    m_sides = {*a, *b};
    recompute();
}

void ChannelPanel::recompute()
{
    m_channel.reset();
    if (!m_sides || !m_snapshot || m_sides->first == m_sides->second) {
        render();
        return;
    }
    const ReferenceData& reference = *m_snapshot->reference;
    const auto lookup = [&reference](const std::string& id) -> const Official* {
        const auto found = reference.officials->find(id);
        return found == reference.officials->end() ? nullptr : &found->second;
    };
    const Date today = m_today.value_or(fromQDate(QDate::currentDate()));
    const auto& meetings = *reference.meetings;
    m_channel = channelOf(
        *reference.index,
        [&meetings](std::size_t position) -> const Meeting& { return meetings[position]; }, lookup,
        m_sides->first, m_sides->second, today);
    render();
}

void ChannelPanel::render()
{
    const bool shown = m_channel && m_snapshot;
    m_showOnTimeline->setEnabled(shown);
    m_countermeasures->setVisible(shown && m_channel->a.isCountry() && m_channel->b.isCountry());
    std::vector<MeetingRowsModel::Row> rows;
    m_offices->clear();
    m_offices->setHeaderLabels(
        {shown ? tr("Office of %1").arg(SidePicker::nameOf(m_channel->a, *m_snapshot)) : QString(),
         shown ? tr("Office of %1").arg(SidePicker::nameOf(m_channel->b, *m_snapshot)) : QString(),
         tr("Meetings")});
    if (!shown) {
        m_summary->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(mutedTextColor(palette()).name(),
                     escaped(m_sides ? tr("Choose two different sides.")
                                     : tr("Choose two sides, countries or "
                                          "officials, to see how often they met."))));
        m_chart->setCounts({});
        m_rows->setRows(m_snapshot, {}, false);
        return;
    }
    m_summary->setText(summaryHtml());
    m_chart->setCounts(m_channel->stats.perYear);
    for (const Meeting* meeting : m_channel->meetings)
        rows.push_back({meeting, std::nullopt, true});
    m_rows->setRows(m_snapshot, std::move(rows), false);
    const QString none = tr("(none on record)");
    for (const auto& pair : m_channel->offices) {
        auto* item = new QTreeWidgetItem(m_offices, {pair.a ? toQString(*pair.a) : none,
                                                     pair.b ? toQString(*pair.b) : none,
                                                     QLocale().toString(pair.meetings)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tabs->setTabText(0, tr("Meetings (%1)").arg(QLocale().toString(m_rows->rowCount())));
    m_tabs->setTabText(1,
                       tr("Offices that met (%1)")
                           .arg(QLocale().toString(static_cast<int>(m_channel->offices.size()))));
}

QString ChannelPanel::summaryHtml() const
{
    const auto& stats = m_channel->stats;
    const QLocale locale;
    const auto count = static_cast<qulonglong>(m_channel->meetings.size());
    const QString names = tr("%1 and %2")
                              .arg(SidePicker::nameOf(m_channel->a, *m_snapshot),
                                   SidePicker::nameOf(m_channel->b, *m_snapshot));
    QString html = QStringLiteral("<b>%1</b>").arg(escaped(names));
    if (count == 0)
        return html + QStringLiteral("<br>") + escaped(tr("No meeting between them is on record."));
    std::vector<std::pair<QString, QString>> facts;
    facts.emplace_back(
        tr("Meetings"),
        tr("%1, since %2").arg(locale.toString(count), startText(*m_channel->meetings.front())));
    if (stats.medianIntervalDays) {
        facts.emplace_back(tr("Median interval"), daysText(*stats.medianIntervalDays));
        QStringList gaps;
        for (const auto& gap : stats.longestGaps)
            gaps << tr("%1 (%2 – %3)")
                        .arg(daysText(gap.days), startText(*gap.before), startText(*gap.after));
        facts.emplace_back(tr("Longest gaps"), gaps.join(QStringLiteral("; ")));
    }
    const Meeting& last = *stats.last;
    const int since = *stats.daysSinceLast;
    const QString what =
        tr("%1, %2").arg(toQString(last.title), periodText(last.start, last.end, last.precision));
    facts.emplace_back(tr("Last met"), since >= 0 ? tr("%1 ago: %2").arg(daysText(since), what)
                                                  : tr("under way or ahead: %1").arg(what));
    return html + factsHtml(facts, palette());
}

QString ChannelPanel::text() const
{
    QString text =
        QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText() + QLatin1Char('\n');
    for (int i = 0; i < m_offices->topLevelItemCount(); ++i) {
        const auto* item = m_offices->topLevelItem(i);
        text +=
            tr("%1 ↔ %2: %3").arg(item->text(0), item->text(1), item->text(2)) + QLatin1Char('\n');
    }
    for (int row = 0; row < m_rows->rowCount(); ++row)
        text +=
            m_rows->index(row, MeetingRowsModel::WhenColumn).data().toString() + QLatin1Char(' ') +
            m_rows->index(row, MeetingRowsModel::TitleColumn).data().toString() + QLatin1Char('\n');
    return text;
}

void ChannelPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace parley::ui
