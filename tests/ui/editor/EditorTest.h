#pragma once

// What the editor's tests share: a database file with the test dataset, the
// model and Editor a window would hold, the database as parley/1 text, and
// the user's ways into a form (typing, the completer's popup, an input
// method's commit).

#include "tests/ui/UiTestData.h"

#include "ui/editor/Editor.h"
#include "ui/editor/ProblemLabel.h"
#include "ui/editor/RecordForm.h"
#include "ui/editor/RecordPicker.h"
#include "ui/model/TimelineModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace parley::test {

// The database as parley/1, to compare byte for byte.
inline std::string document(const Store& store) { return writeDataset(store.exportAll()); }

// A window's worth of editing on a database file of the test dataset.
struct EditorSession {
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("edit.parley"));
    std::shared_ptr<Store> store;
    QWidget window;
    ui::TimelineModel model;
    std::unique_ptr<ui::Editor> editor;

    explicit EditorSession(Store::Access access = Store::Access::ReadWrite)
    {
        Store::create(file.toStdString())
            .import(readDatasetFile(sourcePath("tests/data/us-china-2017-2024.json")));
        store = std::make_shared<Store>(Store::open(file.toStdString(), access));
        model.setStore(store);
        editor = std::make_unique<ui::Editor>(&model, &window);
        window.resize(1000, 700);
        window.show();
        waitForSnapshot();
    }

    bool waitForSnapshot()
    {
        QSignalSpy delivered(&model, &ui::TimelineModel::snapshotChanged);
        return delivered.wait(10000);
    }

    std::string exported() const { return document(*store); }
};

// Types TEXT key by key, as QTest::keyClicks does, letters beyond ASCII too
// (an en dash, 丁薛祥), which keyClicks cannot.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// Replaces what FIELD holds with TEXT, as a user selects it all and types.
inline void retype(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    typeText(field, text);
}

// Types TEXT into a picker and chooses the popup's row whose label is LABEL,
// as a user does with the arrow keys and Enter.
inline bool pickFromPopup(ui::RecordPicker* picker, const QString& text, const QString& label)
{
    typeText(picker->searchField(), text);
    QAbstractItemView* popup = picker->completer()->popup();
    if (!QTest::qWaitFor([&] { return popup->isVisible(); }, 2000))
        return false;
    auto* model = popup->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString().startsWith(label)) {
            popup->setCurrentIndex(index);
            QTest::keyClick(popup, Qt::Key_Return);
            return !popup->isVisible();
        }
    }
    return false;
}

// What an input method sends when the user commits TEXT (Pinyin to 王毅).
inline void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

inline QString problemsOf(const ui::RecordForm* form, const std::string& field)
{
    const auto* label = form->problemLabel(field);
    return label && label->isVisible() ? label->text() : QString();
}

// The first of FORM's problems, for a failure message; "" when it has none
// (QVERIFY2 builds its message even when the check passes).
inline QString firstProblem(const ui::RecordForm* form)
{
    const auto problems = form->problems();
    return problems.empty() ? QString() : problems.front().text;
}

template <typename Dialog> Dialog* waitForDialog(const ui::Editor& editor)
{
    Dialog* dialog = nullptr;
    [[maybe_unused]] const bool shown = QTest::qWaitFor(
        [&] {
            dialog = qobject_cast<Dialog*>(editor.openDialog());
            return dialog && dialog->isVisible();
        },
        2000);
    return dialog;
}

} // namespace parley::test
