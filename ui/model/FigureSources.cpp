#include "ui/model/FigureSources.h"

#include "db/store/Store.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QStringList>

#include <algorithm>
#include <map>

namespace parley::ui {

namespace {

QString noteOf(const std::vector<std::size_t>& numbers)
{
    QStringList parts;
    for (const auto number : numbers)
        parts << QString::number(number);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

FigureSources FigureSources::of(const Store& store, const TimelineSnapshot& snapshot, Period range,
                                bool measures)
{
    FigureSources figure;
    // The ids of at most kMostCited meetings, and how many are in view.
    std::vector<std::string> inView;
    std::size_t inViewCount = 0;
    for (const auto& meeting : snapshot.meetings) {
        if (meeting.period().intersects(range) && ++inViewCount <= kMostCited)
            inView.push_back(meeting.id);
    }
    std::vector<Meeting> meetings;
    if (inViewCount > kMostCited)
        figure.uncitedMeetings = inViewCount;
    else
        meetings = store.meetingsWithIds(inView);
    std::ranges::sort(meetings, {}, [](const Meeting& m) { return std::tie(m.start, m.id); });

    // Numbers go to sources as the records cite them, in date order (a
    // meeting before a measure of its day).
    std::map<std::string, std::size_t> numbers;
    std::vector<std::string> order;
    const auto cite = [&](const std::vector<std::string>& ids, QString& note) {
        std::vector<std::size_t> cited;
        for (const auto& id : ids) {
            const auto [it, added] = numbers.try_emplace(id, numbers.size() + 1);
            if (added)
                order.push_back(id);
            cited.push_back(it->second);
        }
        std::ranges::sort(cited);
        if (!cited.empty())
            note = noteOf(cited);
    };
    auto measure = snapshot.measures.begin();
    for (const auto& meeting : meetings) {
        for (; measures && measure != snapshot.measures.end() && measure->announced < meeting.start;
             ++measure) {
            if (measure->period().intersects(range))
                cite(measure->sources, figure.measureNotes[measure->id]);
        }
        cite(meeting.sources, figure.meetingNotes[meeting.id]);
    }
    for (; measures && measure != snapshot.measures.end(); ++measure) {
        if (measure->period().intersects(range))
            cite(measure->sources, figure.measureNotes[measure->id]);
    }
    std::erase_if(figure.meetingNotes, [](const auto& entry) { return entry.second.isEmpty(); });
    std::erase_if(figure.measureNotes, [](const auto& entry) { return entry.second.isEmpty(); });

    const auto stored = store.sources(order);
    for (const auto& id : order) {
        const auto found = std::ranges::find(stored, id, &Source::id);
        figure.sources.push_back(found != stored.end() ? *found : Source{id, {}, id, {}, {}});
    }
    return figure;
}

QString FigureSources::meetingNote(const std::string& id) const
{
    const auto found = meetingNotes.find(id);
    return found == meetingNotes.end() ? QString() : found->second;
}

QString FigureSources::measureNote(const std::string& id) const
{
    const auto found = measureNotes.find(id);
    return found == measureNotes.end() ? QString() : found->second;
}

QStringList FigureSources::lines() const
{
    QStringList lines;
    for (std::size_t i = 0; i < sources.size(); ++i)
        lines << QStringLiteral("[%1] %2").arg(i + 1).arg(sourceText(sources[i]));
    if (uncitedMeetings > 0)
        lines << tr("The %L1 meetings in view are too many to cite one by one; a narrower range "
                    "or filter lists their sources.")
                     .arg(uncitedMeetings);
    return lines;
}

QString sourceText(const Source& source)
{
    QString text =
        FigureSources::tr("%1, “%2”, %3")
            .arg(toQString(source.publisher), toQString(source.title), dateText(source.published));
    if (source.url)
        text += FigureSources::tr(", %1").arg(toQString(*source.url));
    return text;
}

} // namespace parley::ui
