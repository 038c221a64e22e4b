#pragma once

#include "db/model/Records.h"

#include <QColor>
#include <QString>
#include <QUrl>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QPalette;

namespace parley::ui {

// Small helpers for the rich-text panels: every piece of data goes through
// escaped() so a name like "AT&T <Inc>" can never break or inject markup.

QString toQString(const std::string& text);
QString escaped(const std::string& text);
QString escaped(const QString& text);

// Links between panels use private schemes ("parley-official:wang-yi") that the
// panels catch in anchorClicked and turn into signals.
enum class LinkTarget { Official, Measure, Meeting };
struct AppLink {
    LinkTarget target;
    QString id;
};
QUrl appUrl(LinkTarget target, const std::string& id);
std::optional<AppLink> parseAppLink(const QUrl& url);
// <a href="…">text</a> with the text escaped.
QString linkHtml(const QUrl& url, const QString& text);

// "Director of the Office of the Central Foreign Affairs Commission; Minister of
// Foreign Affairs": every office held on the day, in the record's order.
QString officesText(const std::vector<Position>& positions, Date day);
QString officesText(const std::vector<Position>& positions);

// Translated labels for the closed vocabularies of parley/1.
QString meetingKindText(std::string_view kind);
QString measureKindText(std::string_view kind);

// A muted text colour between the palette's text and base, for secondary lines.
QColor mutedTextColor(const QPalette& palette);

} // namespace parley::ui
