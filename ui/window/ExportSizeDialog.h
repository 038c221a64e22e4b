#pragma once

#include <QDialog>

class QSpinBox;

namespace parley::ui {

// Asks the width and height, in pixels, of an exported view: 1600 × 900 the
// first time, then the size last chosen.
class ExportSizeDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportSizeDialog(QWidget* parent = nullptr);
    QSize size() const;

    static constexpr QSize kDefaultSize{1600, 900};

public slots:
    // Keeps the size for the next export.
    void accept() override;

private:
    QSpinBox* m_width;
    QSpinBox* m_height;
};

} // namespace parley::ui
