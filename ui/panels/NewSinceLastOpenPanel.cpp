#include "ui/panels/NewSinceLastOpenPanel.h"

#include "ui/panels/SinceSeenModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace parley::ui {

namespace {

// "3 meetings, 1 official": what there is of each kind.
QStringList countsOf(const SinceSeen& changes)
{
    const QLocale locale;
    QStringList counts;
    const auto add = [&](std::size_t n, const QString& one, const QString& many) {
        if (n > 0)
            counts << (n == 1 ? one : many.arg(locale.toString(static_cast<qulonglong>(n))));
    };
    add(changes.meetings.size(), NewSinceLastOpenPanel::tr("1 meeting"),
        NewSinceLastOpenPanel::tr("%1 meetings"));
    add(changes.officials.size(), NewSinceLastOpenPanel::tr("1 official"),
        NewSinceLastOpenPanel::tr("%1 officials"));
    add(changes.measures.size(), NewSinceLastOpenPanel::tr("1 measure"),
        NewSinceLastOpenPanel::tr("%1 measures"));
    return counts;
}

} // namespace

NewSinceLastOpenPanel::NewSinceLastOpenPanel(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_model(new SinceSeenModel(this))
    , m_view(new QTreeView(this))
    , m_markAllSeen(new QPushButton(tr("Mark all seen"), this))
{
    setAccessibleName(tr("New since last open"));
    m_status->setWordWrap(true);
    m_status->setBuddy(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("New and changed records"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(SinceSeenModel::WhatColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_markAllSeen->setToolTip(tr("Count everything in this database as seen: only what is "
                                 "added or changed from now on will be listed"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_markAllSeen);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_markAllSeen, &QPushButton::clicked, this,
            &NewSinceLastOpenPanel::markAllSeenRequested);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(SinceSeenModel::IdRole).toString();
        switch (static_cast<SinceSeenModel::Kind>(index.data(SinceSeenModel::KindRole).toInt())) {
        case SinceSeenModel::Kind::Meeting:
            return emit meetingActivated(id);
        case SinceSeenModel::Kind::Official:
            return emit officialActivated(id);
        case SinceSeenModel::Kind::Measure:
            return emit measureActivated(id);
        }
    });
    setChanges({}, nullptr, false, {});
}

void NewSinceLastOpenPanel::setChanges(const SinceSeen& changes,
                                       const std::shared_ptr<const ReferenceData>& reference,
                                       bool busy, const QString& problem)
{
    m_model->setChanges(changes, reference);
    m_view->resizeColumnToContents(SinceSeenModel::KindColumn);
    m_view->resizeColumnToContents(SinceSeenModel::WhenColumn);
    m_markAllSeen->setEnabled(!busy && !changes.empty());
    const QLocale locale;
    QString status;
    if (busy)
        status = tr("Comparing with what you last saw…");
    else if (changes.empty())
        status = tr("Nothing is new or changed since you last marked this database seen.");
    else
        status = tr("New or changed since you last marked this database seen: %1.")
                     .arg(locale.createSeparatedList(countsOf(changes)));
    if (!problem.isEmpty())
        status +=
            QLatin1Char('\n') + tr("Parley cannot remember what you have seen: %1").arg(problem);
    m_status->setText(status);
}

QString NewSinceLastOpenPanel::status() const { return m_status->text(); }

} // namespace parley::ui
