#pragma once

#include "ui/window/DatabaseFiles.h"

#include <QWidget>

class QPushButton;

namespace parley::ui {

// What an empty database shows instead of a blank timeline: a word on what to
// do, a button that imports and one for each example built into Parley.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setImportEnabled(bool enabled);

signals:
    void importRequested();
    void exampleRequested(parley::ui::Example example);

private:
    QPushButton* m_import;
};

} // namespace parley::ui
