// MainWindow's actions, menus and tool bar, and the dialogs they open.
#include "ui/window/MainWindow.h"

#include "db/store/Store.h"
#include "ui/editor/Editor.h"
#include "ui/model/TimelineModel.h"
#include "ui/timeline/TimelineExport.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/AnalysisViews.h"
#include "ui/window/DataExchange.h"
#include "ui/window/DatabaseFiles.h"
#include "ui/window/EraOffices.h"
#include "ui/window/ErrorText.h"
#include "ui/window/ExportSizeDialog.h"
#include "ui/window/PaneFocus.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace parley::ui {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& shortcut,
                    const char* iconName = nullptr)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(shortcut);
    if (iconName)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(iconName)));
    return action;
}

// A toolbar button's text: the action's without its mnemonic. Qt drops the
// "&" but keeps the "(&C)" that translations into Chinese add, which reads
// "按国家(C)" on a button nobody reaches by Alt.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression marker(QStringLiteral("\\s*\\(&[^)]\\)"));
    return text.remove(marker).remove(QLatin1Char('&'));
}

} // namespace

void MainWindow::createActions()
{
    m_editor = new Editor(m_model, this);
    connect(m_editor, &Editor::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    m_importAction =
        makeAction(this, tr("&Import…"), QKeySequence(tr("Ctrl+I")), "document-import");
    m_importAction->setObjectName(QStringLiteral("import"));
    m_importAction->setToolTip(tr("Import a parley/1 JSON document or a meetings CSV"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);

    auto* escape = makeAction(this, tr("Clear Selection"), QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WindowShortcut);
    addAction(escape);
    connect(escape, &QAction::triggered, this, &MainWindow::clearSelectionOrHighlight);

    m_groupingActions = new QActionGroup(this);
    const std::tuple<Grouping, QString, const char*> groupings[] = {
        {Grouping::Country, tr("By &Country"), "groupByCountry"},
        {Grouping::Official, tr("By &Official"), "groupByOfficial"},
        {Grouping::Topic, tr("By &Topic"), "groupByTopic"},
    };
    int key = Qt::Key_1;
    for (const auto& [grouping, text, name] : groupings) {
        auto* action = makeAction(m_groupingActions, text, QKeySequence(Qt::CTRL | key++));
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setData(static_cast<int>(grouping));
        action->setChecked(grouping == m_timeline->grouping());
        connect(action, &QAction::triggered, this,
                [this, grouping = grouping] { setGrouping(grouping); });
    }

    m_showMeasuresAction = makeAction(this, tr("Show &Measures"), QKeySequence(tr("Ctrl+M")));
    m_showMeasuresAction->setObjectName(QStringLiteral("showMeasures"));
    m_showMeasuresAction->setCheckable(true);
    m_showMeasuresAction->setChecked(m_timeline->showMeasures());
    connect(m_showMeasuresAction, &QAction::toggled, m_timeline, &TimelineView::setShowMeasures);
    connect(m_showMeasuresAction, &QAction::toggled, this, &MainWindow::updateStatus);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"),
                    QKeySequence::Open, this, &MainWindow::chooseDatabase);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QMenu* examples = file->addMenu(tr("Open E&xample"));
    for (const Example example : kExamples)
        examples->addAction(DatabaseFiles::exampleName(example), this,
                            [this, example] { openExample(example); });
    file->addAction(m_importAction);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("View as &Image, SVG or PDF…"), QKeySequence(tr("Ctrl+E")), this,
                          &MainWindow::exportViewDialog);
    // Figures that cite: their sources listed under them, numbered on them.
    m_citeSourcesAction = exportMenu->addAction(tr("&Cite Sources in Figures and Prints"));
    m_citeSourcesAction->setObjectName(QStringLiteral("citeSources"));
    m_citeSourcesAction->setCheckable(true);
    m_citeSourcesAction->setChecked(
        QSettings().value(QStringLiteral("export/citeSources"), true).toBool());
    connect(m_citeSourcesAction, &QAction::toggled, this,
            [](bool cite) { QSettings().setValue(QStringLiteral("export/citeSources"), cite); });
    exportMenu->addSeparator();
    const std::pair<DataExchange::MeetingsFormat, QString> formats[] = {
        {DataExchange::MeetingsFormat::Calendar, tr("Meetings as &Calendar (iCalendar)…")},
        {DataExchange::MeetingsFormat::Spreadsheet, tr("Meetings as &Spreadsheet (CSV)…")},
        {DataExchange::MeetingsFormat::TimelineJs, tr("Meetings as &TimelineJS…")},
    };
    for (const auto& [format, text] : formats)
        exportMenu->addAction(text, this, [this, format = format] { exportMeetings(format); });
    file->addAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"),
                    QKeySequence::Print, this, &MainWindow::printView);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                    QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_editor->addEditActions(edit);
    edit->addSeparator();
    // Citing works on the meeting selected on the timeline or in the table.
    const auto firstCitation = edit->actions().size();
    MeetingCitation::addActions(edit, [this](MeetingCitation::Format format) {
        copyCitation(m_model->selectedMeeting(), format);
    });
    edit->actions().at(firstCitation)->setShortcut(QKeySequence(tr("Ctrl+Alt+C")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* groupBy = m_viewMenu->addMenu(tr("&Group Lanes"));
    groupBy->addActions(m_groupingActions->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"),
                          QKeySequence::ZoomIn, m_timeline, &TimelineView::zoomIn);
    m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"),
                          QKeySequence::ZoomOut, m_timeline, &TimelineView::zoomOut);
    m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit All"),
                          QKeySequence(tr("Ctrl+0")), m_timeline, &TimelineView::fitAll);
    m_viewMenu->addAction(m_showMeasuresAction);
    m_eraOffices->addActionsTo(m_viewMenu);
    m_analysis->addActionsTo(m_viewMenu);
    m_viewMenu->addSeparator();
    QMenu* panels = m_viewMenu->addMenu(tr("&Panels"));
    for (auto* dock : findChildren<QDockWidget*>())
        panels->addAction(dock->toggleViewAction());

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_history->backAction());
    go->addAction(m_history->forwardAction());
    go->addSeparator();
    go->addAction(tr("&Previous Meeting"), QKeySequence(tr("Ctrl+Left")), m_timeline,
                  &TimelineView::selectPreviousMeeting);
    go->addAction(tr("&Next Meeting"), QKeySequence(tr("Ctrl+Right")), m_timeline,
                  &TimelineView::selectNextMeeting);
    go->addSeparator();
    go->addAction(m_paneFocus->nextAction());
    go->addAction(m_paneFocus->previousAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showShortcuts);
    help->addAction(tr("&About Parley"), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_history->backAction());
    bar->addAction(m_history->forwardAction());
    bar->addSeparator();
    bar->addActions(m_groupingActions->actions());
    bar->addSeparator();
    for (QAction* action : m_viewMenu->actions()) {
        if (action->shortcut() == QKeySequence::ZoomIn ||
            action->shortcut() == QKeySequence::ZoomOut ||
            action->shortcut() == QKeySequence(tr("Ctrl+0")))
            bar->addAction(action);
    }
    bar->addAction(m_showMeasuresAction);
    for (QAction* action : bar->actions()) {
        action->setIconText(withoutMnemonic(action->text()));
        // Reachable by Tab and F6 like every other control.
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action)))
            button->setFocusPolicy(Qt::TabFocus);
    }
    m_paneFocus->addPane(bar);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = DatabaseFiles::recentFiles();
    for (const QString& file : files)
        m_recentMenu->addAction(QFileInfo(file).fileName() + QStringLiteral("  —  ") + file, this,
                                [this, file] { openDatabase(file); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::setGrouping(Grouping grouping)
{
    m_timeline->setGrouping(grouping);
    for (QAction* action : m_groupingActions->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(grouping));
}

bool MainWindow::openExample(Example example, QString* error)
{
    QString file;
    try {
        file = DatabaseFiles::ensureExample(example);
    } catch (const std::exception& e) {
        const QString reason = QString::fromStdString(e.what());
        if (error)
            *error = reason;
        else
            QMessageBox::warning(
                this, tr("Cannot open the example"),
                tr("Parley cannot make the example's database:\n\n%1").arg(reason));
        return false;
    }
    return openDatabase(file, error);
}

void MainWindow::chooseDatabase()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Parley Database"), QFileInfo(m_databaseFile).absolutePath(),
        tr("Parley databases (*.parley *.db *.sqlite);;All files (*)"));
    if (!file.isEmpty())
        openDatabase(file);
}

