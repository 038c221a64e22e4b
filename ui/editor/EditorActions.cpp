// The Editor's actions: what the Edit menu shows, when each is enabled, and
// the window with the undo history.
#include "ui/editor/Editor.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace parley::ui {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QString& name,
                    const QList<QKeySequence>& shortcuts, const char* icon = nullptr)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    if (icon)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    return action;
}

QString kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return Editor::tr("Source");
    case RecordKind::Country:
        return Editor::tr("Country");
    case RecordKind::Topic:
        return Editor::tr("Topic");
    case RecordKind::Official:
        return Editor::tr("Official");
    case RecordKind::Meeting:
        return Editor::tr("Meeting");
    case RecordKind::Measure:
        return Editor::tr("Measure");
    }
    return {};
}

// An action's text as a tooltip: without its mnemonic, "&&" as "&".
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// A step's text in an action's, so that "AT&T" is not a mnemonic.
QString escaped(QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")); }

} // namespace

void Editor::createActions()
{
    m_undo = makeAction(this, tr("&Undo"), QStringLiteral("undo"), {QKeySequence(tr("Ctrl+Z"))},
                        "edit-undo");
    m_redo =
        makeAction(this, tr("&Redo"), QStringLiteral("redo"),
                   {QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))}, "edit-redo");
    m_newMeeting = makeAction(this, tr("New &Meeting…"), QStringLiteral("newMeeting"),
                              {QKeySequence(tr("Ctrl+N"))}, "document-new");
    m_newOfficial = makeAction(this, tr("New &Official…"), QStringLiteral("newOfficial"),
                               {QKeySequence(tr("Ctrl+Shift+O"))});
    m_newMeasure = makeAction(this, tr("New Mea&sure…"), QStringLiteral("newMeasure"),
                              {QKeySequence(tr("Ctrl+Shift+M"))});
    m_newTopic = makeAction(this, tr("New &Topic…"), QStringLiteral("newTopic"), {});
    m_newCountry = makeAction(this, tr("New &Country…"), QStringLiteral("newCountry"), {});
    m_newSource = makeAction(this, tr("New So&urce…"), QStringLiteral("newSource"), {});
    m_edit =
        makeAction(this, tr("&Edit…"), QStringLiteral("editRecord"),
                   {QKeySequence(Qt::Key_F2), QKeySequence(tr("Ctrl+Return"))}, "document-edit");
    m_duplicate = makeAction(this, tr("D&uplicate Meeting…"), QStringLiteral("duplicateMeeting"),
                             {QKeySequence(tr("Ctrl+D"))}, "edit-copy");
    m_delete = makeAction(this, tr("&Delete…"), QStringLiteral("deleteRecord"),
                          {QKeySequence(QKeySequence::Delete)}, "edit-delete");
    m_history = makeAction(this, tr("Edit &History"), QStringLiteral("editHistory"),
                           {QKeySequence(tr("Ctrl+Shift+H"))}, "view-history");

    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    const std::pair<QAction*, RecordKind> news[] = {
        {m_newMeeting, RecordKind::Meeting}, {m_newOfficial, RecordKind::Official},
        {m_newMeasure, RecordKind::Measure}, {m_newTopic, RecordKind::Topic},
        {m_newCountry, RecordKind::Country}, {m_newSource, RecordKind::Source},
    };
    for (const auto& [action, kind] : news)
        connect(action, &QAction::triggered, this, [this, kind = kind] { newRecord(kind); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_currentKind)
            editRecord(*m_currentKind, m_currentId);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] { duplicateMeeting(m_currentId); });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_currentKind)
            deleteRecord(*m_currentKind, m_currentId);
    });
    connect(m_history, &QAction::triggered, this, &Editor::showHistory);
    connect(m_stack, &QUndoStack::indexChanged, this, &Editor::updateActions);
    connect(m_stack, &QUndoStack::cleanChanged, this, &Editor::updateActions);
}

void Editor::addEditActions(QMenu* menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_newMeeting);
    menu->addAction(m_newOfficial);
    menu->addAction(m_newMeasure);
    QMenu* more = menu->addMenu(tr("New &Other"));
    more->addAction(m_newTopic);
    more->addAction(m_newCountry);
    more->addAction(m_newSource);
    menu->addSeparator();
    menu->addAction(m_edit);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_history);
}

void Editor::updateActions()
{
    const QString cannot = cannotEditReason();
    const bool writable = cannot.isEmpty();
    for (QAction* action :
         {m_newMeeting, m_newOfficial, m_newMeasure, m_newTopic, m_newCountry, m_newSource}) {
        action->setEnabled(writable);
        action->setToolTip(writable ? plain(action->text()) : cannot);
    }

    m_undo->setEnabled(writable && m_stack->canUndo());
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(escaped(m_stack->undoText()))
                                       : tr("&Undo"));
    m_undo->setToolTip(writable ? plain(m_undo->text()) : cannot);
    m_redo->setEnabled(writable && m_stack->canRedo());
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(escaped(m_stack->redoText()))
                                       : tr("&Redo"));
    m_redo->setToolTip(writable ? plain(m_redo->text()) : cannot);

    const bool current = m_currentKind.has_value() && !m_currentId.isEmpty();
    const QString none = tr("Select a meeting first, or an official or a measure in its panel");
    m_edit->setText(current ? tr("&Edit %1…").arg(kindName(*m_currentKind)) : tr("&Edit…"));
    m_delete->setText(current ? tr("&Delete %1…").arg(kindName(*m_currentKind)) : tr("&Delete…"));
    for (QAction* action : {m_edit, m_delete}) {
        action->setEnabled(writable && current);
        action->setToolTip(!writable ? cannot : current ? plain(action->text()) : none);
    }
    const bool meeting = current && m_currentKind == RecordKind::Meeting;
    m_duplicate->setEnabled(writable && meeting);
    m_duplicate->setToolTip(!writable ? cannot
                            : meeting ? tr("The same meeting on the next day, to check and save")
                                      : tr("Select a meeting first"));
    m_history->setEnabled(true);
}

QWidget* Editor::createHistoryView(QWidget* parent) const
{
    auto* view = new QUndoView(m_stack, parent);
    view->setEmptyLabel(tr("Opened the database"));
    view->setAccessibleName(tr("Edit history"));
    return view;
}

void Editor::showHistory()
{
    if (!m_historyWindow) {
        auto* window = new QDialog(m_window);
        window->setWindowTitle(tr("Edit History"));
        auto* layout = new QVBoxLayout(window);
        layout->addWidget(createHistoryView(window));
        window->resize(420, 360);
        m_historyWindow = window;
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

} // namespace parley::ui
