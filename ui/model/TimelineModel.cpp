#include "ui/model/TimelineModel.h"

#include "db/index/IndexLoad.h"
#include "db/index/LoadProgress.h"
#include "db/index/RecordsFile.h"
#include "db/store/Store.h"
#include "support/FreedMemory.h"
#include "ui/model/DeliverLater.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace parley::ui {

struct TimelineModel::Result {
    quint64 generation = 0;
    SnapshotPtr snapshot;
    QString error;
};

TimelineModel::TimelineModel(QObject* parent)
    : QObject(parent)
    , m_snapshot(std::make_shared<TimelineSnapshot>())
    , m_watch(new QTimer(this))
    , m_keepColumns(new QTimer(this))
    , m_columnsWriter(new QThreadPool(this))
{
    qRegisterMetaType<SnapshotPtr>();
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &TimelineModel::reloadIfChangedElsewhere);
    m_keepColumns->setSingleShot(true);
    m_keepColumns->setInterval(kKeepColumnsAfterMs);
    connect(m_keepColumns, &QTimer::timeout, this, &TimelineModel::keepColumns);
    m_columnsWriter->setMaxThreadCount(1);
}

// A write of the columns file still waiting for its pause is made now, and
// finishes before the model is gone (QThreadPool's destructor). A load still
// running stops instead: the program would otherwise wait for it to exit.
TimelineModel::~TimelineModel()
{
    if (m_loading)
        m_loading->cancel();
    if (m_keepColumns->isActive())
        keepColumns();
}

void TimelineModel::setStore(std::shared_ptr<Store> store, const Filter& filter,
                             const std::filesystem::path& columnsFile)
{
    // The data of the store before, loaded just now, is kept for its next start.
    if (m_keepColumns->isActive())
        keepColumns();
    m_store = std::move(store);
    m_columnsFile = columnsFile;
    m_filter = filter;
    m_snapshot = std::make_shared<TimelineSnapshot>(); // nothing of the store before
    setSelectedMeeting({});
    m_dataVersion = m_store ? m_store->dataVersion() : 0;
    m_watch->start();
    emit storeChanged();
    startLoad();
}

void TimelineModel::reloadIfChangedElsewhere()
{
    if (!m_store)
        return;
    const int version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    startLoad();
}

void TimelineModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // The data still loading is queried with the newest filter once it is
    // in: a query now would load it a second time beside the first.
    if (m_loading)
        return;
    if (!m_reference)
        return startLoad(); // the last load failed
    startQuery(m_reference);
}

void TimelineModel::reload() { startLoad(); }

void TimelineModel::startLoad()
{
    m_keepColumns->stop(); // the load's data will be kept instead
    m_reference.reset();
    // A load still running reads data nobody will see now.
    if (m_loading)
        m_loading->cancel();
    if (!m_store)
        return endLoad();
    m_loading = std::make_shared<LoadProgress>();
    startQuery(nullptr);
    emit loadingChanged(true);
}

void TimelineModel::followChange(const ChangeSet& change, const ChangeSet& undo)
{
    if (!m_store)
        return;
    // Data still loading may have been read before the change: load it again.
    auto after = m_reference ? m_reference->afterChange(*m_store, change, undo) : nullptr;
    if (!after)
        return startLoad();
    m_reference = std::move(after);
    startQuery(m_reference);
    // The stamp names the data held only while no other program wrote since
    // the watch last looked: the stamp is read first, so a write after it
    // shows in the version.
    m_columnsStamp = m_store->stamp();
    if (!m_columnsFile.empty() && m_store->dataVersion() == m_dataVersion)
        m_keepColumns->start();
}

void TimelineModel::keepColumns()
{
    if (!m_reference)
        return;
    [[maybe_unused]] auto future = QtConcurrent::run(m_columnsWriter, [reference = m_reference,
                                                                       file = m_columnsFile,
                                                                       stamp = m_columnsStamp] {
        if (reference->unkept)
            return reference->keep(); // as loaded, with the columns it read
        try {
            saveMeetingColumns(
                *reference->index,
                [&meetings = *reference->meetings](const auto& visit) { meetings.forEach(visit); },
                file, stamp);
            saveReferenceRecords(reference->records(), recordsFileBeside(file), stamp);
        } catch (const std::exception&) {
            // A cache: the next start reads the store instead.
        }
    });
}

void TimelineModel::setSelectedMeeting(const QString& meetingId)
{
    if (meetingId == m_selectedMeeting)
        return;
    m_selectedMeeting = meetingId;
    emit selectionChanged(m_selectedMeeting);
}

void TimelineModel::startQuery(const std::shared_ptr<const ReferenceData>& reference)
{
    if (!m_store)
        return;
    const quint64 generation = ++m_pending;
    // The worker holds its own references: a store replaced meanwhile stays
    // alive until the query ends, and the result is then dropped as stale.
    auto store = m_store;
    const Filter filter = m_filter;
    QPointer<TimelineModel> receiver(this);
    [[maybe_unused]] auto future = QtConcurrent::run([store, filter, reference, generation,
                                                      receiver, columnsFile = m_columnsFile,
                                                      progress = m_loading] {
        auto result = std::make_shared<Result>();
        result->generation = generation;
        try {
            result->snapshot = TimelineSnapshot::build(
                *store, filter,
                reference ? reference : ReferenceData::load(*store, columnsFile, progress.get()));
        } catch (const LoadCancelled&) {
            // Nobody waits for it. What it read, freed as it stopped, goes
            // back to the system rather than staying with malloc.
            returnFreedMemory();
            return;
        } catch (const std::exception& error) {
            result->error = QString::fromStdString(error.what());
        }
        deliverLater(receiver, [result](TimelineModel& model) { model.deliver(result); });
    });
}

void TimelineModel::deliver(const std::shared_ptr<Result>& result)
{
    if (result->generation != m_pending)
        return; // a newer query is on its way
    m_delivered = result->generation;
    if (!result->error.isEmpty()) {
        endLoad();
        emit queryFailed(result->error);
        return;
    }
    // The newest query, so it loaded the data as the store holds it now.
    if (!m_reference) {
        m_reference = result->snapshot->reference;
        // Once the window has drawn it, and rather than before.
        if (m_reference->unkept)
            m_keepColumns->start();
    }
    // The filter changed while the data loaded: the load ends with its answer.
    if (m_loading && result->snapshot->filter != m_filter)
        return startQuery(m_reference);
    endLoad();
    m_snapshot = result->snapshot;
    emit snapshotChanged(m_snapshot);
    if (!m_selectedMeeting.isEmpty() && !m_snapshot->meeting(m_selectedMeeting.toStdString()))
        setSelectedMeeting({});
}

void TimelineModel::endLoad()
{
    if (std::exchange(m_loading, nullptr))
        emit loadingChanged(false);
}

} // namespace parley::ui
