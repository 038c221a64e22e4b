// What an edit costs in the window, from Save to the painted frame: the real
// MainWindow, shown offscreen with its docks, a meeting selected, moved as
// the timeline's drag moves it (Editor::moveMeeting). Timed from the call
// that writes the change until the timeline has painted the snapshot that
// shows it, with the table, the counts, the filter lists and the panels
// updated on the way. edit_meeting moves the meeting by a day; undo_edit
// undoes such a move (QUndoStack::undo). Both run on a copy of the database,
// so that the benchmark databases stay as generated.
#include "tests/bench/BenchSupport.h"

#include "ui/editor/Editor.h"
#include "ui/model/SinceLastOpen.h"
#include "ui/model/TimelineModel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/AnalysisViews.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QPointer>
#include <QUndoStack>

#include <fcntl.h>
#include <unistd.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace parley::bench {
namespace {

using boost::gregorian::days;
using parley::ui::MainWindow;
using parley::ui::SnapshotPtr;
using parley::ui::TimelineView;

constexpr QSize kWindow(1600, 1000);
constexpr int kTimeoutMs = 600'000; // opening a million meetings the first time

// The copy's pages go to disk before the runs, not with the first edit's
// commit, whose sync would then write the whole copy (up to 0.8 s at a
// million meetings) inside one timed edit.
void flushToDisk(const std::filesystem::path& file)
{
    const int descriptor = ::open(file.c_str(), O_RDONLY);
    const bool flushed = descriptor >= 0 && ::fsync(descriptor) == 0;
    if (descriptor >= 0)
        ::close(descriptor);
    if (!flushed)
        throw std::runtime_error("cannot flush " + file.string());
}

// Runs the event loop until DONE says so; throws when it never does.
template <typename Done> void processEventsUntil(Done done, const char* what)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            throw std::runtime_error(std::string("the window never ") + what);
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
}

// Notes when the timeline paints after the model delivered a snapshot.
class PaintWatch : public QObject {
public:
    // A child of WINDOW, which shows VIEW.
    PaintWatch(MainWindow* window, TimelineView* view)
        : QObject(window)
    {
        auto* model = window->model();
        view->installEventFilter(this);
        // After the window's own slots: they were connected first.
        connect(model, &parley::ui::TimelineModel::snapshotChanged, this,
                [this](const SnapshotPtr&) { m_delivered = true; });
    }
    void expectFrame() { m_delivered = m_painted = false; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_delivered)
            m_painted = true; // the loop sees it once paintEvent has returned
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_delivered = false;
    bool m_painted = false;
};

struct EditableWindow {
    std::filesystem::path file;
    // Closed, and so deleted, before the application ends (main()).
    QPointer<MainWindow> window = new MainWindow;
    PaintWatch* watch = nullptr;
    QString meetingId;
    Date start;
    Date end;
    Date startBefore; // of the last move, for its undo
    Date endBefore;

    explicit EditableWindow(const BenchDatabase& database)
        : file(std::filesystem::temp_directory_path() /
               ("parley-bench-edit-" + std::to_string(database.meetings) + ".parley"))
    {
        std::filesystem::copy_file(database.file, file,
                                   std::filesystem::copy_options::overwrite_existing);
        flushToDisk(file);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setRemembersViewState(false);
        window->resize(kWindow);
        window->show();
        QString error;
        if (!window->openDatabase(QString::fromStdString(file.string()), &error))
            throw std::runtime_error(error.toStdString());
        auto* model = window->model();
        processEventsUntil([&] { return !model->isQuerying(); }, "opened the database");
        // What the window does in the background after opening, done.
        auto* since = window->analysis()->sinceLastOpen();
        processEventsUntil([&] { return !since->isBusy(); }, "compared what was seen");
        watch = new PaintWatch(window, window->findChild<TimelineView*>());

        const auto& shown = model->snapshot()->meetings;
        const auto& meeting = shown[shown.size() / 2];
        meetingId = QString::fromStdString(meeting.id);
        start = meeting.start;
        end = meeting.end;
        // The user edits the meeting they selected.
        model->setSelectedMeeting(meetingId);
        QCoreApplication::processEvents();
    }
    ~EditableWindow() { std::filesystem::remove(file); }
    EditableWindow(const EditableWindow&) = delete;
    EditableWindow& operator=(const EditableWindow&) = delete;

    // Until the timeline has painted what the last change made.
    void waitForFrame()
    {
        processEventsUntil([this] { return watch->painted(); }, "painted the edit");
    }

    // The meeting a day later, or back, alternately, to the painted frame.
    void moveAndShow()
    {
        const auto step = days(start.day() % 2 == 0 ? 1 : -1);
        startBefore = start;
        endBefore = end;
        start += step;
        end += step;
        watch->expectFrame();
        QString error;
        if (!window->editor()->moveMeeting(meetingId, start, end, QString(), &error))
            throw std::runtime_error(error.toStdString());
        waitForFrame();
    }

    void undoAndShow()
    {
        watch->expectFrame();
        window->editor()->undoStack()->undo();
        waitForFrame();
        start = startBefore;
        end = endBefore;
    }
};

const Figure editMeeting("edit_meeting", Cost::Light,
                         [](benchmark::State& state, const BenchDatabase& database) {
                             auto& window = keptFor<EditableWindow>(database);
                             for (auto _ : state)
                                 window.moveAndShow();
                         });

const Figure undoEdit("undo_edit", Cost::Light,
                      [](benchmark::State& state, const BenchDatabase& database) {
                          auto& window = keptFor<EditableWindow>(database);
                          for (auto _ : state) {
                              state.PauseTiming();
                              window.moveAndShow();
                              state.ResumeTiming();
                              window.undoAndShow();
                          }
                      });

} // namespace
} // namespace parley::bench
