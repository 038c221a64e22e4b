#include "ui/editor/EditCommand.h"

#include "db/model/Errors.h"
#include "db/store/Store.h"
#include "ui/editor/RecordsNow.h"

namespace parley::ui {

EditCommand::EditCommand(std::shared_ptr<Store> store, EditListener* listener,
                         const ChangeSet& applied, ChangeSet undo, const QString& text)
    : m_store(std::move(store))
    , m_listener(listener)
    , m_ids(idsOf(applied))
    , m_expected(recordsNow(*m_store, m_ids))
    , m_undo(std::move(undo))
{
    setText(text);
}

void EditCommand::undo()
{
    apply(m_undo, m_redo, tr("Parley could not undo “%1”: %2 It was taken out of the history."));
}

void EditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_redo, m_undo, tr("Parley could not redo “%1”: %2 It was taken out of the history."));
}

void EditCommand::apply(ChangeSet& change, ChangeSet& inverse, const QString& failure)
{
    QString why;
    try {
        if (recordsNow(*m_store, m_ids) != m_expected) {
            why = tr("another program changed these records since, and going back would write "
                     "over its change.");
        } else {
            inverse = m_store->apply(change);
            m_expected = recordsNow(*m_store, m_ids);
            m_listener->changeApplied(change, inverse);
            return;
        }
    } catch (const DataError& error) {
        why = QString::fromStdString(error.what()) + QLatin1Char('.');
    } catch (const DatabaseError& error) {
        why = QString::fromStdString(error.what()) + QLatin1Char('.');
    }
    // The store is as it was: Store::apply writes all or nothing.
    setObsolete(true);
    m_listener->stepDropped(failure.arg(text(), why));
}

} // namespace parley::ui
