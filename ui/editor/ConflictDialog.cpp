#include "ui/editor/ConflictDialog.h"

#include <QAbstractButton>
#include <QPushButton>

namespace parley::ui {

ConflictDialog::ConflictDialog(const QString& name, const RecordForm::Conflict& conflict,
                               QWidget* parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    const QString separator = tr(", ", "between field names");
    if (conflict.deleted) {
        setWindowTitle(tr("Deleted Meanwhile"));
        setText(tr("Another program deleted “%1” after you opened it.").arg(name));
        setInformativeText(tr("Save yours to put it back, or discard your changes."));
        m_buttons[Choice::KeepMine] = addButton(tr("&Save Mine"), QMessageBox::AcceptRole);
        m_buttons[Choice::TakeTheirs] =
            addButton(tr("&Discard Mine"), QMessageBox::DestructiveRole);
    } else {
        setWindowTitle(tr("Changed Meanwhile"));
        setText(tr("Another program changed “%1” after you opened it.").arg(name));
        QString details = tr("It changed: %1.").arg(conflict.theirFields.join(separator));
        if (!conflict.yourFields.isEmpty())
            details +=
                QLatin1Char(' ') + tr("You changed: %1.").arg(conflict.yourFields.join(separator));
        details += QLatin1Char(' ') + (conflict.combinable
                                           ? tr("Both can be kept: you changed different fields.")
                                           : tr("You both changed the same field."));
        setInformativeText(details);
        if (conflict.combinable)
            m_buttons[Choice::Combine] = addButton(tr("&Combine Both"), QMessageBox::AcceptRole);
        m_buttons[Choice::KeepMine] = addButton(tr("&Keep Mine"), QMessageBox::AcceptRole);
        m_buttons[Choice::TakeTheirs] = addButton(tr("&Take Theirs"), QMessageBox::AcceptRole);
    }
    m_buttons[Choice::Back] = addButton(tr("&Back to the Form"), QMessageBox::RejectRole);
    setEscapeButton(m_buttons[Choice::Back]);
    const auto preferred = m_buttons.find(Choice::Combine);
    setDefaultButton(qobject_cast<QPushButton*>(
        preferred != m_buttons.end() ? preferred->second : m_buttons[Choice::Back]));
}

ConflictDialog::Choice ConflictDialog::choice() const
{
    for (const auto& [choice, button] : m_buttons) {
        if (button == clickedButton())
            return choice;
    }
    return Choice::Back;
}

QAbstractButton* ConflictDialog::buttonFor(Choice choice) const
{
    const auto at = m_buttons.find(choice);
    return at == m_buttons.end() ? nullptr : at->second;
}

} // namespace parley::ui
