// MainWindow's panels of records: which meeting, measure or official they
// show, Back and Forward between them, and the highlighted official.
#include "ui/window/MainWindow.h"

#include "db/store/Store.h"
#include "ui/editor/Editor.h"
#include "ui/model/HtmlText.h"
#include "ui/model/TimelineModel.h"
#include "ui/panels/MeasureDetails.h"
#include "ui/panels/MeetingDetails.h"
#include "ui/panels/MeetingsTable.h"
#include "ui/panels/OfficialDossier.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/AnalysisViews.h"

#include <QDockWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace parley::ui {

void MainWindow::showMeeting(const QString& meetingId)
{
    if (!m_model->snapshot()->meeting(meetingId.toStdString())) {
        statusBar()->showMessage(
            tr("Meeting “%1” is not among the meetings shown.").arg(meetingId));
        return;
    }
    m_model->setSelectedMeeting(meetingId);
    // Also when it was selected already: going back to it must show it.
    showDetailsPage(m_details);
    m_history->visit({Place::Kind::Meeting, meetingId});
}

void MainWindow::showMeasure(const QString& measureId)
{
    const auto snapshot = m_model->snapshot();
    const Measure* measure = snapshot->measure(measureId.toStdString());
    if (!measure || !m_model->store()) {
        statusBar()->showMessage(tr("There is no measure “%1”.").arg(measureId));
        return;
    }
    m_model->setSelectedMeeting({});
    m_editor->setCurrentRecord(RecordKind::Measure, measureId);
    // Shown from the details, the history or a context menu, the measure is
    // selected on the timeline as if it had been clicked there.
    m_timeline->setSelectedMeasure(measureId);
    const auto& store = *m_model->store();
    try {
        m_measureDetails->showMeasure(snapshot, *measure, store.sources(measure->sources),
                                      store.meetingsRaising(measure->id));
    } catch (const std::exception& error) {
        statusBar()->showMessage(QString::fromStdString(error.what()));
        return;
    }
    showDetailsPage(m_measureDetails);
    m_analysis->measureShown(measureId);
    m_history->visit({Place::Kind::Measure, measureId});
}

void MainWindow::showOfficial(const QString& officialId)
{
    if (!m_model->store())
        return;
    try {
        const auto dossier =
            OfficialDossier::build(officialId.toStdString(), *m_model->snapshot()->reference);
        m_officialPanel->showOfficial(m_model->snapshot(), dossier);
    } catch (const std::exception& error) {
        statusBar()->showMessage(QString::fromStdString(error.what()));
        return;
    }
    m_officialDock->show();
    m_officialDock->raise();
    m_editor->setCurrentRecord(RecordKind::Official, officialId);
    m_history->visit({Place::Kind::Official, officialId});
}

void MainWindow::setHighlightedOfficial(const QString& officialId)
{
    m_highlightedOfficial = officialId;
    m_timeline->setHighlightedOfficial(officialId);
    m_officialPanel->setHighlightedOfficial(officialId);
    m_highlightIndicator->setVisible(!officialId.isEmpty());
    if (!officialId.isEmpty())
        m_highlightIndicator->setText(
            tr("Highlighting %1")
                .arg(toQString(m_model->snapshot()->officialName(officialId.toStdString()))));
}

void MainWindow::onSelectionChanged(const QString& meetingId)
{
    m_timeline->setSelectedMeeting(meetingId);
    m_table->setSelectedMeeting(meetingId);
    if (meetingId.isEmpty()) {
        m_details->clear();
        return;
    }
    // The snapshot holds brief records; the panel shows the meeting in full.
    const auto meeting =
        m_model->store() ? m_model->store()->meeting(meetingId.toStdString()) : std::nullopt;
    if (meeting)
        m_details->showMeeting(m_model->snapshot(), *meeting,
                               m_model->store()->sources(meeting->sources));
    else
        m_details->clear();
    showDetailsPage(m_details);
    m_history->visit({Place::Kind::Meeting, meetingId});
}

void MainWindow::onNavigate(const Place& place)
{
    switch (place.kind) {
    case Place::Kind::Official:
        return showOfficial(place.id);
    case Place::Kind::Measure:
        return showMeasure(place.id);
    case Place::Kind::Meeting:
        return showMeeting(place.id);
    }
}

void MainWindow::showDetailsPage(QWidget* page)
{
    m_detailsPages->setCurrentWidget(page);
    m_detailsDock->show();
    m_detailsDock->raise();
}

// Escape steps back one level: a highlight first, then the selection.
void MainWindow::clearSelectionOrHighlight()
{
    if (!m_highlightedOfficial.isEmpty()) {
        setHighlightedOfficial({});
        return;
    }
    m_model->setSelectedMeeting({});
    m_timeline->setSelectedMeasure({});
    m_measureDetails->clear();
}

} // namespace parley::ui
