#pragma once

#include <QString>

#include <optional>
#include <string>

namespace parley::ui {

// A problem with a field, as RecordRules (db/model) words it, in the
// interface's language: db/ speaks English and knows no Qt, and its problems
// have a fixed form ("empty (required)", "\"x\" is listed twice"), so the
// forms it knows are translated and the values kept. Any other text is shown
// as it came. (The window's ErrorText does the same for whole messages of
// files; a form needs only the problems of one record.)
QString problemText(const std::string& message);

// A DataError of Store::apply, "FILE: meetings[ID].FIELD: problem", taken
// apart; nullopt for a message of another form.
struct StoreProblem {
    std::string array; // "meetings"
    std::string id;
    std::string field; // "" when the record as a whole is wrong
    std::string message;
};
std::optional<StoreProblem> parseStoreProblem(const std::string& message);

} // namespace parley::ui
