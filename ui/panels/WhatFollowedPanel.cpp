#include "ui/panels/WhatFollowedPanel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/panels/MeetingRowsModel.h"
#include "ui/timeline/CountermeasureLanes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {

namespace {

const QString kDaysKey = QStringLiteral("whatFollowed/days");
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kAnswerIdRole = Qt::UserRole + 2;

QTreeWidget* newList(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setAccessibleName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    return list;
}

QString announcedText(const Measure& measure)
{
    return periodText(measure.announced, measure.announced, measure.precision);
}

} // namespace

WhatFollowedPanel::WhatFollowedPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_meetingsHeading(new QLabel(this))
    , m_rows(new MeetingRowsModel(this))
    , m_meetings(new QTreeView(this))
    , m_measuresHeading(new QLabel(this))
    , m_measures(newList(this, tr("Measures around the meeting"),
                         {tr("Lag"), tr("Announced"), tr("Measure"), tr("By")}))
    , m_pairsHeading(new QLabel(this))
    , m_lanes(new CountermeasureLanes(this))
    , m_pairs(newList(this, tr("Measures and countermeasures"),
                      {tr("Measure"), tr("Answered by"), tr("After")}))
{
    setAccessibleName(tr("What followed"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_days->setRange(0, 3650);
    const auto showUnit = [this](int days) {
        m_days->setSuffix(days == 1 ? tr(" day") : tr(" days"));
    };
    m_days->setAccessibleName(tr("Days before and after"));
    m_days->setValue(QSettings().value(kDaysKey, 30).toInt());
    showUnit(m_days->value());
    m_meetings->setModel(m_rows);
    m_meetings->setAccessibleName(tr("Meetings around the measure"));
    MeetingRowsModel::setUpView(m_meetings);
    m_meetings->setColumnHidden(MeetingRowsModel::PlaceColumn, true); // in each title's tip
    for (auto* label : {m_meetingsHeading, m_measuresHeading, m_pairsHeading})
        label->setWordWrap(true);
    m_meetingsHeading->setBuddy(m_meetings);
    m_measuresHeading->setBuddy(m_measures);
    m_pairsHeading->setBuddy(m_pairs);
    m_pairs->setToolTip(tr("Each measure paired with the latest earlier measure of the other "
                           "side that it may answer"));

    auto* within = new QHBoxLayout;
    auto* withinLabel = new QLabel(tr("&Within"), this);
    withinLabel->setBuddy(m_days);
    within->addWidget(withinLabel);
    within->addWidget(m_days);
    within->addWidget(new QLabel(tr("before and after"), this));
    within->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(within);
    layout->addWidget(m_meetingsHeading);
    layout->addWidget(m_meetings, 2);
    layout->addWidget(m_measuresHeading);
    layout->addWidget(m_measures, 2);
    layout->addWidget(m_pairsHeading);
    layout->addWidget(m_lanes);
    layout->addWidget(m_pairs, 1);

    connect(m_days, &QSpinBox::valueChanged, this, [this, showUnit](int days) {
        showUnit(days);
        QSettings().setValue(kDaysKey, days);
        refresh();
    });
    connect(m_meetings, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit meetingActivated(index.data(MeetingRowsModel::MeetingIdRole).toString());
    });
    connect(m_measures, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit measureActivated(item->data(0, kIdRole).toString());
    });
    // The column says which of the two measures.
    connect(m_lanes, &CountermeasureLanes::measureActivated, this,
            &WhatFollowedPanel::measureActivated);
    connect(m_pairs, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item, int column) {
        emit measureActivated(item->data(0, column == 0 ? kIdRole : kAnswerIdRole).toString());
    });
    render();
}

int WhatFollowedPanel::days() const { return m_days->value(); }

void WhatFollowedPanel::setDays(int days) { m_days->setValue(days); }

void WhatFollowedPanel::setSnapshot(SnapshotPtr snapshot)
{
    const bool dataChanged =
        !m_snapshot || !snapshot || m_snapshot->reference != snapshot->reference;
    m_snapshot = std::move(snapshot);
    if (dataChanged)
        refresh();
}

