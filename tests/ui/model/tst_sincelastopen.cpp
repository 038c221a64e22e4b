// What is new since a database was last seen, as the window keeps it: the
// first open lists nothing, an import by another program lists what it
// brought, across sessions, until everything is marked seen; each database
// has its own memory; and a data folder that cannot be written is said.
#include "tests/ui/UiTestData.h"

#include "db/model/ChangeSet.h"
#include "ui/model/SinceLastOpen.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace parley;
using namespace parley::ui;

class TestSinceLastOpen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeDatabase(const QString& name, const Dataset& data) const
    {
        QString file = m_dir.filePath(name);
        Store::create(file.toStdString()).import(data);
        return file;
    }

    // A session: the window's reference data, compared once.
    static SinceSeen session(SinceLastOpen& since, const QString& file)
    {
        const auto store = Store::open(file.toStdString());
        const auto reference = ReferenceData::load(store);
        QSignalSpy changed(&since, &SinceLastOpen::changed);
        since.setDatabase(file, reference);
        if (!changed.wait(20000))
            qFatal("no comparison");
        return since.changes();
    }

    static Dataset withNewMeeting(Dataset data)
    {
        Meeting added = data.meetings.front();
        added.id = "added-talks-2025-02-01";
        added.title = "Added talks";
        added.start = added.end = Date(2025, 2, 1);
        data.meetings.push_back(added);
        data.meetings[1].summary = "A summary corrected since.";
        return data;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void listsWhatAnotherProgramAddedUntilMarkedSeen()
    {
        const Dataset data =
            readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json"));
        const QString file = makeDatabase(QStringLiteral("a.parley"), data);
        {
            SinceLastOpen since;
            QVERIFY(session(since, file).empty()); // the first time, all counts as seen
            QVERIFY(QFile::exists(SinceLastOpen::seenFileOf(file)));
        }
        // Another program imports between two sessions.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        Store::open(file.toStdString()).import(withNewMeeting(data));
        const std::string changedId = data.meetings[1].id;
        for (int sessionCount = 0; sessionCount < 2; ++sessionCount) {
            SinceLastOpen since;
            const auto changes = session(since, file);
            QCOMPARE(changes.meetings.size(), std::size_t(2));
            QVERIFY(since.isNewMeeting("added-talks-2025-02-01"));
            QVERIFY(since.isNewMeeting(changedId));
            QVERIFY(!since.isNewMeeting(data.meetings[2].id));
            QCOMPARE(since.newRecords()->meetings.size(), std::size_t(2));
            const auto added = std::ranges::find(
                changes.meetings, std::string("added-talks-2025-02-01"), &SinceSeen::Item::id);
            QVERIFY(!added->changed);
        }
        SinceLastOpen since;
        session(since, file);
        QSignalSpy changed(&since, &SinceLastOpen::changed);
        since.markAllSeen();
        QVERIFY(changed.wait(20000));
        QVERIFY(since.changes().empty());
        QVERIFY(since.newRecords()->empty());
        SinceLastOpen next;
        QVERIFY(session(next, file).empty());
    }

    void eachDatabaseRemembersItsOwn()
    {
        const Dataset data =
            readDatasetFile(test::sourcePath("resources/sample/us-china-2023.json"));
        const QString one = makeDatabase(QStringLiteral("one.parley"), data);
        const QString two = makeDatabase(QStringLiteral("two.parley"), data);
        QVERIFY(SinceLastOpen::seenFileOf(one) != SinceLastOpen::seenFileOf(two));
        SinceLastOpen since;
        QVERIFY(session(since, one).empty());
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        Store::open(one.toStdString()).import(withNewMeeting(data));
        QVERIFY(session(since, two).empty());
        QCOMPARE(session(since, one).meetings.size(), std::size_t(2));
    }

    // A burst of edits asks for a comparison after each. Each job holds the
    // data it compares, so the requests made while one runs become one more
    // job, of the newest data, and the data in between is let go at once.
    void aBurstOfChangesIsComparedOnceMore()
    {
        const Dataset data =
            readDatasetFile(test::sourcePath("resources/sample/us-china-2023.json"));
        const QString file = makeDatabase(QStringLiteral("burst.parley"), data);
        const auto store = Store::open(file.toStdString());
        SinceLastOpen since;
        QSignalSpy changed(&since, &SinceLastOpen::changed);
        std::vector<std::weak_ptr<const ReferenceData>> held;
        for (int edit = 0; edit < 4; ++edit) {
            auto reference = ReferenceData::load(store);
            held.push_back(reference);
            since.setDatabase(file, std::move(reference));
        }
        QCOMPARE(since.jobsStarted(), 1);
        QVERIFY(held[1].expired());
        QVERIFY(held[2].expired());
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.size(), 1); // the first job's result was stale
        QCOMPARE(since.jobsStarted(), 2);
        QVERIFY(!since.isBusy());
        QCOMPARE(since.reference(), held[3].lock());
    }

    // After an edit made in the window, only what it touched is fingerprinted
    // again: the comparison lists what a comparison of everything lists.
    void anEditIsFollowedAsAFullComparisonFindsIt()
    {
        const Dataset data =
            readDatasetFile(test::sourcePath("resources/sample/us-china-2023.json"));
        const QString file = makeDatabase(QStringLiteral("edited.parley"), data);
        auto store = Store::open(file.toStdString());
        SinceLastOpen since;
        QSignalSpy changed(&since, &SinceLastOpen::changed);
        const auto before = ReferenceData::load(store);
        since.setDatabase(file, before);
        QVERIFY(changed.wait(20000));
        QVERIFY(since.changes().empty());

        Meeting corrected = data.meetings[1];
        corrected.summary = "A summary corrected in the window.";
        Meeting added = data.meetings[0];
        added.id = "added-talks-2025-02-01";
        added.start = added.end = Date(2025, 2, 1);
        const ChangeSet change = putting(std::vector{corrected, added});
        const ChangeSet undo = store.apply(change);
        since.setDatabase(file, before->afterChange(store, change, undo));
        QVERIFY(changed.wait(20000));
        const SinceSeen followed = since.changes();
        QCOMPARE(followed.meetings.size(), std::size_t(2)); // one changed, one new
        QVERIFY(followed.meetings[0].changed != followed.meetings[1].changed);
        QCOMPARE(since.jobsStarted(), 2);
        const auto remembered = readSeenRecords(SinceLastOpen::seenFileOf(file).toStdString());
        QVERIFY(remembered);
        QVERIFY(remembered->current == fingerprintsOf(store));
    }

    void aDataFolderThatCannotBeWrittenIsSaid()
    {
        const Dataset data =
            readDatasetFile(test::sourcePath("resources/sample/us-china-2023.json"));
        const QString file = makeDatabase(QStringLiteral("blocked.parley"), data);
        // Where the memory goes is a file, so no folder can be made there.
        const QString folder = QFileInfo(SinceLastOpen::seenFileOf(file)).absolutePath();
        QDir(folder).removeRecursively();
        QDir().mkpath(QFileInfo(folder).absolutePath());
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SinceLastOpen since;
        QVERIFY(session(since, file).empty());
        QVERIFY(!since.problem().isEmpty());
        QFile::remove(folder);
    }
};

QTEST_MAIN(TestSinceLastOpen)
#include "tst_sincelastopen.moc"
