#include "ui/panels/DetailsHtml.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/model/TimelineSnapshot.h"

#include <QCoreApplication>
#include <QPalette>

#include <algorithm>

namespace parley::ui {

QString sectionHtml(const QString& heading, const QString& body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(escaped(heading), body);
}

QString listHtml(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

QString factsHtml(const std::vector<std::pair<QString, QString>>& facts, const QPalette& palette)
{
    const QString muted = mutedTextColor(palette).name();
    QString rows;
    for (const auto& [label, value] : facts)
        rows += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td>%3</td></tr>")
                    .arg(muted, escaped(label), escaped(value));
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

QString topicsHtml(const std::vector<std::string>& topicIds, const TimelineSnapshot& snapshot)
{
    QStringList topics;
    for (const auto& id : topicIds)
        topics << escaped(snapshot.topicName(id));
    return QStringLiteral("<p>%1</p>").arg(topics.join(QStringLiteral(" · ")));
}

QString sourcesHtml(const std::vector<std::string>& sourceIds, const std::vector<Source>& sources)
{
    QStringList items;
    for (const auto& id : sourceIds) {
        const auto found = std::ranges::find(sources, id, &Source::id);
        if (found == sources.end()) {
            items << escaped(id);
            continue;
        }
        const Source& source = *found;
        const QUrl url(toQString(source.url.value_or(std::string())));
        const QString title = url.isValid() && !url.isRelative()
                                  ? linkHtml(url, toQString(source.title))
                                  : escaped(source.title);
        items << QCoreApplication::translate("parley::ui::MeetingDetails", "%1, “%2”, %3")
                     .arg(escaped(source.publisher), title, escaped(dateText(source.published)));
    }
    return listHtml(items);
}

} // namespace parley::ui
