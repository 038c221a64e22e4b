#include "ui/editor/ChoiceBox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace parley::ui {

ChoiceBox::ChoiceBox(std::shared_ptr<RecordCatalog> catalog, RecordKind kind, QWidget* parent)
    : QComboBox(parent)
    , m_catalog(std::move(catalog))
    , m_kind(kind)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(12);
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    fill();
    connect(lineEdit(), &QLineEdit::textChanged, this, &ChoiceBox::idChanged);
}

void ChoiceBox::setNoneText(const QString& text)
{
    m_noneText = text;
    catalogChanged();
}

QString ChoiceBox::textOf(const Choice& choice) const
{
    // A country is known by its code as well as by its name.
    return m_kind == RecordKind::Country ? choice.label + QStringLiteral(" (") +
                                               QString::fromStdString(choice.id) + QLatin1Char(')')
                                         : choice.label;
}

void ChoiceBox::fill()
{
    if (!m_noneText.isEmpty())
        addItem(m_noneText, QString());
    for (const Choice& choice : m_catalog->choices(m_kind)) {
        addItem(textOf(choice), QString::fromStdString(choice.id));
        setItemData(count() - 1, choice.detail, Qt::ToolTipRole);
    }
}

std::string ChoiceBox::id() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).compare(text, Qt::CaseInsensitive) == 0)
            return itemData(i).toString().toStdString();
    }
    // A name or code typed in full, without the completion.
    for (const Choice& choice : m_catalog->choices(m_kind)) {
        if (choice.label.compare(text, Qt::CaseInsensitive) == 0 ||
            QString::fromStdString(choice.id).compare(text, Qt::CaseInsensitive) == 0)
            return choice.id;
    }
    return text.toStdString();
}

void ChoiceBox::setId(const std::string& id)
{
    const int at = findData(QString::fromStdString(id));
    if (at >= 0)
        setCurrentIndex(at);
    else
        setEditText(QString::fromStdString(id));
}

void ChoiceBox::catalogChanged()
{
    const std::string current = id();
    const QSignalBlocker blocker(this);
    const QSignalBlocker lineBlocker(lineEdit());
    clear();
    fill();
    setId(current);
}

} // namespace parley::ui
