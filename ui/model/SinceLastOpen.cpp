#include "ui/model/SinceLastOpen.h"

#include "db/store/Store.h"
#include "ui/model/DeliverLater.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace parley::ui {

struct SinceLastOpen::Result {
    quint64 generation = 0;
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
    for (const auto& meeting : *reference.meetings)
        ids.meetings.push_back(meeting.id);
    for (const auto& [id, official] : *reference.officials)
        ids.officials.push_back(id);
    for (const auto& measure : *reference.allMeasures)
        ids.measures.push_back(measure.id);
    return ids;
}

std::filesystem::path toPath(const QString& file) { return file.toStdString(); }

} // namespace

SinceLastOpen::SinceLastOpen(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SinceLastOpen::~SinceLastOpen() { waitForDone(); }

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
    if (database != m_database)
        m_records.reset();
    m_database = database;
    m_reference = std::move(reference);
    start(Job::Compare);
}

void SinceLastOpen::clear()
{
    ++m_pending; // whatever is under way is stale now
    m_delivered = m_pending;
    m_rerun.reset();
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

void SinceLastOpen::start(Job job)
{
    if (m_database.isEmpty() || !m_reference)
        return;
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
    const auto database = toPath(m_database);
    const auto file = toPath(seenFileOf(m_database));
    auto reference = m_reference;
    auto previous = job == Job::MarkAllSeen ? m_records : nullptr;
    QPointer<SinceLastOpen> receiver(this);
    [[maybe_unused]] auto future = QtConcurrent::run(&m_pool, [=] {
        auto result = std::make_shared<Result>();
        result->generation = generation;
        try {
            std::optional<SeenRecords> remembered =
                previous ? std::optional(*previous) : readSeenRecords(file);
            const bool first = !remembered;
            const auto stamp = remembered ? remembered->stamp : SeenRecords::Stamp();
            auto now = seenRecordsNow(std::move(remembered),
                                      Store::open(database, Store::Access::ReadOnly));
            if (previous)
                now.markAllSeen();
            result->changes = now.changes(idsOf(*reference));
            result->newRecords = std::make_shared<const NewRecords>(result->changes);
            result->records = std::make_shared<const SeenRecords>(std::move(now));
            // What was found stands even when it cannot be remembered.
            if (first || previous || result->records->stamp != stamp)
                writeSeenRecords(file, *result->records);
        } catch (const std::exception& error) {
            result->problem = QString::fromStdString(error.what());
        }
        deliverLater(receiver, [result](SinceLastOpen& since) { since.deliver(result); });
    });
}

void SinceLastOpen::deliver(const std::shared_ptr<Result>& result)
{
    m_running = false;
    if (const auto rerun = std::exchange(m_rerun, std::nullopt))
        launch(*rerun);
    if (result->generation != m_pending)
        return;
    m_delivered = result->generation;
    m_problem = result->problem;
    if (result->records) {
        m_records = result->records;
        m_changes = std::move(result->changes);
        m_new = std::move(result->newRecords);
    }
    emit busyChanged(false);
    emit changed();
}

} // namespace parley::ui