void MainWindow::importFile()
{
    if (!m_model->store() || m_readOnly)
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import into the Database"), QString(),
        tr("parley/1 JSON or meetings CSV (*.json *.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        DataExchange::importFile(*m_model->store(), file);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Import failed"),
                             tr("Nothing was imported:\n\n%1").arg(errorText(error.what())));
        return;
    }
    m_model->reload();
    statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(file).fileName()), 5000);
}

void MainWindow::exportMeetings(DataExchange::MeetingsFormat format)
{
    if (!m_model->store())
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the Meetings Shown"),
                                                      QString(), DataExchange::filterOf(format));
    if (file.isEmpty())
        return;
    try {
        DataExchange::exportMeetings(format, file, *m_model->snapshot(), *m_model->store());
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(error.what()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1 (meetings: %2)")
                                 .arg(QFileInfo(file).fileName())
                                 .arg(m_model->snapshot()->meetings.size()),
                             5000);
}

void MainWindow::exportViewDialog()
{
    QString selectedFilter;
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export the Timeline View"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selectedFilter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += selectedFilter.contains(QStringLiteral("svg"))   ? QStringLiteral(".svg")
                : selectedFilter.contains(QStringLiteral("pdf")) ? QStringLiteral(".pdf")
                                                                 : QStringLiteral(".png");
    ExportSizeDialog sizeDialog(this);
    if (sizeDialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportView(file, sizeDialog.size(), m_citeSourcesAction->isChecked(), &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(file).fileName()), 5000);
}

