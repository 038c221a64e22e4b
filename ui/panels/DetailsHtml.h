#pragma once

// The pieces of rich text that the panels of details are made of, so that a
// meeting and a measure read alike.

#include "db/model/Records.h"

#include <QString>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

class QPalette;

namespace parley::ui {

struct TimelineSnapshot;

// <h3>heading</h3> and the body.
QString sectionHtml(const QString& heading, const QString& body);
// A bulleted list; nothing for no items.
QString listHtml(const QStringList& items);
// A table of label and value rows, labels muted; both are escaped.
QString factsHtml(const std::vector<std::pair<QString, QString>>& facts, const QPalette& palette);
// The topics' names, in one line.
QString topicsHtml(const std::vector<std::string>& topicIds, const TimelineSnapshot& snapshot);
// Each source as "publisher, “title”, date", the title linking to its web
// address; the ids of SOURCES that are missing from it are shown as they are.
QString sourcesHtml(const std::vector<std::string>& sourceIds, const std::vector<Source>& sources);

} // namespace parley::ui
