// What an edit costs in the window, from Save to the painted frame: the
// change written by Store::apply in its transaction, then what the window does
// after every edit (TimelineModel::followChange): the data held patched with
// the meetings the change touched (ReferenceData::afterChange), a snapshot of
// it built, shown and painted. edit_meeting moves a meeting by a day;
// undo_edit applies the change that apply returned for it. Both run on a copy
// of the database, so that the benchmark databases stay as generated.
#include "tests/bench/BenchSupport.h"

#include "db/model/ChangeSet.h"
#include "db/store/Store.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/TimelineView.h"

#include <QImage>

#include <fcntl.h>
#include <unistd.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace parley::bench {
namespace {

using boost::gregorian::days;
using parley::ui::TimelineSnapshot;
using parley::ui::TimelineView;

constexpr QSize kWindow(1600, 900);

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

struct EditableTimeline {
    std::filesystem::path file;
    std::shared_ptr<Store> store;
    TimelineView view;
    QImage frame{kWindow, QImage::Format_ARGB32_Premultiplied};
    Meeting meeting; // the one moved, as the store holds it now

    explicit EditableTimeline(const BenchDatabase& database)
        : file(std::filesystem::temp_directory_path() /
               ("parley-bench-edit-" + std::to_string(database.meetings) + ".parley"))
    {
        std::filesystem::copy_file(database.file, file,
                                   std::filesystem::copy_options::overwrite_existing);
        flushToDisk(file);
        store = std::make_shared<Store>(Store::open(file.string(), Store::Access::ReadWrite));
        view.resize(kWindow);
        view.setSnapshot(TimelineSnapshot::build(*store, Filter()));
        const auto& shown = view.snapshot()->meetings;
        // The whole record: the snapshot's are brief.
        meeting = *store->meeting(shown[shown.size() / 2].id);
    }
    ~EditableTimeline() { std::filesystem::remove(file); }
    EditableTimeline(const EditableTimeline&) = delete;
    EditableTimeline& operator=(const EditableTimeline&) = delete;

    // Writes CHANGE and shows the database as the window does after an edit;
    // returns the change that undoes it.
    ChangeSet applyAndShow(const ChangeSet& change)
    {
        ChangeSet undo = store->apply(change);
        auto after = view.snapshot()->reference->afterChange(*store, change, undo);
        if (!after)
            throw std::runtime_error("the edit was not patched in");
        view.setSnapshot(TimelineSnapshot::build(*store, Filter(), std::move(after)));
        view.render(&frame);
        benchmark::DoNotOptimize(frame.constBits());
        return undo;
    }

    // The meeting a day later, or back, alternately.
    ChangeSet nextMove()
    {
        const auto step = days(meeting.start.day() % 2 == 0 ? 1 : -1);
        meeting.start += step;
        meeting.end += step;
        return putting(std::vector{meeting});
    }
};

EditableTimeline& timelineOf(const BenchDatabase& database)
{
    static std::map<std::int64_t, std::unique_ptr<EditableTimeline>> timelines;
    auto& timeline = timelines[database.meetings];
    if (!timeline)
        timeline = std::make_unique<EditableTimeline>(database);
    return *timeline;
}

const Figure editMeeting("edit_meeting", Cost::Light,
                         [](benchmark::State& state, const BenchDatabase& database) {
                             auto& timeline = timelineOf(database);
                             for (auto _ : state)
                                 timeline.applyAndShow(timeline.nextMove());
                         });

const Figure undoEdit("undo_edit", Cost::Light,
                      [](benchmark::State& state, const BenchDatabase& database) {
                          auto& timeline = timelineOf(database);
                          for (auto _ : state) {
                              state.PauseTiming();
                              const ChangeSet undo = timeline.applyAndShow(timeline.nextMove());
                              state.ResumeTiming();
                              timeline.applyAndShow(undo);
                              // The undone move is the one to make again.
                              state.PauseTiming();
                              timeline.meeting = undo.put.meetings.front();
                              state.ResumeTiming();
                          }
                      });

} // namespace
} // namespace parley::bench
