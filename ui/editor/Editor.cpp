#include "ui/editor/Editor.h"

#include "db/model/Errors.h"
#include "db/store/Store.h"
#include "ui/editor/DeleteDialog.h"
#include "ui/editor/EditCommand.h"
#include "ui/editor/ProblemText.h"
#include "ui/editor/RecordCatalog.h"
#include "ui/editor/RecordsNow.h"
#include "ui/editor/RemovalText.h"
#include "ui/model/DateText.h"
#include "ui/model/TimelineModel.h"

#include <QMessageBox>
#include <QUndoStack>

namespace parley::ui {

namespace {

// Whether CHANGE writes or removes a record that the forms' pickers offer:
// any but a meeting.
bool changesChoices(const ChangeSet& change)
{
    RecordIds ids = idsOf(change);
    ids.meetings.clear();
    return !ids.empty();
}

// A DataError of the store about one field, for people: "End: 2023-05-10 is
// before the start 2023-05-12".
QString storeMessageText(const std::string& message)
{
    const auto problem = parseStoreProblem(message);
    if (!problem)
        return QString::fromStdString(message);
    const QString text = problemText(problem->message);
    return problem->field.empty()
               ? text
               : QString::fromStdString(problem->field) + QStringLiteral(": ") + text;
}

} // namespace

Editor::Editor(TimelineModel* model, QWidget* window)
    : QObject(window)
    , m_model(model)
    , m_window(window)
    , m_stack(new QUndoStack(this))
{
    createActions();
    connect(m_model, &TimelineModel::storeChanged, this, &Editor::onStoreChanged);
    connect(m_model, &TimelineModel::snapshotChanged, this, &Editor::onSnapshotChanged);
    connect(m_model, &TimelineModel::loadingChanged, this, &Editor::updateActions);
    connect(m_model, &TimelineModel::selectionChanged, this, [this](const QString& meetingId) {
        if (!meetingId.isEmpty() || m_currentKind == RecordKind::Meeting)
            setCurrentRecord(RecordKind::Meeting, meetingId);
    });
    updateActions();
}

Editor::~Editor() = default;

std::shared_ptr<Store> Editor::writableStore() const
{
    return cannotEditReason().isEmpty() ? m_model->store() : nullptr;
}

QString Editor::cannotEditReason() const
{
    const auto& store = m_model->store();
    if (!store)
        return tr("No database is open.");
    if (store->isReadOnly())
        return tr("This database is read-only: Parley cannot write to its file or its folder, "
                  "so nothing in it can be changed.");
    // Until its data is in, nothing of it is shown to edit, and the forms'
    // lists would be read beside the load (seconds at ten million
    // meetings, with the window waiting); an edit saved meanwhile would
    // start the load again.
    if (m_model->loadProgress() && !m_reference)
        return tr("The database is still opening: it can be changed once its meetings are in.");
    return {};
}

void Editor::onStoreChanged()
{
    m_stack->clear();
    m_catalog.reset();
    m_reference = nullptr;
    setCurrentRecord(RecordKind::Meeting, QString());
}

void Editor::onSnapshotChanged(const SnapshotPtr& snapshot)
{
    // Another program changed the data: what the forms offer is read again.
    // Data patched after an edit made here changed as that edit did, and
    // changeApplied() kept the catalog only when it holds none of its records.
    if (snapshot && snapshot->reference.get() != m_reference) {
        const auto& patch = snapshot->reference->patch;
        if (!patch || patch->from != m_reference)
            m_catalog.reset();
        m_reference = snapshot->reference.get();
    }
    updateActions();
}

void Editor::setCurrentRecord(RecordKind kind, const QString& id)
{
    m_currentKind = id.isEmpty() ? std::nullopt : std::optional(kind);
    m_currentId = id;
    updateActions();
}

bool Editor::applyChange(const ChangeSet& change, const QString& text, QString* error)
{
    std::string failure;
    if (tryApply(change, text, &failure))
        return true;
    refuse(storeMessageText(failure), error);
    return false;
}

bool Editor::tryApply(const ChangeSet& change, const QString& text, std::string* failure)
{
    const auto store = writableStore();
    if (!store) {
        *failure = cannotEditReason().toStdString();
        return false;
    }
    ChangeSet undo;
    try {
        undo = store->apply(change);
    } catch (const DataError& error) {
        *failure = error.what();
        return false;
    } catch (const DatabaseError& error) {
        *failure = error.what();
        return false;
    }
    m_stack->push(new EditCommand(store, this, change, undo, text));
    changeApplied(change, undo);
    emit statusMessage(text);
    return true;
}

void Editor::changeApplied(const ChangeSet& change, const ChangeSet& inverse)
{
    // Dropping a million choices takes tens of milliseconds: the catalog goes
    // only when the change wrote or removed a record the pickers offer.
    if (changesChoices(change))
        m_catalog.reset();
    if (m_currentKind && idsOf(change) != RecordIds()) {
        // A deleted record cannot stay the one Edit acts on.
        const Dataset left =
            recordsNow(*m_model->store(), oneId(*m_currentKind, m_currentId.toStdString()));
        if (left == Dataset())
            setCurrentRecord(*m_currentKind, QString());
    }
    m_model->followChange(change, inverse);
    updateActions();
}

void Editor::stepDropped(const QString& message)
{
    emit statusMessage(message);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Not Undone"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_catalog.reset();
    m_model->reload();
}

const RecordCatalog& Editor::catalog()
{
    if (!m_catalog) {
        // The data shown holds the store's records as they are once it came
        // from this store and no query is on its way (one follows each edit,
        // and each change by another program).
        const bool current =
            !m_model->isQuerying() && m_model->snapshot()->reference.get() == m_reference;
        m_catalog = RecordCatalog::load(*m_model->store(), current ? m_reference : nullptr);
    }
    return *m_catalog;
}

void Editor::refuse(const QString& why, QString* error)
{
    if (error)
        *error = why;
    emit statusMessage(why);
}

void Editor::selectWhenShown(const QString& meetingId)
{
    // The meeting is in the first snapshot that follows the reload.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_model, &TimelineModel::snapshotChanged, this,
                          [this, meetingId, connection](const SnapshotPtr& snapshot) {
                              disconnect(*connection);
                              if (snapshot->meeting(meetingId.toStdString()))
                                  m_model->setSelectedMeeting(meetingId);
                          });
}

