#pragma once

#include "db/model/ChangeSet.h"
#include "ui/editor/EditListener.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <memory>

namespace parley {
class Store;
}

namespace parley::ui {

// One change of the database as a step of the undo history. It is pushed
// after Store::apply wrote it (so a refused change never enters the history)
// and keeps the change that undoes it, as apply returned it; undoing applies
// that and keeps what that returns, to redo. Before either, it checks that
// the records it touches are as it left them: when another program changed
// one meanwhile, writing over it would lose that change, so the step says so
// and is dropped (setObsolete) instead.
class EditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    // APPLIED was written; UNDO is what Store::apply returned for it.
    EditCommand(std::shared_ptr<Store> store, EditListener* listener, const ChangeSet& applied,
                ChangeSet undo, const QString& text);

    void undo() override;
    void redo() override;

private:
    void apply(ChangeSet& change, ChangeSet& inverse, const QString& failure);

    std::shared_ptr<Store> m_store;
    EditListener* m_listener;
    RecordIds m_ids;        // every record the change touches
    Dataset m_expected;     // those records as the last step left them
    ChangeSet m_undo;       // applied by undo()
    ChangeSet m_redo;       // applied by redo()
    bool m_skipRedo = true; // QUndoStack::push calls redo() on a change already written
};

} // namespace parley::ui
