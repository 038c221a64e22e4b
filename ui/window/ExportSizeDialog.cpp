#include "ui/window/ExportSizeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace parley::ui {

namespace {

QSpinBox* sideBox(int value, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(16, 20000);
    box->setValue(value);
    box->setSuffix(QStringLiteral(" px"));
    box->setAccessibleName(name);
    return box;
}

} // namespace

ExportSizeDialog::ExportSizeDialog(QSize initial, QWidget* parent)
    : QDialog(parent)
    , m_width(sideBox(initial.width(), tr("Width"), this))
    , m_height(sideBox(initial.height(), tr("Height"), this))
{
    setWindowTitle(tr("Export Size"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(buttons);
}

QSize ExportSizeDialog::size() const { return QSize(m_width->value(), m_height->value()); }

} // namespace parley::ui