QString Editor::nameOf(RecordKind kind, const std::string& id) const
{
    const auto& store = m_model->store();
    const Dataset now = recordsNow(*store, oneId(kind, id));
    if (!now.meetings.empty())
        return QString::fromStdString(now.meetings.front().title);
    if (!now.officials.empty())
        return QString::fromStdString(now.officials.front().name);
    if (!now.measures.empty())
        return QString::fromStdString(now.measures.front().title);
    if (!now.topics.empty())
        return QString::fromStdString(now.topics.front().name);
    if (!now.countries.empty())
        return QString::fromStdString(now.countries.front().name);
    if (!now.sources.empty())
        return QString::fromStdString(now.sources.front().title);
    return {};
}

QDialog* Editor::deleteRecord(RecordKind kind, const QString& id)
{
    const auto store = writableStore();
    if (!store) {
        refuse(cannotEditReason(), nullptr);
        return nullptr;
    }
    const std::string key = id.toStdString();
    const QString name = nameOf(kind, key);
    if (name.isEmpty()) {
        refuse(tr("“%1” is not in the database any more.").arg(id), nullptr);
        return nullptr;
    }
    ChangeSet removal;
    try {
        removal = store->removal(kind, key);
    } catch (const std::exception& error) {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("Cannot Delete"),
                            tr("“%1” cannot be deleted.").arg(name), QMessageBox::Ok, m_window);
        const auto problem = parseStoreProblem(error.what());
        box->setInformativeText(problem ? QString::fromStdString(problem->message)
                                        : QString::fromStdString(error.what()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_openDialog = box;
        return nullptr;
    }
    auto* dialog = new DeleteDialog(describeRemoval(kind, name, removal, catalog()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, removal, name] {
        QString error;
        if (!applyChange(removal, tr("Delete “%1”").arg(name), &error)) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Not Deleted"), error,
                                        QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
    m_openDialog = dialog;
    return dialog;
}

bool Editor::moveMeeting(const QString& id, Date start, Date end, const QString& host,
                         QString* error)
{
    const auto store = writableStore();
    if (!store) {
        refuse(cannotEditReason(), error);
        return false;
    }
    const auto meeting = store->meeting(id.toStdString());
    if (!meeting) {
        refuse(tr("“%1” is not in the database any more.").arg(id), error);
        return false;
    }
    Meeting moved = *meeting;
    moved.start = start;
    moved.end = end;
    if (!host.isEmpty())
        moved.host = host.toStdString();
    if (moved == *meeting)
        return true;
    const QString title = QString::fromStdString(moved.title);
    const QString when = periodText(start, end, moved.precision);
    const bool datesMoved = moved.start != meeting->start || moved.end != meeting->end;
    const QString hostName = QString::fromStdString(m_model->snapshot()->countryName(moved.host));
    QString text;
    if (moved.host == meeting->host)
        text = tr("Move “%1” to %2").arg(title, when);
    else if (!datesMoved)
        text = tr("Make %2 the host of “%1”").arg(title, hostName);
    else
        text = tr("Move “%1” to %2, hosted by %3").arg(title, when, hostName);
    return applyChange(putting(std::vector{moved}), text, error);
}

} // namespace parley::ui
