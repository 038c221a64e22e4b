#include "ui/window/ExportSizeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace parley::ui {

namespace {

const auto kSizeKey = QStringLiteral("export/viewSize");

QSpinBox* sideBox(int value, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(16, 20000);
    box->setValue(value);
    box->setSuffix(QStringLiteral(" px"));
    box->setAccessibleName(name);
    return box;
}

QSize lastSize()
{
    const QSize size = QSettings().value(kSizeKey).toSize();
    return size.isValid() ? size : ExportSizeDialog::kDefaultSize;
}

} // namespace

ExportSizeDialog::ExportSizeDialog(QWidget* parent)
    : QDialog(parent)
    , m_width(sideBox(lastSize().width(), tr("Width"), this))
    , m_height(sideBox(lastSize().height(), tr("Height"), this))
{
    setWindowTitle(tr("Export Size"));
    auto* about = new QLabel(tr("The size of the exported view in pixels. A PDF gets pages of this "
                                "size at 96 pixels an inch, as many as its lanes need."),
                             this);
    about->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(about);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(buttons);
}

QSize ExportSizeDialog::size() const { return QSize(m_width->value(), m_height->value()); }

void ExportSizeDialog::accept()
{
    QSettings().setValue(kSizeKey, size());
    QDialog::accept();
}

} // namespace parley::ui
