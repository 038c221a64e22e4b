#include "ui/panels/MeetingDetails.h"

#include "db/model/Engagements.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/panels/DetailsHtml.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QStringList>

namespace parley::ui {

MeetingDetails::MeetingDetails(QWidget* parent)
    : DetailsBrowser(parent)
{
    setAccessibleName(tr("Meeting details"));
    clear();
}

void MeetingDetails::showMeeting(SnapshotPtr snapshot, Meeting meeting, std::vector<Source> sources)
{
    m_snapshot = std::move(snapshot);
    m_meeting = std::move(meeting);
    m_sources = std::move(sources);
    render();
}

void MeetingDetails::clear()
{
    m_snapshot.reset();
    m_meeting.reset();
    m_sources.clear();
    render();
}

QString MeetingDetails::meetingId() const
{
    return m_meeting ? toQString(m_meeting->id) : QString();
}

void MeetingDetails::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (m_meeting) {
        menu->addSeparator();
        MeetingCitation::addActions(menu.get(), [this](MeetingCitation::Format format) {
            emit citationRequested(meetingId(), format);
        });
    }
    menu->exec(event->globalPos());
}

void MeetingDetails::render()
{
    if (!m_meeting) {
        setHtml(hintHtml(tr("Select a meeting on the timeline or in the table")));
        return;
    }
    if (!m_snapshot || !m_snapshot->meeting(m_meeting->id)) {
        setHtml(hintHtml(tr("The current filters hide this meeting")));
        return;
    }
    setHtml(meetingHtml(*m_meeting));
}

QString MeetingDetails::meetingHtml(const Meeting& meeting) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(meeting.title));
    std::vector<std::pair<QString, QString>> facts{
        {tr("When"), periodText(meeting.start, meeting.end, meeting.precision)}};
    if (meeting.location)
        facts.emplace_back(tr("Where"), toQString(*meeting.location));
    facts.emplace_back(tr("Host"), toQString(m_snapshot->countryName(meeting.host)));
    facts.emplace_back(tr("Kind"), meetingKindText(meeting.kind));
    html += factsHtml(facts, palette());

    html += sectionHtml(tr("Participants"), participantsHtml(meeting));
    if (!meeting.topics.empty())
        html += sectionHtml(tr("Topics"), topicsHtml(meeting.topics, *m_snapshot));
    if (!meeting.measures.empty())
        html += sectionHtml(tr("Measures"), measuresHtml(meeting));
    if (meeting.summary)
        html +=
            sectionHtml(tr("Summary"), QStringLiteral("<p>%1</p>").arg(escaped(*meeting.summary)));
    if (!meeting.sources.empty())
        html += sectionHtml(tr("Sources"), sourcesHtml(meeting.sources, m_sources));
    return html;
}

QString MeetingDetails::participantsHtml(const Meeting& meeting) const
{
    QStringList items;
    for (const auto& id : meeting.participants) {
        const Official* official = m_snapshot->official(id);
        QString item =
            linkHtml(appUrl(LinkTarget::Official, id), toQString(m_snapshot->officialName(id)));
        // The offices held on the first day (someone may change office
        // mid-visit), or else the role the meeting states for them.
        const std::string* role = meeting.roleOf(id);
        const QString offices = official ? officesText(engagementOf(meeting, *official).positions)
                                : role   ? toQString(*role)
                                         : QString();
        if (!offices.isEmpty())
            item += QStringLiteral(" — ") + escaped(offices);
        if (official)
            item += QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                        .arg(mutedTextColor(palette()).name(),
                             escaped(m_snapshot->countryName(official->country)));
        items << item;
    }
    return listHtml(items);
}

QString MeetingDetails::measuresHtml(const Meeting& meeting) const
{
    QStringList items;
    for (const auto& id : meeting.measures) {
        const Measure* measure = m_snapshot->measure(id);
        // A measure outside the filter is not in the snapshot: link it by its id.
        if (!measure) {
            items << linkHtml(appUrl(LinkTarget::Measure, id), toQString(id));
            continue;
        }
        items << linkHtml(appUrl(LinkTarget::Measure, id), toQString(measure->title)) +
                     QStringLiteral(" <span style=\"color:%1\">%2</span>")
                         .arg(mutedTextColor(palette()).name(),
                              escaped(tr("%1, %2").arg(measureKindText(measure->kind),
                                                       periodText(measure->announced,
                                                                  measure->announced,
                                                                  measure->precision))));
    }
    return listHtml(items);
}

} // namespace parley::ui
