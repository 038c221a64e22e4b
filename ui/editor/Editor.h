#pragma once

#include "db/model/ChangeSet.h"
#include "db/model/Dates.h"
#include "db/model/RecordRules.h"
#include "ui/editor/EditListener.h"
#include "ui/model/TimelineSnapshot.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QAction;

class QMenu;
class QUndoStack;
class QWidget;

namespace parley {
class Store;
}

namespace parley::ui {

class RecordCatalog;
class RecordForm;
class TimelineModel;
struct FormContext;

// Every change the window makes to its database goes through the Editor: it
// opens the forms (new, edit, duplicate) and the delete confirmation, applies
// each change with Store::apply as one step of its QUndoStack, and has the
// model follow it (TimelineModel::followChange). The window owns one, puts its actions in the Edit
// menu and context menus, and calls moveMeeting() from the timeline's drag.
//
// Nothing is written while a form is open; records made from a form's
// pickers (a new official among the participants) are written with it, in
// the same step. When the database is read-only, or none is open, every edit
// action is disabled with a tooltip that says why, and the entry points
// refuse with a message.
class Editor : public QObject, private EditListener {
    Q_OBJECT
public:
    // WINDOW is the parent of the forms and dialogs.
    Editor(TimelineModel* model, QWidget* window);
    ~Editor() override;

    QUndoStack* undoStack() const { return m_stack; }

    // The actions of the Edit menu, with their shortcuts: Undo (Ctrl+Z), Redo
    // (Ctrl+Shift+Z), New Meeting (Ctrl+N), New Official (Ctrl+Shift+O), New
    // Measure (Ctrl+Shift+M), Edit (F2, Ctrl+Return), Duplicate Meeting
    // (Ctrl+D), Delete (Delete) and Edit History (Ctrl+Shift+H).
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* newMeetingAction() const { return m_newMeeting; }
    QAction* newOfficialAction() const { return m_newOfficial; }
    QAction* newMeasureAction() const { return m_newMeasure; }
    QAction* editAction() const { return m_edit; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* historyAction() const { return m_history; }
    // Adds them to MENU in order, with separators and a submenu for new
    // topics, countries and sources.
    void addEditActions(QMenu* menu) const;
    // The undo history as a list, for a dock; the history action opens the
    // same in a window of its own.
    QWidget* createHistoryView(QWidget* parent) const;

    // The record that Edit, Duplicate and Delete act on. It follows the
    // model's selected meeting; a panel showing an official or a measure
    // sets it. An empty id clears it.
    void setCurrentRecord(RecordKind kind, const QString& id);
    std::optional<RecordKind> currentKind() const { return m_currentKind; }
    QString currentId() const { return m_currentId; }

    // Each opens a form (window-modal, without blocking) and returns it, or
    // returns nullptr and says why in statusMessage: no database, read-only,
    // no such record. NAME prefills a new record's name or title.
    RecordForm* newRecord(RecordKind kind, const QString& name = QString());
    RecordForm* editRecord(RecordKind kind, const QString& id);
    // The same meeting on the next day (month, year for coarser precision),
    // title unchanged, as a new record to check and save.
    RecordForm* duplicateMeeting(const QString& id);
    // Asks first, saying what else the deletion changes, then deletes as one
    // step. Returns the question, or nullptr when the record cannot be
    // deleted (a country still in use: a message box says which records hold it).
    QDialog* deleteRecord(RecordKind kind, const QString& id);

    // The timeline's drag: the meeting on new dates and, when HOST is not
    // empty, with a new host, as one step ("Move “…” to 12–13 May 2023").
    // False with the reason in ERROR (and statusMessage) when refused: dates
    // that do not fit the meeting's precision, end before start, read-only.
    bool moveMeeting(const QString& id, Date start, Date end, const QString& host = QString(),
                     QString* error = nullptr);

    // Applies CHANGE as one step named TEXT ("Edit “…”"); false with the
    // reason in ERROR when the store refused it (nothing is written then).
    bool applyChange(const ChangeSet& change, const QString& text, QString* error = nullptr);

    // Why nothing can be changed now; empty when it can.
    QString cannotEditReason() const;
    // The form or question opened last, while it is open (for tests).
    QDialog* openDialog() const { return m_openDialog; }

signals:
    void statusMessage(const QString& text);
    // A form saved its record (new, edited or duplicated).
    void recordSaved(parley::RecordKind kind, const QString& id);

private:
    // Editor.cpp
    std::shared_ptr<Store> writableStore() const;
    // The history, the catalog and the record acted on are of the database
    // before: an Undo now would write to that file.
    void onStoreChanged();
    void onSnapshotChanged(const SnapshotPtr& snapshot);
    bool tryApply(const ChangeSet& change, const QString& text, std::string* failure);
    void changeApplied(const ChangeSet& change, const ChangeSet& inverse) override;
    void stepDropped(const QString& message) override;
    void selectWhenShown(const QString& meetingId);
    void refuse(const QString& why, QString* error);
    QString nameOf(RecordKind kind, const std::string& id) const;
    // What the database holds to refer to, read once after each change.
    const RecordCatalog& catalog();

    // EditorActions.cpp
    void createActions();
    void updateActions();
    void showHistory();

    // EditorForms.cpp
    FormContext formContext();
    RecordForm* openForm(RecordForm* form, const QString& undoFormat);
    void saveForm(RecordForm* form, const QString& undoFormat);
    void resolveConflict(RecordForm* form, const QString& undoFormat, const Dataset& now);
    void commit(RecordForm* form, const QString& undoFormat);

    TimelineModel* m_model;
    QWidget* m_window;
    QUndoStack* m_stack;
    // The data of the last snapshot, which the catalog was read with; null
    // until the store's first snapshot is in.
    const ReferenceData* m_reference = nullptr;
    std::shared_ptr<RecordCatalog> m_catalog; // loaded when a form first needs it
    std::optional<RecordKind> m_currentKind;
    QString m_currentId;
    QPointer<QDialog> m_openDialog;
    QPointer<QDialog> m_historyWindow;

    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_newMeeting = nullptr;
    QAction* m_newOfficial = nullptr;
    QAction* m_newMeasure = nullptr;
    QAction* m_newTopic = nullptr;
    QAction* m_newCountry = nullptr;
    QAction* m_newSource = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_history = nullptr;
};

} // namespace parley::ui
