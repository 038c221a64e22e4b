// MainWindow's actions, menus and tool bar, and the dialogs they open.
#include "ui/MainWindow.h"

#include "db/DatasetCheck.h"
#include "db/DatasetJson.h"
#include "db/Store.h"
#include "ui/DatabaseFiles.h"
#include "ui/TimelineModel.h"
#include "ui/TimelineView.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

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

} // namespace

void MainWindow::createActions()
{
    m_importAction =
        makeAction(this, tr("&Import JSON…"), QKeySequence(tr("Ctrl+I")), "document-import");
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importJson);

    m_groupingActions = new QActionGroup(this);
    const std::pair<Grouping, QString> groupings[] = {
        {Grouping::Country, tr("By &Country")},
        {Grouping::Official, tr("By &Official")},
        {Grouping::Topic, tr("By &Topic")},
    };
    int key = Qt::Key_1;
    for (const auto& [grouping, text] : groupings) {
        auto* action = makeAction(m_groupingActions, text, QKeySequence(Qt::CTRL | key++));
        action->setCheckable(true);
        action->setData(static_cast<int>(grouping));
        action->setChecked(grouping == m_timeline->grouping());
        connect(action, &QAction::triggered, this, [this, grouping] { setGrouping(grouping); });
    }

    m_showMeasuresAction = makeAction(this, tr("Show &Measures"), QKeySequence(tr("Ctrl+M")));
    m_showMeasuresAction->setCheckable(true);
    m_showMeasuresAction->setChecked(m_timeline->showMeasures());
    connect(m_showMeasuresAction, &QAction::toggled, m_timeline, &TimelineView::setShowMeasures);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"),
                    QKeySequence::Open, this, &MainWindow::chooseDatabase);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                    QKeySequence::Quit, this, &QWidget::close);

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

void MainWindow::chooseDatabase()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Parley Database"), QFileInfo(m_databaseFile).absolutePath(),
        tr("Parley databases (*.parley *.db *.sqlite);;All files (*)"));
    if (!file.isEmpty())
        openDatabase(file);
}

void MainWindow::importJson()
{
    if (!m_model->store() || m_readOnly)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Import parley/1 JSON"), QString(),
                                                      tr("JSON documents (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        const auto dataset = readDatasetFile(file.toStdString());
        checkDataset(dataset, file.toStdString());
        m_model->store()->import(dataset);
    } catch (const std::exception& error) {
        QMessageBox::warning(
            this, tr("Import failed"),
            tr("Nothing was imported:\n\n%1").arg(QString::fromStdString(error.what())));
        return;
    }
    m_model->reload();
    statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(file).fileName()), 5000);
}

void MainWindow::showShortcuts()
{
    const std::pair<QString, QString> keys[] = {
        {tr("Ctrl+wheel, pinch, + / -"), tr("Zoom around the cursor")},
        {tr("Ctrl+0"), tr("Fit everything")},
        {tr("Wheel, Up / Down"), tr("Scroll lanes")},
        {tr("Shift+wheel, drag, Left / Right"), tr("Move in time")},
        {tr("Drag on the time axis"), tr("Zoom to that range")},
        {tr("Left / Right with a meeting selected"), tr("Previous / next meeting")},
        {tr("Alt+Left / Alt+Right"), tr("Back / forward through meetings and officials")},
        {tr("Ctrl+1 / Ctrl+2 / Ctrl+3"), tr("Lanes by country / official / topic")},
        {tr("Ctrl+M"), tr("Show or hide measures")},
        {tr("Ctrl+O, Ctrl+I"), tr("Open a database, import JSON")},
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
           "them and the measures around them.</p><p>The sample data is drawn from public "
           "reporting on the US–China commerce talks of May 2023; every fact names its "
           "source.</p><p>Licensed under the MIT licence.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace parley::ui
