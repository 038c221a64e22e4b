#include "ui/editor/RemovalText.h"

#include "ui/editor/RecordCatalog.h"
#include "ui/model/DateText.h"

#include <QCoreApplication>
#include <QStringList>

namespace parley::ui {

namespace {

// English shows the source texts, so a count gets a sentence for one and a
// sentence for more (Chinese translates both the same way).
class Words {
    Q_DECLARE_TR_FUNCTIONS(RemovalText)

public:
    static QString question(RecordKind kind, const QString& name)
    {
        switch (kind) {
        case RecordKind::Source:
            return tr("Delete the source “%1”?").arg(name);
        case RecordKind::Country:
            return tr("Delete the country “%1”?").arg(name);
        case RecordKind::Topic:
            return tr("Delete the topic “%1”?").arg(name);
        case RecordKind::Official:
            return tr("Delete the official “%1”?").arg(name);
        case RecordKind::Meeting:
            return tr("Delete the meeting “%1”?").arg(name);
        case RecordKind::Measure:
            return tr("Delete the measure “%1”?").arg(name);
        }
        return {};
    }

    // What the rewritten meetings and measures lose, one sentence for each.
    static void othersLose(RecordKind kind, int meetings, int measures, QStringList& sentences)
    {
        const auto say = [&sentences](int n, const QString& one, const QString& more) {
            if (n > 0)
                sentences << (n == 1 ? one : more);
        };
        switch (kind) {
        case RecordKind::Source:
            say(meetings, tr("1 meeting will no longer cite it."),
                tr("%n meetings will no longer cite it.", nullptr, meetings));
            say(measures, tr("1 measure will no longer cite it."),
                tr("%n measures will no longer cite it.", nullptr, measures));
            break;
        case RecordKind::Country:
            say(measures, tr("1 measure will no longer name it as a target."),
                tr("%n measures will no longer name it as a target.", nullptr, measures));
            break;
        case RecordKind::Topic:
            say(meetings, tr("1 meeting will lose this topic."),
                tr("%n meetings will lose this topic.", nullptr, meetings));
            say(measures, tr("1 measure will lose this topic."),
                tr("%n measures will lose this topic.", nullptr, measures));
            break;
        case RecordKind::Measure:
            say(meetings, tr("It was raised at 1 meeting, which will no longer link it."),
                tr("It was raised at %n meetings, which will no longer link it.", nullptr,
                   meetings));
            break;
        case RecordKind::Official:
        case RecordKind::Meeting:
            break;
        }
    }

    static QString officialLeaves(const QString& name, int meetings)
    {
        if (meetings == 0)
            return tr("%1 takes part in no meeting.").arg(name);
        return (meetings == 1 ? tr("%1 takes part in 1 meeting and will be removed from it.")
                              : tr("%1 takes part in %n meetings and will be removed from them.",
                                   nullptr, meetings))
            .arg(name);
    }

    static QString subtopicsMove(int subtopics, const QString& parent)
    {
        if (parent.isEmpty())
            return subtopics == 1 ? tr("Its 1 subtopic will become a topic of its own.")
                                  : tr("Its %n subtopics will become topics of their own.", nullptr,
                                       subtopics);
        return (subtopics == 1 ? tr("Its 1 subtopic will move up to “%1”.")
                               : tr("Its %n subtopics will move up to “%1”.", nullptr, subtopics))
            .arg(parent);
    }

    static QString nothingElse() { return tr("No other record refers to it."); }
    static QString meeting(const Meeting& meeting)
    {
        return tr("Meeting: %1 (%2)")
            .arg(QString::fromStdString(meeting.title),
                 periodText(meeting.start, meeting.end, meeting.precision));
    }
    static QString measure(const Measure& measure)
    {
        return tr("Measure: %1").arg(QString::fromStdString(measure.title));
    }
    static QString subtopic(const Topic& topic)
    {
        return tr("Subtopic: %1").arg(QString::fromStdString(topic.name));
    }
};

} // namespace

RemovalText describeRemoval(RecordKind kind, const QString& name, const ChangeSet& removal,
                            const RecordCatalog& catalog)
{
    RemovalText text;
    text.question = Words::question(kind, name);
    const int meetings = static_cast<int>(removal.put.meetings.size());
    const int measures = static_cast<int>(removal.put.measures.size());
    if (kind == RecordKind::Official)
        text.sentences << Words::officialLeaves(name, meetings);
    Words::othersLose(kind, meetings, measures, text.sentences);
    if (!removal.put.topics.empty()) {
        const auto& parent = removal.put.topics.front().parent;
        text.sentences << Words::subtopicsMove(static_cast<int>(removal.put.topics.size()),
                                               parent ? catalog.label(RecordKind::Topic, *parent)
                                                      : QString());
    }
    if (text.sentences.isEmpty())
        text.sentences << Words::nothingElse();
    for (const auto& meeting : removal.put.meetings)
        text.affected << Words::meeting(meeting);
    for (const auto& measure : removal.put.measures)
        text.affected << Words::measure(measure);
    for (const auto& topic : removal.put.topics)
        text.affected << Words::subtopic(topic);
    return text;
}

} // namespace parley::ui
