#include "ui/window/EmptyState.h"

#include "ui/window/PageTitle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_import(new QPushButton(tr("Import JSON…"), this))
{
    setAccessibleName(tr("Empty database"));
    auto* title = pageTitle(tr("This database holds no meetings yet"), this);
    auto* hint = new QLabel(tr("Import a parley/1 JSON document to fill it, open another "
                               "database from the File menu, or open one of the examples that "
                               "come with Parley."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_import->setAccessibleName(tr("Import JSON"));
    connect(m_import, &QPushButton::clicked, this, &EmptyState::importRequested);

    auto* examples = new QHBoxLayout;
    examples->addStretch();
    for (const Example example : kExamples) {
        auto* open = new QPushButton(DatabaseFiles::exampleName(example), this);
        open->setObjectName(example == Example::History ? QStringLiteral("openHistory")
                                                        : QStringLiteral("openSample"));
        connect(open, &QPushButton::clicked, this,
                [this, example] { emit exampleRequested(example); });
        examples->addWidget(open);
    }
    examples->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addWidget(m_import, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(new QLabel(tr("Examples:"), this), 0, Qt::AlignHCenter);
    layout->addLayout(examples);
    layout->addStretch();
}

void EmptyState::setImportEnabled(bool enabled) { m_import->setEnabled(enabled); }

} // namespace parley::ui
