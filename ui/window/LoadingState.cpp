#include "ui/window/LoadingState.h"

#include "db/index/LoadProgress.h"
#include "ui/window/PageTitle.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace parley::ui {

QString loadingText(const LoadProgress& progress)
{
    const auto expected = progress.meetingsExpected();
    if (expected == 0) // read from the columns file, or not begun
        return LoadingState::tr("Opening…");
    const QLocale locale;
    const auto read = progress.meetingsRead();
    if (read < expected)
        return LoadingState::tr("Reading meetings: %1 of %2")
            .arg(locale.toString(qulonglong(read)), locale.toString(qulonglong(expected)));
    return LoadingState::tr("Indexing %Ln meetings…", nullptr, int(expected));
}

LoadingState::LoadingState(QWidget* parent)
    : QWidget(parent)
    , m_title(pageTitle({}, this))
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
{
    setAccessibleName(tr("Opening the database"));
    m_bar->setTextVisible(false);
    m_bar->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_bar, 0, Qt::AlignHCenter);
    layout->addWidget(m_detail, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void LoadingState::showProgress(const QString& fileName, const LoadProgress& progress)
{
    m_title->setText(tr("Opening %1").arg(fileName));
    const auto expected = progress.meetingsExpected();
    const auto read = progress.meetingsRead();
    // A bar that moves while rows are read, in thousandths; a busy one
    // before and after.
    const bool counting = expected > 0 && read < expected;
    m_bar->setRange(0, counting ? kSteps : 0);
    if (counting)
        m_bar->setValue(int(read * kSteps / expected));
    m_detail->setText(loadingText(progress));
    m_bar->setAccessibleDescription(m_detail->text());
}

} // namespace parley::ui
