#include "ui/panels/EngagementsView.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/panels/EngagementsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

EngagementsView::EngagementsView(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_model(new EngagementsModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Engagements"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // rows are laid out only when shown
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EngagementsModel::WhenColumn, Qt::DescendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    // Fitting the date column reads the rows in sight, not a thousand more.
    m_view->header()->setResizeContentsPrecision(0);
    m_heading->setBuddy(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit meetingActivated(index.data(EngagementsModel::MeetingIdRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &EngagementsView::showMenu);
}

void EngagementsView::setDossier(SnapshotPtr snapshot,
                                 std::shared_ptr<const OfficialDossier> dossier)
{
    const std::size_t count = dossier ? dossier->engagementCount() : 0;
    m_heading->setText(
        tr("<b>Engagements (%1)</b>").arg(QLocale().toString(static_cast<qulonglong>(count))));
    m_model->setDossier(std::move(snapshot), std::move(dossier));
    m_view->resizeColumnToContents(EngagementsModel::WhenColumn);
    m_view->scrollToTop();
}

QString EngagementsView::text() const
{
    const std::size_t count = m_model->engagementCount();
    QString text = tr("Engagements (%1)").arg(QLocale().toString(static_cast<qulonglong>(count))) +
                   QLatin1Char('\n');
    for (std::size_t at = 0; at < count; ++at) {
        const Engagement engagement = m_model->engagementInDateOrder(at);
        text += periodText(engagement.start, engagement.end, engagement.precision) +
                QLatin1Char('\n') + toQString(engagement.title) + QLatin1Char('\n') +
                m_model->detailsText(engagement) + QLatin1Char('\n');
    }
    return text;
}

QString EngagementsView::currentMeeting() const
{
    return m_view->currentIndex().data(EngagementsModel::MeetingIdRole).toString();
}

void EngagementsView::showMenu(QPoint pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString meeting = index.data(EngagementsModel::MeetingIdRole).toString();
    QMenu menu;
    menu.addAction(tr("Show &Meeting"), this, [this, meeting] { emit meetingActivated(meeting); });
    MeetingCitation::addActions(&menu, [this, meeting](MeetingCitation::Format format) {
        emit citationRequested(meeting, format);
    });
    const QStringList with = index.data(EngagementsModel::WithIdsRole).toStringList();
    if (!with.isEmpty())
        menu.addSection(tr("With"));
    for (const QString& id : with)
        menu.addAction(m_model->officialName(id), this, [this, id] { emit officialActivated(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace parley::ui
