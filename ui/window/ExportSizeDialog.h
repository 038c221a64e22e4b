#pragma once

#include <QDialog>

class QSpinBox;

namespace parley::ui {

// Asks the width and height, in pixels, of an exported view.
class ExportSizeDialog : public QDialog {
    Q_OBJECT
public:
    ExportSizeDialog(QSize initial, QWidget* parent = nullptr);
    QSize size() const;

private:
    QSpinBox* m_width;
    QSpinBox* m_height;
};

} // namespace parley::ui
