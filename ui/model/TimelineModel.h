#pragma once

#include "db/model/ChangeSet.h"
#include "db/model/Filter.h"
#include "ui/model/TimelineSnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QThreadPool;
class QTimer;

#include <filesystem>
#include <memory>
#include <string>

namespace parley {
class LoadProgress;
class Store;
} // namespace parley

namespace parley::ui {

// Holds the open database, the one Filter that says what is shown, the snapshot
// that answers it, and the one selected meeting. Every view updates from here.
//
// When another program changes the database (an import from parley-db, say),
// the model notices within kWatchIntervalMs and queries again with the same
// filter and selection.
//
// Queries run on a worker thread; each carries a generation number so that a
// stale result never replaces a newer one, and the window keeps painting.
class TimelineModel : public QObject {
    Q_OBJECT
public:
    explicit TimelineModel(QObject* parent = nullptr);
    ~TimelineModel() override;

    // Shows another database, answering FILTER: the previous one's filter,
    // selection and snapshot mean nothing there (an empty snapshot until its
    // data is in, storeChanged). COLUMNS_FILE, when given, keeps its
    // meetings' columns between starts (ReferenceData::load).
    void setStore(std::shared_ptr<Store> store, const Filter& filter = Filter(),
                  const std::filesystem::path& columnsFile = {});
    const std::shared_ptr<Store>& store() const { return m_store; }

    const Filter& filter() const { return m_filter; }
    void setFilter(const Filter& filter);
    // Queries again with the same filter, e.g. after an import.
    void reload();
    // Follows CHANGE, which this program just wrote to the store, and UNDO,
    // what Store::apply returned for it: the meetings and measures it touched
    // are patched into the data held (ReferenceData::afterChange) rather than
    // every meeting read again, unless the change renamed what names them.
    // The columns file is then written again from the patched data, on a
    // worker thread, once the edits pause for kKeepColumnsAfterMs.
    void followChange(const ChangeSet& change, const ChangeSet& undo);
    static constexpr int kKeepColumnsAfterMs = 1000;

    // The latest snapshot; an empty one until the first query returns.
    SnapshotPtr snapshot() const { return m_snapshot; }
    bool isQuerying() const { return m_pending != m_delivered; }
    // How far the load of the store's data has got; null when no load runs.
    // Filter changes meanwhile wait for it and are answered together.
    const LoadProgress* loadProgress() const { return m_loading.get(); }

    // How often the database is asked whether another program changed it.
    static constexpr int kWatchIntervalMs = 1500;

    QString selectedMeeting() const { return m_selectedMeeting; }
    void setSelectedMeeting(const QString& meetingId);

signals:
    // Another database is shown, with an empty snapshot until its data is
    // in: what anyone holds of the one before is of another file now.
    void storeChanged();
    void snapshotChanged(parley::ui::SnapshotPtr snapshot);
    void selectionChanged(const QString& meetingId);
    void queryFailed(const QString& message);
    // A load of every record of the store starts (a database opened, or
    // changed by another program) or ends, with its first snapshot or failure.
    void loadingChanged(bool loading);

private:
    struct Result;
    // Answers the filter from REFERENCE, or from the store's data loaded
    // afresh, counted and cancelled through m_loading, when it is null
    // (startLoad).
    void startQuery(const std::shared_ptr<const ReferenceData>& reference);
    // Forgets the data held and loads it again.
    void startLoad();
    // Writes the columns file from the data held, stamped m_columnsStamp;
    // data just loaded from the store writes what it read
    // (ReferenceData::keep).
    void keepColumns();
    void reloadIfChangedElsewhere();
    void deliver(const std::shared_ptr<Result>& result);
    void endLoad();

    std::shared_ptr<Store> m_store;
    std::filesystem::path m_columnsFile;
    Filter m_filter;
    SnapshotPtr m_snapshot;
    // The data of the store as it is now, which the newest query answers
    // from; null while the newest query loads it.
    std::shared_ptr<const ReferenceData> m_reference;
    std::shared_ptr<LoadProgress> m_loading; // the load running, shared with its worker
    QString m_selectedMeeting;
    QTimer* m_watch;
    QTimer* m_keepColumns;        // pauses after a load or edits before the file is written
    std::string m_columnsStamp;   // the store's stamp after the last edit patched in
    QThreadPool* m_columnsWriter; // one file written at a time
    int m_dataVersion = 0;
    quint64 m_pending = 0;
    quint64 m_delivered = 0;
};

} // namespace parley::ui

Q_DECLARE_METATYPE(parley::ui::SnapshotPtr)
