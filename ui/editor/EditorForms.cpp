// The Editor's forms: opening them on the store's records, and saving them
// as one step each, asking first when another program changed the record.
#include "ui/editor/Editor.h"

#include "db/store/Store.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/FormFactory.h"
#include "ui/editor/MeetingForm.h"
#include "ui/editor/RecordCatalog.h"
#include "ui/editor/RecordsNow.h"
#include "ui/model/TimelineModel.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace parley::ui {

namespace {

// One day later for a meeting known to the day; a month or a year for one
// known to the month or year, so the copy still fits its precision.
Date nextOf(Date date, Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return date + boost::gregorian::days(1);
    case Precision::Month:
        return date + boost::gregorian::months(1);
    case Precision::Year:
        return date + boost::gregorian::years(1);
    }
    return date;
}

} // namespace

FormContext Editor::formContext()
{
    // Each form has a copy: records made in it are its own until it is saved.
    return {m_model->store(), std::make_shared<RecordCatalog>(catalog())};
}

RecordForm* Editor::newRecord(RecordKind kind, const QString& name)
{
    if (!writableStore()) {
        refuse(cannotEditReason(), nullptr);
        return nullptr;
    }
    return openForm(newRecordForm(kind, formContext(), name, m_window), tr("Add “%1”"));
}

RecordForm* Editor::editRecord(RecordKind kind, const QString& id)
{
    if (!writableStore()) {
        refuse(cannotEditReason(), nullptr);
        return nullptr;
    }
    RecordForm* form = editRecordForm(kind, id.toStdString(), formContext(), m_window);
    if (!form) {
        refuse(tr("“%1” is not in the database any more.").arg(id), nullptr);
        return nullptr;
    }
    return openForm(form, tr("Edit “%1”"));
}

RecordForm* Editor::duplicateMeeting(const QString& id)
{
    const auto store = writableStore();
    if (!store) {
        refuse(cannotEditReason(), nullptr);
        return nullptr;
    }
    auto meeting = store->meeting(id.toStdString());
    if (!meeting) {
        refuse(tr("“%1” is not in the database any more.").arg(id), nullptr);
        return nullptr;
    }
    meeting->start = nextOf(meeting->start, meeting->precision);
    meeting->end = nextOf(meeting->end, meeting->precision);
    auto* form = new MeetingForm(formContext(), m_window);
    form->load(*meeting, false, true);
    form->setWindowTitle(tr("Duplicate Meeting"));
    return openForm(form, tr("Duplicate “%1”"));
}

RecordForm* Editor::openForm(RecordForm* form, const QString& undoFormat)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &RecordForm::saveRequested, this,
            [this, form, undoFormat] { saveForm(form, undoFormat); });
    form->open();
    m_openDialog = form;
    return form;
}

void Editor::saveForm(RecordForm* form, const QString& undoFormat)
{
    const auto store = writableStore();
    if (!store) {
        form->showFailure(cannotEditReason());
        return;
    }
    if (!form->isNew()) {
        // What the form was opened on must still be what the store holds,
        // or saving would write over another program's change unasked.
        Dataset now = recordsNow(*store, idsOf(form->loaded()));
        if (now != form->loaded()) {
            resolveConflict(form, undoFormat, now);
            return;
        }
    }
    commit(form, undoFormat);
}

void Editor::resolveConflict(RecordForm* form, const QString& undoFormat, const Dataset& now)
{
    const RecordForm::Conflict conflict = form->conflictWith(now);
    auto* dialog = new ConflictDialog(form->recordName(), conflict, form);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QMessageBox::finished, form, [this, form, dialog, undoFormat, now, conflict] {
        switch (dialog->choice()) {
        case ConflictDialog::Choice::KeepMine:
            commit(form, undoFormat);
            break;
        case ConflictDialog::Choice::TakeTheirs:
            if (conflict.deleted) {
                form->discard();
            } else {
                form->rebase(now, false);
                form->showNotice(tr("The form now shows the record as the other program left "
                                    "it. Save keeps it so; Cancel closes the form."));
            }
            break;
        case ConflictDialog::Choice::Combine:
            form->rebase(now, true);
            form->showNotice(tr("Their changes and yours are both in the form now: check them "
                                "and save."));
            break;
        case ConflictDialog::Choice::Back:
            break;
        }
    });
    dialog->open();
    m_openDialog = dialog;
}

void Editor::commit(RecordForm* form, const QString& undoFormat)
{
    form->assignNewId();
    const ChangeSet change = form->change();
    QString text = undoFormat.arg(form->recordName());
    const RecordIds madeIds = idsOf(form->madeHere());
    const int made = static_cast<int>(madeIds.officials.size() + madeIds.sources.size() +
                                      madeIds.topics.size() + madeIds.countries.size());
    if (made > 0)
        text += QLatin1Char(' ') + (made == 1 ? tr("(with 1 new record)")
                                              : tr("(with %n new records)", nullptr, made));
    std::string failure;
    if (!tryApply(change, text, &failure)) {
        form->showStoreError(failure);
        return;
    }
    const RecordKind kind = form->kind();
    const QString id = QString::fromStdString(form->recordId());
    form->finishSaved();
    emit recordSaved(kind, id);
    if (kind == RecordKind::Meeting)
        selectWhenShown(id);
}

} // namespace parley::ui
