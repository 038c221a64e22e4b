#include "ui/editor/DeleteDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace parley::ui {

DeleteDialog::DeleteDialog(const RemovalText& text, QWidget* parent)
    : QDialog(parent)
    , m_text(text)
    , m_affected(new QListWidget(this))
    , m_delete(
          new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this))
{
    setWindowTitle(tr("Delete"));
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto* question = new QLabel(text.question, this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    question->setWordWrap(true);
    auto* sentences = new QLabel(text.sentences.join(QLatin1Char(' ')) + QStringLiteral("\n") +
                                     tr("You can undo this with Edit ▸ Undo."),
                                 this);
    sentences->setWordWrap(true);
    sentences->setTextFormat(Qt::PlainText);
    m_affected->addItems(text.affected);
    m_affected->setAccessibleName(tr("Records that will change"));
    m_affected->setVisible(!text.affected.isEmpty());
    m_affected->setFocusPolicy(Qt::NoFocus);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_delete->setDefault(true);
    m_delete->setFocus();
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* words = new QVBoxLayout;
    words->addWidget(question);
    words->addWidget(sentences);
    words->addWidget(m_affected, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(words, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(520, text.affected.isEmpty() ? 0 : 380);
}

QString DeleteDialog::text() const
{
    return m_text.question + QLatin1Char('\n') + m_text.sentences.join(QLatin1Char(' '));
}

} // namespace parley::ui
