#pragma once

#include "ui/editor/RemovalText.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace parley::ui {

// Asks before a record is deleted, saying what else the deletion changes and
// listing the records it rewrites. Delete is the default button (the step
// can be undone); Escape keeps everything.
class DeleteDialog : public QDialog {
    Q_OBJECT
public:
    DeleteDialog(const RemovalText& text, QWidget* parent = nullptr);

    QString text() const;
    QListWidget* affectedList() const { return m_affected; }
    QPushButton* deleteButton() const { return m_delete; }

private:
    RemovalText m_text;
    QListWidget* m_affected;
    QPushButton* m_delete;
};

} // namespace parley::ui
