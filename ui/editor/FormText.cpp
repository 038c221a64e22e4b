#include "ui/editor/FormText.h"

#include "db/model/RecordRules.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace parley::ui {

QLineEdit* textField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    // Longer than any text a record may hold, so a pasted text that is too
    // long is shown with its problem rather than silently cut.
    field->setMaxLength(static_cast<int>(kMaxTextBytes) * 4);
    return field;
}

QPlainTextEdit* longTextField(QWidget* parent)
{
    auto* field = new QPlainTextEdit(parent);
    field->setTabChangesFocus(true);
    return field;
}

QComboBox* kindCombo(std::span<const std::string_view> kinds, QString (*label)(std::string_view),
                     QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const auto kind : kinds)
        box->addItem(label(kind), QString::fromUtf8(kind.data(), static_cast<int>(kind.size())));
    return box;
}

void setKind(QComboBox* box, const std::string& kind)
{
    const QString id = QString::fromStdString(kind);
    if (box->findData(id) < 0)
        box->insertItem(0, id, id);
    box->setCurrentIndex(box->findData(id));
}

std::string kindOf(const QComboBox* box) { return box->currentData().toString().toStdString(); }

std::string textOf(const QLineEdit* field) { return field->text().trimmed().toStdString(); }

std::optional<std::string> optionalTextOf(const QLineEdit* field)
{
    std::string text = textOf(field);
    return text.empty() ? std::nullopt : std::optional(std::move(text));
}

std::optional<std::string> optionalTextOf(const QPlainTextEdit* field)
{
    std::string text = field->toPlainText().trimmed().toStdString();
    return text.empty() ? std::nullopt : std::optional(std::move(text));
}

QString toText(const std::optional<std::string>& text)
{
    return text ? QString::fromStdString(*text) : QString();
}

} // namespace parley::ui
