#include "ui/window/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_import(new QPushButton(tr("Import JSON…"), this))
{
    setAccessibleName(tr("Empty database"));
    auto* title = new QLabel(tr("This database holds no meetings yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("Import a parley/1 JSON document to fill it, or open another "
                               "database from the File menu."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_import->setAccessibleName(tr("Import JSON"));
    connect(m_import, &QPushButton::clicked, this, &EmptyState::importRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addWidget(m_import, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void EmptyState::setImportEnabled(bool enabled) { m_import->setEnabled(enabled); }

} // namespace parley::ui
