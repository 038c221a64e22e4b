// What the user waits for in the window: opening a database to its first
// painted frame, a filter change to the frame that shows it, a frame after a
// zoom or a pan at three zoom levels, and the official panel. The timeline is
// a real TimelineView painted into an offscreen image of a typical window.
#include "tests/bench/BenchSupport.h"

#include "db/store/Store.h"
#include "support/HugePages.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/OfficialDossier.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QImage>

#include <algorithm>

#include <map>
#include <memory>

namespace parley::bench {
namespace {

using boost::gregorian::days;
using parley::ui::TimelineSnapshot;
using parley::ui::TimelineView;

constexpr QSize kWindow(1600, 900);

// The view as the window holds it: one per database, kept between figures.
struct OpenTimeline {
    std::shared_ptr<Store> store;
    std::unique_ptr<TimelineView> view;
    QImage frame{kWindow, QImage::Format_ARGB32_Premultiplied};

    // Opened as the window opens a database: from the snapshot files when
    // they hold it as it is, else from SQLite, and then (once shown) writing
    // them for the next open. Without COLUMNS_FILE, from SQLite alone.
    OpenTimeline(const BenchDatabase& database, const std::filesystem::path& columnsFile)
        : store(std::make_shared<Store>(Store::open(database.file, Store::Access::ReadOnly)))
        , view(std::make_unique<TimelineView>())
    {
        view->resize(kWindow);
        view->setSnapshot(TimelineSnapshot::build(*store, Filter(), nullptr, columnsFile));
        view->snapshot()->reference->keep();
    }
    explicit OpenTimeline(const BenchDatabase& database)
        : OpenTimeline(database, database.columnsFile())
    {
    }

    // Queries and shows FILTER, as a filter change does: with the names and
    // meetings of the database that the shown snapshot already holds.
    void show(const Filter& filter)
    {
        view->setSnapshot(TimelineSnapshot::build(*store, filter, view->snapshot()->reference));
    }

    // Shows every meeting, querying only when a filter is in place.
    void showEverything()
    {
        if (view->snapshot()->filter != Filter())
            show(Filter());
    }

    void paint()
    {
        view->render(&frame);
        benchmark::DoNotOptimize(frame.constBits());
    }
};

// Opens the database to its first painted frame, again and again, from
// COLUMNS_FILE (none: from SQLite).
void timeOpening(benchmark::State& state, const BenchDatabase& database,
                 const std::filesystem::path& columnsFile)
{
    for (auto _ : state) {
        auto timeline = std::make_unique<OpenTimeline>(database, columnsFile);
        timeline->paint();
        // Closing is not part of opening.
        state.PauseTiming();
        timeline.reset();
        state.ResumeTiming();
    }
}

// Every open but the first: the snapshot files hold the database as it is.
const Figure coldOpen("cold_open", Cost::Light,
                      [](benchmark::State& state, const BenchDatabase& database) {
                          {
                              // Writes the files if no open has yet (untimed),
                              // and is closed before the timed opens.
                              const OpenTimeline first(database, database.columnsFile());
                          }
                          timeOpening(state, database, database.columnsFile());
                      });

// The first open of a database, or the first after another program changed
// it: every meeting is read from SQLite. (The window then also writes the
// snapshot files, which this does not time.)
const Figure firstOpen("first_open", Cost::Light,
                       [](benchmark::State& state, const BenchDatabase& database) {
                           timeOpening(state, database, {});
                       });

const auto filterFigures = [] {
    std::vector<std::unique_ptr<Figure>> figures;
    for (const auto& [name, filter] : filterChanges()) {
        figures.push_back(std::make_unique<Figure>(
            "filter_" + name, Cost::Light,
            [filter = filter](benchmark::State& state, const BenchDatabase& database) {
                auto& timeline = keptFor<OpenTimeline>(database);
                // Clearing starts from a filtered view; the others from everything.
                const Filter from = filter == Filter() ? filterChanges().front().filter : Filter();
                for (auto _ : state) {
                    state.PauseTiming();
                    timeline.show(from);
                    timeline.paint();
                    state.ResumeTiming();
                    timeline.show(filter);
                    timeline.paint();
                }
                state.counters["meetings"] =
                    static_cast<double>(timeline.view->snapshot()->meetings.size());
            }));
    }
    return figures;
}();

// The zoom levels frames are timed at: everything, a year, a week (around the
// middle of the data, where it is densest).
std::vector<std::pair<std::string, int>> zoomLevels()
{
    return {{"all", 0}, {"year", 365}, {"week", 7}};
}

void showZoomLevel(OpenTimeline& timeline, int width)
{
    timeline.view->fitAll();
    if (width == 0)
        return;
    const auto all = timeline.view->visibleRange();
    const auto middle = all.begin() + days(all.length().days() / 2);
    timeline.view->setVisibleRange(Period(middle, middle + days(width)));
}

const auto frameFigures = [] {
    std::vector<std::unique_ptr<Figure>> figures;
    for (const auto& [name, width] : zoomLevels()) {
        // Zooming in and out by one step about the middle, alternately.
        figures.push_back(std::make_unique<Figure>(
            "frame_zoom_" + name, Cost::Light,
            [width = width](benchmark::State& state, const BenchDatabase& database) {
                auto& timeline = keptFor<OpenTimeline>(database);
                timeline.showEverything();
                showZoomLevel(timeline, width);
                bool in = true;
                for (auto _ : state) {
                    in ? timeline.view->zoomIn() : timeline.view->zoomOut();
                    in = !in;
                    timeline.paint();
                }
            }));
        // Moving a tenth of the view to the right and back, alternately.
        figures.push_back(std::make_unique<Figure>(
            "frame_pan_" + name, Cost::Light,
            [width = width](benchmark::State& state, const BenchDatabase& database) {
                auto& timeline = keptFor<OpenTimeline>(database);
                timeline.showEverything();
                showZoomLevel(timeline, width);
                const auto start = timeline.view->visibleRange();
                const auto step = days(std::max(1L, start.length().days() / 10));
                bool right = true;
                for (auto _ : state) {
                    const auto range = timeline.view->visibleRange();
                    timeline.view->setVisibleRange(
                        right ? Period(range.begin() + step, range.end() + step)
                              : Period(range.begin() - step, range.end() - step));
                    right = !right;
                    timeline.paint();
                }
            }));
    }
    return figures;
}();

// The panel of the official with the most meetings, from the click to its
// filled text (found once per database, not timed).
const Figure officialPanel("official_panel", Cost::Light,
                           [](benchmark::State& state, const BenchDatabase& database) {
                               auto& timeline = keptFor<OpenTimeline>(database);
                               const auto counts = timeline.store->meetingsPerOfficial(Filter());
                               const auto busiest = std::ranges::max(counts, {}, &Count::meetings);
                               parley::ui::OfficialPanel panel;
                               panel.resize(420, 800);
                               for (auto _ : state) {
                                   const auto dossier = parley::ui::OfficialDossier::build(
                                       busiest.id, *timeline.view->snapshot()->reference);
                                   panel.showOfficial(timeline.view->snapshot(), dossier);
                               }
                               state.counters["meetings"] = busiest.meetings;
                           });

} // namespace
} // namespace parley::bench

int main(int argc, char** argv)
{
    // As the programs do, so that the figures are theirs.
    parley::restartWithHugePages(argv);
    // Frames are painted into an image: no display is needed, or wanted.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const int code = parley::bench::runBenchmarks(argc, argv);
    // Windows the figures opened go before the application does.
    QApplication::closeAllWindows();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
