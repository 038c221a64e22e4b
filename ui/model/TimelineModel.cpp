#include "ui/model/TimelineModel.h"

#include "db/store/Store.h"
#include "ui/model/DeliverLater.h"

#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

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
{
    qRegisterMetaType<SnapshotPtr>();
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &TimelineModel::reloadIfChangedElsewhere);
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setStore(std::shared_ptr<Store> store, const Filter& filter,
                             const std::filesystem::path& columnsFile)
{
    m_store = std::move(store);
    m_columnsFile = columnsFile;
    m_filter = filter;
    setSelectedMeeting({});
    m_dataVersion = m_store ? m_store->dataVersion() : 0;
    m_watch->start();
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
    startQuery(m_reference);
}

void TimelineModel::reload() { startLoad(); }

void TimelineModel::startLoad()
{
    m_reference.reset();
    startQuery(nullptr);
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
}

void TimelineModel::setSelectedMeeting(const QString& meetingId)
{
    if (meetingId == m_selectedMeeting)
        return;
    m_selectedMeeting = meetingId;
    emit selectionChanged(m_selectedMeeting);
}

void TimelineModel::startQuery(std::shared_ptr<const ReferenceData> reference)
{
    if (!m_store)
        return;
    const quint64 generation = ++m_pending;
    // The worker holds its own references: a store replaced meanwhile stays
    // alive until the query ends, and the result is then dropped as stale.
    auto store = m_store;
    const Filter filter = m_filter;
    QPointer<TimelineModel> receiver(this);
    [[maybe_unused]] auto future = QtConcurrent::run(
        [store, filter, reference, generation, receiver, columnsFile = m_columnsFile] {
            auto result = std::make_shared<Result>();
            result->generation = generation;
            try {
                result->snapshot = TimelineSnapshot::build(*store, filter, reference, columnsFile);
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
        emit queryFailed(result->error);
        return;
    }
    m_snapshot = result->snapshot;
    // The newest query, so it loaded the data as the store holds it now.
    if (!m_reference)
        m_reference = m_snapshot->reference;
    emit snapshotChanged(m_snapshot);
    if (!m_selectedMeeting.isEmpty() && !m_snapshot->meeting(m_selectedMeeting.toStdString()))
        setSelectedMeeting({});
}

} // namespace parley::ui
