#pragma once

#include "ui/editor/RecordForm.h"

#include <QString>

#include <string>

namespace parley::ui {

// "New official “%1”…": how a picker offers to make a record of KIND.
QString newRecordText(RecordKind kind);
// "New Official", "Edit Official": a form's window title.
QString newFormTitle(RecordKind kind);
QString editFormTitle(RecordKind kind);

// A form for a new record of KIND, blank but for its name (or title) and
// the defaults a new one starts with: today's date, a meeting of one day.
RecordForm* newRecordForm(RecordKind kind, FormContext context, const QString& name,
                          QWidget* parent);
// A form on the record of KIND and ID as the store holds it now; nullptr
// when there is none.
RecordForm* editRecordForm(RecordKind kind, const std::string& id, FormContext context,
                           QWidget* parent);

} // namespace parley::ui
