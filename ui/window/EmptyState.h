#pragma once

#include <QWidget>

class QPushButton;

namespace parley::ui {

// What an empty database shows instead of a blank timeline: a word on what to
// do and a button that does it.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setImportEnabled(bool enabled);

signals:
    void importRequested();

private:
    QPushButton* m_import;
};

} // namespace parley::ui
