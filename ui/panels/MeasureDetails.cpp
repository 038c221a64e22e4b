#include "ui/panels/MeasureDetails.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/panels/DetailsHtml.h"

#include <QLocale>
#include <QStringList>

namespace parley::ui {

MeasureDetails::MeasureDetails(QWidget* parent)
    : DetailsBrowser(parent)
{
    setAccessibleName(tr("Measure details"));
    clear();
}

void MeasureDetails::showMeasure(SnapshotPtr snapshot, Measure measure, std::vector<Source> sources,
                                 std::vector<Meeting> raisedAt)
{
    m_snapshot = std::move(snapshot);
    m_measure = std::move(measure);
    m_sources = std::move(sources);
    m_raisedAt = std::move(raisedAt);
    render();
}

void MeasureDetails::clear()
{
    m_snapshot.reset();
    m_measure.reset();
    m_sources.clear();
    m_raisedAt.clear();
    render();
}

QString MeasureDetails::measureId() const
{
    return m_measure ? toQString(m_measure->id) : QString();
}

void MeasureDetails::render()
{
    if (!m_measure || !m_snapshot) {
        setHtml(hintHtml(tr("Select a measure on the timeline or in a meeting's details")));
        return;
    }
    setHtml(measureHtml(*m_measure));
}

QString MeasureDetails::measureHtml(const Measure& measure) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(measure.title));
    QStringList targets;
    for (const auto& code : measure.targets)
        targets << toQString(m_snapshot->countryName(code));
    std::vector<std::pair<QString, QString>> facts{
        {tr("Kind"), measureKindText(measure.kind)},
        {tr("Announced"), periodText(measure.announced, measure.announced, measure.precision)},
        {tr("Imposed by"), toQString(m_snapshot->countryName(measure.imposedBy))}};
    // A measure on every country (as an export control can be) names none.
    if (!targets.isEmpty())
        facts.emplace_back(tr("On"), QLocale().createSeparatedList(targets));
    if (measure.targetEntity)
        facts.emplace_back(tr("Aimed at"), toQString(*measure.targetEntity));
    html += factsHtml(facts, palette());

    if (!measure.topics.empty())
        html += sectionHtml(tr("Topics"), topicsHtml(measure.topics, *m_snapshot));
    if (measure.summary)
        html +=
            sectionHtml(tr("Summary"), QStringLiteral("<p>%1</p>").arg(escaped(*measure.summary)));
    if (!m_raisedAt.empty())
        html += sectionHtml(tr("Raised at"), raisedAtHtml());
    if (!measure.sources.empty())
        html += sectionHtml(tr("Sources"), sourcesHtml(measure.sources, m_sources));
    return html;
}

QString MeasureDetails::raisedAtHtml() const
{
    QStringList items;
    for (const auto& meeting : m_raisedAt)
        items << linkHtml(appUrl(LinkTarget::Meeting, meeting.id), toQString(meeting.title)) +
                     QStringLiteral(" <span style=\"color:%1\">%2</span>")
                         .arg(mutedTextColor(palette()).name(),
                              escaped(periodText(meeting.start, meeting.end, meeting.precision)));
    return listHtml(items);
}

} // namespace parley::ui