void WhatFollowedPanel::showMeasure(const std::string& measureId)
{
    showSubject(OfMeasure{measureId});
}

void WhatFollowedPanel::showMeeting(const std::string& meetingId)
{
    showSubject(OfMeeting{meetingId});
}

void WhatFollowedPanel::showCountries(const std::string& a, const std::string& b)
{
    showSubject(OfCountries{a, b});
}

void WhatFollowedPanel::clear() { showSubject(Nothing{}); }

void WhatFollowedPanel::showSubject(Subject subject)
{
    m_subject = std::move(subject);
    refresh();
}

// Only what is seen is worked out: a panel in a hidden tab waits until shown.
void WhatFollowedPanel::refresh()
{
    m_stale = !isVisible();
    if (!m_stale)
        render();
}

void WhatFollowedPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QString WhatFollowedPanel::measureLine(const Measure& measure) const
{
    QStringList targets;
    for (const auto& code : measure.targets)
        targets << toQString(m_snapshot->countryName(code));
    return tr("%1 on %2")
        .arg(toQString(m_snapshot->countryName(measure.imposedBy)),
             targets.isEmpty() ? tr("no country") : QLocale().createSeparatedList(targets));
}

void WhatFollowedPanel::render()
{
    m_rows->setRows(m_snapshot, {}, true);
    m_measures->clear();
    m_pairs->clear();
    for (QWidget* part :
         std::initializer_list<QWidget*>{m_meetingsHeading, m_meetings, m_measuresHeading,
                                         m_measures, m_pairsHeading, m_lanes, m_pairs})
        part->hide();
    m_lanes->clear();
    const auto* measure = std::get_if<OfMeasure>(&m_subject);
    const auto* meeting = std::get_if<OfMeeting>(&m_subject);
    const auto* countries = std::get_if<OfCountries>(&m_subject);
    const Measure* found = m_snapshot && measure ? m_snapshot->measure(measure->id) : nullptr;
    if (found)
        return renderMeasure(*found);
    if (m_snapshot && meeting) {
        if (const auto held = m_snapshot->reference->meetings->positionOfId(meeting->id))
            return renderMeeting(*held);
    }
    if (m_snapshot && countries) {
        m_heading->setText(tr("<b>Measures between %1 and %2</b>")
                               .arg(escaped(m_snapshot->countryName(countries->a)),
                                    escaped(m_snapshot->countryName(countries->b))));
        const auto& all = *m_snapshot->reference->allMeasures;
        auto pairs = pairedMeasures(all, countries->a, countries->b, days());
        fillPairs(pairs);
        // The same pairs drawn over time, each side in its own lane.
        std::vector<const Measure*> between;
        for (const auto& each : all) {
            if (imposes(each, countries->a, countries->b) ||
                imposes(each, countries->b, countries->a))
                between.push_back(&each);
        }
        m_lanes->setVisible(!between.empty());
        m_lanes->setMeasures(toQString(m_snapshot->countryName(countries->a)),
                             toQString(m_snapshot->countryName(countries->b)), countries->a,
                             std::move(between), std::move(pairs));
        return;
    }
    m_heading->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(mutedTextColor(palette()).name(),
                                escaped(tr("Select a measure or a meeting to see what came "
                                           "before and after it."))));
}

