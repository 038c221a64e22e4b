#include "ui/panels/MeetingCitation.h"

#include "db/exchange/Citation.h"
#include "ui/model/DateText.h"
#include "ui/model/FigureSources.h"
#include "ui/model/HtmlText.h"

#include <QMenu>
#include <QMimeData>
#include <QStringList>

#include <algorithm>

namespace parley::ui {

MeetingCitation::MeetingCitation(const Meeting& meeting, const std::vector<Source>& sources,
                                 const TimelineSnapshot& names)
    : m_meeting(meeting)
    , m_sources(sources)
    , m_names(names)
{
}

QString MeetingCitation::text() const
{
    const Meeting& meeting = m_meeting;
    const QString when = periodText(meeting.start, meeting.end, meeting.precision);
    const QString host = toQString(m_names.countryName(meeting.host));
    QString text =
        meeting.location
            ? tr("%1, %2, %3 (host: %4).")
                  .arg(toQString(meeting.title), when, toQString(*meeting.location), host)
            : tr("%1, %2 (host: %3).").arg(toQString(meeting.title), when, host);
    QStringList participants;
    for (const auto& id : meeting.participants)
        participants << toQString(m_names.officialName(id));
    if (!participants.isEmpty())
        text += QLatin1Char('\n') + tr("Participants: %1.").arg(participants.join(tr(", ")));
    if (meeting.sources.empty())
        return text + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Sources:");
    int number = 0;
    for (const auto& id : meeting.sources) {
        const auto found = std::ranges::find(m_sources, id, &Source::id);
        const QString line = found == m_sources.end() ? toQString(id) : sourceText(*found);
        text += QStringLiteral("\n[%1] %2").arg(++number).arg(line);
    }
    return text + QLatin1Char('\n');
}

QMimeData* MeetingCitation::mimeData(Format format) const
{
    auto* data = new QMimeData;
    switch (format) {
    case Format::Text:
        data->setText(text());
        break;
    case Format::Bibtex: {
        const std::string bibtex = citationBibtex(m_meeting, m_sources);
        data->setText(toQString(bibtex));
        data->setData(QStringLiteral("application/x-bibtex"), QByteArray::fromStdString(bibtex));
        break;
    }
    case Format::CslJson: {
        const std::string csl = citationCslJson(m_meeting, m_sources);
        data->setText(toQString(csl));
        data->setData(QStringLiteral("application/vnd.citationstyles.csl+json"),
                      QByteArray::fromStdString(csl));
        break;
    }
    }
    return data;
}

void MeetingCitation::addActions(QMenu* menu, const std::function<void(Format)>& copy)
{
    // Named, so that tests and scripts find them wherever a menu places them.
    menu->addAction(tr("Copy &Citation"), menu, [copy] { copy(Format::Text); })
        ->setObjectName(QStringLiteral("copyCitation"));
    menu->addAction(tr("Copy Citation as &BibTeX"), menu, [copy] { copy(Format::Bibtex); })
        ->setObjectName(QStringLiteral("copyCitationBibtex"));
    menu->addAction(tr("Copy Citation as CS&L-JSON"), menu, [copy] { copy(Format::CslJson); })
        ->setObjectName(QStringLiteral("copyCitationCslJson"));
}

} // namespace parley::ui