void MainWindow::printView()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    const TimelineExport view = viewExport(m_citeSourcesAction->isChecked());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&view](QPrinter* target) { view.print(*target, TimelineExport::paperPalette()); });
    preview.exec();
}

void MainWindow::showShortcuts()
{
    const std::pair<QString, QString> keys[] = {
        {tr("Ctrl+wheel, pinch, + / -"), tr("Zoom around the cursor")},
        {tr("Double-click a count"), tr("Zoom into it")},
        {tr("Ctrl+0"), tr("Fit everything")},
        {tr("Wheel, Up / Down"), tr("Scroll lanes")},
        {tr("Shift+wheel, drag, Left / Right"), tr("Move in time")},
        {tr("Drag on the time axis"), tr("Zoom to that range")},
        {tr("Left / Right with a meeting selected"), tr("Previous / next meeting")},
        {tr("Alt+Left / Alt+Right"), tr("Back / forward through meetings, measures and officials")},
        {tr("Escape"), tr("Stop highlighting an official, then clear the selection")},
        {tr("F6 / Shift+F6, Tab"), tr("Next / previous pane, next control")},
        {tr("Ctrl+1 / Ctrl+2 / Ctrl+3"), tr("Lanes by country / official / topic")},
        {tr("Ctrl+M"), tr("Show or hide measures")},
        {tr("Ctrl+Shift+B, Ctrl+Shift+O"), tr("Show or hide office bands, choose the offices")},
        {tr("Ctrl+Shift+C, Ctrl+Shift+L"), tr("A channel between two sides, the channels")},
        {tr("Ctrl+Shift+W"), tr("What came before and after a measure or a meeting")},
        {tr("Ctrl+Shift+N"), tr("What is new since the database was last seen")},
        {tr("Ctrl+Alt+C"), tr("Copy the selected meeting's citation with its sources")},
        {tr("Ctrl+O, Ctrl+I"), tr("Open a database, import JSON or CSV")},
        {tr("Ctrl+E, Ctrl+P"), tr("Export the view, print it")},
    };
    QString rows;
    for (const auto& [key, what] : keys)
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    QMessageBox::information(this, tr("Keyboard Shortcuts"),
                             QStringLiteral("<table>%1</table>").arg(rows));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Parley"),
        tr("<h3>Parley %1</h3><p>A timeline of diplomatic meetings, the officials who held "
           "them and the measures around them.</p><p>Its examples are the records of the "
           "Office of the Historian of the U.S. Department of State (history.state.gov), in "
           "the public domain, and public reporting on the US–China commerce talks of May "
           "2023; every fact names its source.</p><p>Licensed under the MIT licence.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace parley::ui