void WhatFollowedPanel::renderMeasure(const Measure& measure)
{
    m_heading->setText(tr("<b>%1</b><br>%2, announced %3")
                           .arg(escaped(measure.title), escaped(measureLine(measure)),
                                escaped(announcedText(measure))));
    std::vector<const Meeting*> candidates;
    for (const auto position : meetingsAround(*m_snapshot->reference->index, measure, days()))
        candidates.push_back(&(*m_snapshot->reference->meetings)[position]);
    std::vector<MeetingRowsModel::Row> rows;
    for (const auto& lagged : followedBy(measure, candidates, days()))
        rows.push_back({lagged.meeting, lagged.lagDays, lagged.exact});
    m_meetingsHeading->setText(
        measure.targets.empty()
            ? tr("This measure names no target country, so no meetings between the two sides.")
            : tr("Meetings of both sides within %1: %2")
                  .arg(daysText(days()), QLocale().toString(static_cast<qulonglong>(rows.size()))));
    m_rows->setRows(m_snapshot, std::move(rows), true);
    m_meetingsHeading->show();
    m_meetings->show();
    // The pairs this measure is in, with each target.
    std::vector<MeasurePair> pairs;
    for (const auto& target : measure.targets) {
        for (const auto& pair : pairedMeasures(*m_snapshot->reference->allMeasures,
                                               measure.imposedBy, target, days())) {
            if (pair.first->id == measure.id || pair.answer->id == measure.id)
                pairs.push_back(pair);
        }
    }
    fillPairs(pairs);
}

void WhatFollowedPanel::renderMeeting(std::size_t position)
{
    const auto& reference = *m_snapshot->reference;
    const Meeting& meeting = (*reference.meetings)[position];
    m_heading->setText(
        tr("<b>%1</b><br>%2")
            .arg(escaped(meeting.title),
                 escaped(periodText(meeting.start, meeting.end, meeting.precision))));
    std::vector<std::string> countries;
    for (const auto country : reference.index->countriesOf(position))
        countries.push_back(reference.index->countryCodes()[country]);
    const auto lagged = measuresAround(meeting, countries, *reference.allMeasures, days());
    for (const auto& item : lagged) {
        auto* row = new QTreeWidgetItem(
            m_measures,
            {MeetingRowsModel::lagText(item.lagDays, item.exact), announcedText(*item.measure),
             toQString(item.measure->title), measureLine(*item.measure)});
        row->setData(0, kIdRole, toQString(item.measure->id));
        row->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_measuresHeading->setText(
        tr("Measures of its countries within %1: %2")
            .arg(daysText(days()), QLocale().toString(static_cast<qulonglong>(lagged.size()))));
    m_measures->resizeColumnToContents(0);
    m_measures->resizeColumnToContents(1);
    m_measuresHeading->show();
    m_measures->show();
}

void WhatFollowedPanel::fillPairs(const std::vector<MeasurePair>& pairs)
{
    for (const auto& pair : pairs) {
        auto* row = new QTreeWidgetItem(
            m_pairs, {tr("%1 (%2)").arg(toQString(pair.first->title), announcedText(*pair.first)),
                      tr("%1 (%2)").arg(toQString(pair.answer->title), announcedText(*pair.answer)),
                      pair.lagDays == 0 ? tr("the same day")
                                        : MeetingRowsModel::lagText(pair.lagDays, pair.exact)});
        row->setData(0, kIdRole, toQString(pair.first->id));
        row->setData(0, kAnswerIdRole, toQString(pair.answer->id));
        row->setToolTip(0, measureLine(*pair.first));
        row->setToolTip(1, measureLine(*pair.answer));
    }
    m_pairsHeading->setText(
        tr("Answered by the other side within %1: %2")
            .arg(daysText(days()), QLocale().toString(static_cast<qulonglong>(pairs.size()))));
    m_pairsHeading->show();
    m_pairs->setVisible(!pairs.empty());
}

QString WhatFollowedPanel::text() const
{
    QString text =
        QTextDocumentFragment::fromHtml(m_heading->text()).toPlainText() + QLatin1Char('\n');
    if (m_meetings->isVisibleTo(this)) {
        text += m_meetingsHeading->text() + QLatin1Char('\n');
        for (int row = 0; row < m_rows->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < MeetingRowsModel::ColumnCount; ++column)
                cells << m_rows->index(row, column).data().toString();
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
    }
    for (const auto& [heading, list] :
         {std::pair(m_measuresHeading, m_measures), std::pair(m_pairsHeading, m_pairs)}) {
        if (!list->isVisibleTo(this))
            continue;
        text += heading->text() + QLatin1Char('\n');
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QStringList cells;
            for (int column = 0; column < list->columnCount(); ++column)
                cells << list->topLevelItem(i)->text(column);
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace parley::ui
