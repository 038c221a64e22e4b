#include "ui/model/SinceLastOpen.h"

#include "db/index/LoadProgress.h"
#include "db/store/Store.h"
#include "ui/model/DeliverLater.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace parley::ui {

struct SinceLastOpen::Result {
    quint64 generation = 0;
    quint64 epoch = 0; // of the database it compared
    std::shared_ptr<const SeenRecords> records;
    SinceSeen changes;
    // The changes' ids, hashed here, off the window's thread.
    std::shared_ptr<const NewRecords> newRecords;
    QString problem;
};

namespace {

ViewedIds idsOf(const ReferenceData& reference)
{
    ViewedIds ids;
    ids.meetings.reserve(reference.meetings->size());
    for (std::size_t position = 0; position < reference.meetings->size(); ++position)
        ids.meetings.emplace_back(reference.meetings->idAt(position));
    for (const auto& [id, official] : *reference.officials)
        ids.officials.push_back(id);
    for (const auto& measure : *reference.allMeasures)
        ids.measures.push_back(measure.id);
    return ids;
}

std::filesystem::path toPath(const QString& file) { return file.toStdString(); }

// What AFTER changed of BEFORE, when an edit patched it (ReferenceData::afterChange):
// the meetings its splice took out and put in, and the measures when they
// are others. Everything when AFTER was loaded afresh.
TouchedRecords touchedBetween(const ReferenceData& before, const ReferenceData& after)
{
    TouchedRecords touched;
    if (!after.patch || after.patch->from != &before) {
        touched.everything = true;
        return touched;
    }
    const auto& splice = after.patch->meetings;
    for (const auto position : splice.removed)
        touched.meetings.emplace_back(before.meetings->idAt(position));
    for (const auto position : splice.addedAt)
        touched.meetings.emplace_back(after.meetings->idAt(position));
    touched.measures = after.allMeasures != before.allMeasures;
    return touched;
}

} // namespace

SinceLastOpen::SinceLastOpen(QObject* parent)
    : QObject(parent)
    , m_followLater(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_followLater->setSingleShot(true);
    m_followLater->setInterval(kFollowEditsAfterMs);
    connect(m_followLater, &QTimer::timeout, this, [this] { start(Job::Compare); });
}

SinceLastOpen::~SinceLastOpen()
{
    stopRunningJob();
    waitForDone();
}

QString SinceLastOpen::seenFileOf(const QString& database)
{
    const QString path = QFileInfo(database).absoluteFilePath();
    const QByteArray key =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/seen/") + QFileInfo(path).completeBaseName() + QLatin1Char('-') +
           QString::fromLatin1(key) + QStringLiteral(".seen");
}

void SinceLastOpen::setDatabase(const QString& database,
                                std::shared_ptr<const ReferenceData> reference)
{
    if (database != m_database) {
        m_records.reset();
        ++m_epoch; // what a job under way finds is of another database
        stopRunningJob();
        m_touched = {};
    } else if (m_reference) {
        m_touched.add(touchedBetween(*m_reference, *reference));
    }
    m_database = database;
    m_reference = std::move(reference);
    // An edit's few records are fingerprinted again once the edits pause,
    // so that the work and its file do not compete with the next edit.
    if (m_records && !m_touched.everything)
        m_followLater->start();
    else
        start(Job::Compare);
}

void SinceLastOpen::clear()
{
    ++m_pending; // whatever is under way is stale now
    m_delivered = m_pending;
    ++m_epoch;
    stopRunningJob();
    m_rerun.reset();
    m_followLater->stop();
    m_touched = {};
    m_database.clear();
    m_reference.reset();
    m_records.reset();
    m_changes = {};
    m_new = std::make_shared<const NewRecords>();
    m_problem.clear();
    emit busyChanged(false);
    emit changed();
}

void SinceLastOpen::markAllSeen()
{
    if (m_records && !isBusy())
        start(Job::MarkAllSeen);
}

void SinceLastOpen::waitForDone() { m_pool.waitForDone(); }

void SinceLastOpen::stopRunningJob()
{
    if (m_job)
        m_job->cancel();
}

void SinceLastOpen::start(Job job)
{
    if (m_database.isEmpty() || !m_reference)
        return;
    m_followLater->stop(); // this job follows the edits too
    const bool wasBusy = isBusy();
    ++m_pending; // the result of a job under way is stale now
    // Each job holds the data it compares, some hundred megabytes at a
    // million meetings: rather than queue one for every edit, the newest data
    // is compared once the running job ends.
    if (m_running)
        m_rerun = job;
    else
        launch(job);
    if (!wasBusy)
        emit busyChanged(true);
}

void SinceLastOpen::launch(Job job)
{
    m_running = true;
    ++m_jobsStarted;
    const quint64 generation = m_pending;
    const quint64 epoch = m_epoch;
    const auto database = toPath(m_database);
    const auto file = toPath(seenFileOf(m_database));
    auto reference = m_reference;
    // The records found last, and what changed since: an edit's few records
    // are fingerprinted again, not every one.
    auto previous = m_records;
    const auto touched = std::exchange(m_touched, {});
    m_job = std::make_shared<LoadProgress>();
    QPointer<SinceLastOpen> receiver(this);
    [[maybe_unused]] auto future = QtConcurrent::run(&m_pool, [=, progress = m_job] {
        auto result = std::make_shared<Result>();
        result->generation = generation;
        result->epoch = epoch;
        try {
            const auto store = Store::open(database, Store::Access::ReadOnly);
            std::optional<SeenRecords> now;
            bool changed = false; // from what the file holds
            if (previous && !touched.everything) {
                now = *previous;
                changed = !touched.empty();
                if (changed)
                    now->follow(store, touched);
            } else {
                std::optional<SeenRecords> remembered = readSeenRecords(file);
                const auto stamp = remembered ? std::optional(remembered->stamp) : std::nullopt;
                now = seenRecordsNow(std::move(remembered), store, progress.get());
                changed = stamp != now->stamp;
            }
            if (job == Job::MarkAllSeen) {
                now->markAllSeen();
                changed = true;
            }
            // The ids only name what changed: when nothing did (the usual
            // start), a million of them need not be listed.
            if (!now->nothingNew())
                result->changes = now->changes(idsOf(*reference));
            result->newRecords = std::make_shared<const NewRecords>(result->changes);
            result->records = std::make_shared<const SeenRecords>(std::move(*now));
            // What was found stands even when it cannot be remembered.
            if (changed)
                writeSeenRecords(file, *result->records);
        } catch (const LoadCancelled&) {
            // Stale: it says nothing, and the next job starts once it ends.
        } catch (const std::exception& error) {
            result->problem = QString::fromStdString(error.what());
        }
        deliverLater(receiver, [result](SinceLastOpen& since) { since.deliver(result); });
    });
}

void SinceLastOpen::deliver(const std::shared_ptr<Result>& result)
{
    m_running = false;
    if (result->epoch == m_epoch) {
        // Even a stale job's records are the ones to follow the edits since.
        if (result->records)
            m_records = result->records;
        else
            m_touched.everything = true; // what the job took is not in them
    }
    if (const auto rerun = std::exchange(m_rerun, std::nullopt))
        launch(*rerun);
    if (result->generation != m_pending)
        return;
    m_delivered = result->generation;
    m_problem = result->problem;
    if (result->records) {
        m_changes = std::move(result->changes);
        m_new = std::move(result->newRecords);
    }
    emit busyChanged(false);
    emit changed();
}

} // namespace parley::ui
