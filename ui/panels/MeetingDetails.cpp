#include "ui/panels/MeetingDetails.h"

#include "db/model/Engagements.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QDesktopServices>
#include <QEvent>
#include <QStringList>

#include <algorithm>

namespace parley::ui {

namespace {

QString section(const QString& heading, const QString& body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(escaped(heading), body);
}

QString listHtml(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

} // namespace

MeetingDetails::MeetingDetails(QWidget* parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Meeting details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Breathing room and list indents in text units, so they scale with the font.
    document()->setDocumentMargin(fontMetrics().height() * 0.6);
    document()->setIndentWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 1.5);
    connect(this, &QTextBrowser::anchorClicked, this, &MeetingDetails::onAnchorClicked);
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

QString MeetingDetails::hintHtml(const QString& text) const
{
    return QStringLiteral("<p align=\"center\" style=\"color:%1\">%2</p>")
        .arg(mutedTextColor(palette()).name(), escaped(text));
}

QString MeetingDetails::meetingHtml(const Meeting& meeting) const
{
    const QString muted = mutedTextColor(palette()).name();
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(meeting.title));

    QStringList facts;
    const auto fact = [&](const QString& label, const QString& value) {
        facts << QStringLiteral("<tr><td style=\"color:%1\">%2</td><td>%3</td></tr>")
                     .arg(muted, escaped(label), escaped(value));
    };
    fact(tr("When"), periodText(meeting.start, meeting.end, meeting.precision));
    if (meeting.location)
        fact(tr("Where"), toQString(*meeting.location));
    fact(tr("Host"), toQString(m_snapshot->countryName(meeting.host)));
    fact(tr("Kind"), meetingKindText(meeting.kind));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>")
                .arg(facts.join(QString()));

    html += section(tr("Participants"), participantsHtml(meeting));
    if (!meeting.topics.empty()) {
        QStringList topics;
        for (const auto& id : meeting.topics)
            topics << escaped(m_snapshot->topicName(id));
        html += section(tr("Topics"),
                        QStringLiteral("<p>%1</p>").arg(topics.join(QStringLiteral(" · "))));
    }
    if (!meeting.measures.empty())
        html += section(tr("Measures"), measuresHtml(meeting));
    if (meeting.summary)
        html += section(tr("Summary"), QStringLiteral("<p>%1</p>").arg(escaped(*meeting.summary)));
    if (!meeting.sources.empty())
        html += section(tr("Sources"), sourcesHtml(meeting));
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

QString MeetingDetails::sourcesHtml(const Meeting& meeting) const
{
    QStringList items;
    for (const auto& id : meeting.sources) {
        const auto found = std::ranges::find(m_sources, id, &Source::id);
        if (found == m_sources.end()) {
            items << escaped(id);
            continue;
        }
        const Source& source = *found;
        const QUrl url(toQString(source.url.value_or(std::string())));
        const QString title = url.isValid() && !url.isRelative()
                                  ? linkHtml(url, toQString(source.title))
                                  : escaped(source.title);
        items << tr("%1, “%2”, %3")
                     .arg(escaped(source.publisher), title, escaped(dateText(source.published)));
    }
    return listHtml(items);
}

void MeetingDetails::onAnchorClicked(const QUrl& url)
{
    if (const auto link = parseAppLink(url)) {
        if (link->target == LinkTarget::Official)
            emit officialActivated(link->id);
        else if (link->target == LinkTarget::Measure)
            emit measureActivated(link->id);
        return;
    }
    // Only web addresses leave the program; anything else in the data is ignored.
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

void MeetingDetails::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // The muted colours are written into the HTML: redo them for the new palette.
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace parley::ui
