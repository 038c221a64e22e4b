#pragma once

#include "ui/editor/RecordForm.h"

#include <QMessageBox>

#include <map>

namespace parley::ui {

// Says that another program changed (or deleted) the record being saved
// since its form opened, which fields each side changed, and asks what to
// keep. Combine Both is offered, and is the default, when the two changed
// different fields; otherwise the default goes back to the form, so that
// Enter loses nothing.
class ConflictDialog : public QMessageBox {
    Q_OBJECT
public:
    enum class Choice {
        Combine,    // their record with your changes on top; the form shows it to save
        KeepMine,   // save yours over theirs (or put a deleted record back)
        TakeTheirs, // the form shows theirs (or closes, for a deleted record)
        Back,       // nothing happens
    };

    ConflictDialog(const QString& name, const RecordForm::Conflict& conflict,
                   QWidget* parent = nullptr);

    Choice choice() const;
    QAbstractButton* buttonFor(Choice choice) const;

private:
    std::map<Choice, QAbstractButton*> m_buttons;
};

} // namespace parley::ui
