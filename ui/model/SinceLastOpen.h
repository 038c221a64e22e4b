#pragma once

#include "db/analysis/SeenRecords.h"
#include "ui/model/NewRecords.h"
#include "ui/model/TimelineSnapshot.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <string>

class QTimer;

namespace parley {
class LoadProgress;
}

namespace parley::ui {

// What is new or changed in the open database since the user last marked
// its records seen, remembered per database in the user's data folder
// (SeenRecords, one file named after the database's path). Works on a
// thread of its own with a connection of its own, so the window never waits:
// reading the file and comparing takes a fraction of a second at a million
// meetings, fingerprinting every record again (after the database changed)
// some seconds. One comparison runs at a time: those asked for meanwhile
// make one more, of the newest data, when it ends. After an edit made in the
// window, only the records it touched are fingerprinted again, once the
// edits pause for kFollowEditsAfterMs.
//
// The timeline marks what is new with newRecords().
class SinceLastOpen : public QObject {
    Q_OBJECT
public:
    explicit SinceLastOpen(QObject* parent = nullptr);
    ~SinceLastOpen() override;

    // Compares DATABASE (a file), whose records REFERENCE holds, with what
    // was seen of it; again whenever the reference changes (an import, or an
    // edit that ReferenceData::afterChange patched in).
    void setDatabase(const QString& database, std::shared_ptr<const ReferenceData> reference);
    void clear();
    // Everything in the database now counts as seen, here and in the file.
    void markAllSeen();

    bool isBusy() const { return m_pending != m_delivered; }
    // What the last comparison found; empty while none has finished.
    const SinceSeen& changes() const { return m_changes; }
    // The ids of the new and changed records, for drawing them apart.
    const std::shared_ptr<const NewRecords>& newRecords() const { return m_new; }
    bool isNewMeeting(const std::string& id) const { return m_new->meetings.contains(id); }
    // Why what was seen cannot be remembered (the data folder cannot be
    // written, the database cannot be read); empty when all is well.
    QString problem() const { return m_problem; }
    // The reference the changes name records of.
    const std::shared_ptr<const ReferenceData>& reference() const { return m_reference; }

    static constexpr int kFollowEditsAfterMs = 1000;

    // Where the records seen of DATABASE are kept.
    static QString seenFileOf(const QString& database);

    // Waits for the work under way; for tests and closing.
    void waitForDone();
    // How many comparisons (and markings) have started on the worker; for tests.
    int jobsStarted() const { return m_jobsStarted; }

signals:
    // A comparison finished (or was cleared): changes() and problem() are new.
    void changed();
    void busyChanged(bool busy);

private:
    struct Result;
    enum class Job { Compare, MarkAllSeen };
    void start(Job job);
    // Runs JOB on the worker, for generation m_pending.
    void launch(Job job);
    void deliver(const std::shared_ptr<Result>& result);
    void stopRunningJob();

    QThreadPool m_pool;
    QTimer* m_followLater; // pauses between edits before they are followed
    QString m_database;
    std::shared_ptr<const ReferenceData> m_reference;
    // What the last job found, kept for marking all seen and for following
    // edits without reading everything again.
    std::shared_ptr<const SeenRecords> m_records;
    TouchedRecords m_touched; // what edits changed since m_records were found
    quint64 m_epoch = 0;      // counts the databases compared, and clear()
    SinceSeen m_changes;
    std::shared_ptr<const NewRecords> m_new = std::make_shared<const NewRecords>();
    QString m_problem;
    quint64 m_pending = 0;
    quint64 m_delivered = 0;
    bool m_running = false; // a job is on the worker
    // Stops the running job once what it finds is of no use: another
    // database, or the window closing (tens of seconds at ten million meetings).
    std::shared_ptr<LoadProgress> m_job;
    std::optional<Job> m_rerun; // to start when it ends
    int m_jobsStarted = 0;
};

} // namespace parley::ui
