#pragma once

// Small pieces every form uses to turn its widgets into a record's text and
// back: text trimmed, empty optional text as none, and fields that take text
// of any length (so that too long a text is told, not cut).

#include <QString>

#include <optional>
#include <span>
#include <string>
#include <string_view>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace parley::ui {

QLineEdit* textField(QWidget* parent);
// A multi-line text where Tab moves on, as in the rest of the form.
QPlainTextEdit* longTextField(QWidget* parent);
// The closed list of KINDS, each labelled by LABEL, the id as item data.
QComboBox* kindCombo(std::span<const std::string_view> kinds, QString (*label)(std::string_view),
                     QWidget* parent);
// Selects KIND, listing it first when it is none of the box's (the form then
// says it is not a known kind).
void setKind(QComboBox* box, const std::string& kind);
std::string kindOf(const QComboBox* box);

std::string textOf(const QLineEdit* field);
std::optional<std::string> optionalTextOf(const QLineEdit* field);
std::optional<std::string> optionalTextOf(const QPlainTextEdit* field);
QString toText(const std::optional<std::string>& text);

} // namespace parley::ui
