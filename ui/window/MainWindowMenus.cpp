// MainWindow's context menus: what can be done with the meeting or measure
// under the pointer, on the timeline and in the table, and citing a meeting.
#include "ui/window/MainWindow.h"

#include "db/store/Store.h"
#include "ui/editor/Editor.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/model/TimelineModel.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace parley::ui {

namespace {

// "Title — 10–11 May 2023, Vienna (Austria)": a meeting as people paste it.
QString meetingText(const Meeting& meeting, const TimelineSnapshot& snapshot)
{
    QString where = toQString(snapshot.countryName(meeting.host));
    if (meeting.location)
        where = QCoreApplication::translate("parley::ui::MainWindow", "%1 (%2)")
                    .arg(toQString(*meeting.location), where);
    return QStringLiteral("%1 — %2, %3")
        .arg(toQString(meeting.title), periodText(meeting.start, meeting.end, meeting.precision),
             where);
}

QString measureText(const Measure& measure, const TimelineSnapshot& snapshot)
{
    return QStringLiteral("%1 — %2, %3")
        .arg(toQString(measure.title),
             periodText(measure.announced, measure.announced, measure.precision),
             toQString(snapshot.countryName(measure.imposedBy)));
}

} // namespace

void MainWindow::showTimelineMenu(QPoint pos)
{
    const auto record = m_timeline->recordAt(pos);
    const QPoint global = m_timeline->mapToGlobal(pos);
    switch (record.kind) {
    case TimelineView::RecordAt::Kind::Meeting:
        return showMeetingMenu(record.id, global);
    case TimelineView::RecordAt::Kind::Measure:
        return showMeasureMenu(record.id, global);
    case TimelineView::RecordAt::Kind::None:
        break;
    }
    QMenu menu;
    menu.addAction(m_editor->newMeetingAction());
    menu.addSeparator();
    menu.addAction(tr("&Fit All"), m_timeline, &TimelineView::fitAll);
    menu.addAction(tr("&Export the View…"), this, &MainWindow::exportViewDialog);
    menu.addAction(tr("&Print…"), this, &MainWindow::printView);
    menu.exec(global);
}

void MainWindow::showMeetingMenu(const QString& meetingId, QPoint globalPos)
{
    const auto snapshot = m_model->snapshot();
    const Meeting* meeting = snapshot->meeting(meetingId.toStdString());
    if (!meeting)
        return;
    QMenu menu;
    menu.addAction(tr("Show &Details"), this, [this, meetingId] { showMeeting(meetingId); });
    QMenu* officials = menu.addMenu(tr("Show &Official"));
    for (const auto& id : meeting->participants) {
        const QString officialId = toQString(id);
        officials->addAction(toQString(snapshot->officialName(id)), this,
                             [this, officialId] { showOfficial(officialId); });
    }
    officials->setEnabled(!meeting->participants.empty());
    menu.addAction(
        QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this,
        [text = meetingText(*meeting, *snapshot)] { QApplication::clipboard()->setText(text); });
    MeetingCitation::addActions(&menu, [this, meetingId](MeetingCitation::Format format) {
        copyCitation(meetingId, format);
    });
    QMenu* exportMenu = menu.addMenu(tr("&Export This Meeting"));
    const std::pair<DataExchange::MeetingsFormat, QString> formats[] = {
        {DataExchange::MeetingsFormat::Calendar, tr("As &Calendar Event (iCalendar)…")},
        {DataExchange::MeetingsFormat::Spreadsheet, tr("As &Spreadsheet (CSV)…")},
        {DataExchange::MeetingsFormat::TimelineJs, tr("As &TimelineJS…")},
    };
    for (const auto& [format, text] : formats)
        exportMenu->addAction(text, this, [this, meetingId, format = format] {
            exportOneMeeting(meetingId, format);
        });
    addEditEntries(menu, RecordKind::Meeting, meetingId);
    menu.exec(globalPos);
}

void MainWindow::showMeasureMenu(const QString& measureId, QPoint globalPos)
{
    const auto snapshot = m_model->snapshot();
    const Measure* measure = snapshot->measure(measureId.toStdString());
    if (!measure)
        return;
    QMenu menu;
    menu.addAction(tr("Show &Details"), this, [this, measureId] { showMeasure(measureId); });
    menu.addAction(
        QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this,
        [text = measureText(*measure, *snapshot)] { QApplication::clipboard()->setText(text); });
    addEditEntries(menu, RecordKind::Measure, measureId);
    menu.exec(globalPos);
}

void MainWindow::addEditEntries(QMenu& menu, RecordKind kind, const QString& id)
{
    // The entries act on the record under the pointer, which becomes the one
    // the Edit menu acts on too; disabled with the reason when it cannot change.
    m_editor->setCurrentRecord(kind, id);
    menu.addSeparator();
    menu.addAction(m_editor->editAction());
    if (kind == RecordKind::Meeting)
        menu.addAction(m_editor->duplicateAction());
    menu.addAction(m_editor->deleteAction());
    menu.setToolTipsVisible(true);
}

void MainWindow::exportOneMeeting(const QString& meetingId, DataExchange::MeetingsFormat format)
{
    if (!m_model->store())
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the Meeting"), QString(),
                                                      DataExchange::filterOf(format));
    if (file.isEmpty())
        return;
    try {
        const auto& store = *m_model->store();
        DataExchange::exportMeetings(format, file, store.meetingsWithIds({meetingId.toStdString()}),
                                     store);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(error.what()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(file).fileName()), 5000);
}

void MainWindow::copyCitation(const QString& meetingId, MeetingCitation::Format format)
{
    const auto meeting =
        m_model->store() ? m_model->store()->meeting(meetingId.toStdString()) : std::nullopt;
    if (!meeting) {
        statusBar()->showMessage(tr("Select a meeting to cite."), 5000);
        return;
    }
    const auto sources = m_model->store()->sources(meeting->sources);
    QApplication::clipboard()->setMimeData(
        MeetingCitation(*meeting, sources, *m_model->snapshot()).mimeData(format));
    statusBar()->showMessage(tr("Copied the citation of “%1”.").arg(toQString(meeting->title)),
                             5000);
}

} // namespace parley::ui
