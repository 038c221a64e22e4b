// The columns of a database's meetings, and the records beside them, kept in
// files between starts: written after the first has shown them (at the
// latest when the window goes) and after the window's own edits, read on the
// next, made again when another program changed the
// database or a file is damaged, and the timeline drawn from them the same to
// the pixel as from SQLite.
#include "tests/ui/UiTestData.h"

#include "db/index/IndexLoad.h"
#include "db/index/RecordsFile.h"
#include "db/index/SnapshotFile.h"
#include "db/interchange/DatasetJson.h"
#include "db/store/Store.h"
#include "ui/model/TimelineModel.h"
#include "ui/model/TimelineSnapshot.h"
#include "ui/timeline/TimelineView.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace parley;
using parley::ui::ReferenceData;
using parley::ui::TimelineSnapshot;

namespace fs = std::filesystem;

namespace {

// What a start shows of every meeting.
std::vector<Meeting> meetingsOf(const ReferenceData& reference)
{
    return {reference.meetings->begin(), reference.meetings->end()};
}

bool holdsTheStore(const fs::path& columns, const Store& store)
{
    try {
        readMeetingColumns(columns, store.stamp());
        return readReferenceRecords(recordsFileBeside(columns), store.stamp()) ==
               loadReferenceRecords(store);
    } catch (const SnapshotRefused&) {
        return false;
    }
}

QImage drawn(const ui::SnapshotPtr& snapshot)
{
    ui::TimelineView view;
    view.resize(1000, 600);
    view.setToday(Date(2024, 6, 1));
    view.setSnapshot(snapshot);
    view.fitAll();
    return view.grab().toImage();
}

} // namespace

class TestReferenceColumns : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = fs::path(m_dir.path().toStdString()) / "test.parley";
        m_columns = fs::path(m_dir.path().toStdString()) / "cache" / "test.columns";
        m_records = recordsFileBeside(m_columns);
        fs::remove(m_database);
        fs::remove(m_columns);
        fs::remove(m_records);
        Store::create(m_database)
            .import(readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")));
        m_store = std::make_unique<Store>(Store::open(m_database));
    }

    void theFirstStartKeepsWhatItReadAndTheNextReadsIt()
    {
        const auto fromSqlite = ReferenceData::load(*m_store);
        QVERIFY(!fromSqlite->unkept); // no file to keep it in
        const auto first = ReferenceData::load(*m_store, m_columns);
        QVERIFY(!fs::exists(m_columns)); // not before the window has shown it
        QVERIFY(first->unkept && first->unkept->columns && first->unkept->records);
        QCOMPARE(first->unkept->stamp, m_store->stamp());
        first->keep();
        QVERIFY(fs::exists(m_columns));
        QVERIFY(fs::exists(m_records));
        const auto written = fs::last_write_time(m_columns);
        const auto recordsWritten = fs::last_write_time(m_records);
        const auto next = ReferenceData::load(*m_store, m_columns);
        QVERIFY(!next->unkept);
        QCOMPARE(fs::last_write_time(m_columns), written);
        QCOMPARE(fs::last_write_time(m_records), recordsWritten);
        QVERIFY(meetingsOf(*first) == meetingsOf(*fromSqlite));
        QVERIFY(meetingsOf(*next) == meetingsOf(*fromSqlite));
        QCOMPARE(next->index->size(), fromSqlite->index->size());
        QVERIFY(next->records() == fromSqlite->records());
        QVERIFY(!next->officials->empty() && !next->allMeasures->empty());
    }

    void anotherProgramsImportMakesItAgain()
    {
        ReferenceData::load(*m_store, m_columns)->keep();
        auto meeting = meetingsOf(*ReferenceData::load(*m_store)).front();
        meeting.id = "a-meeting-added-elsewhere";
        meeting.title = "A meeting added elsewhere";
        Dataset added;
        added.meetings.push_back(meeting);
        added.officials.push_back(
            {"an-official-added-elsewhere", "Added Elsewhere", "US", {}, {}, {}});
        Store::open(m_database).import(added);

        const auto after = ReferenceData::load(*m_store, m_columns);
        QVERIFY(after->unkept && after->unkept->columns && after->unkept->records);
        after->keep();
        QVERIFY(std::ranges::find(*after->meetings, "a-meeting-added-elsewhere", &Meeting::id) !=
                after->meetings->end());
        QVERIFY(after->officials->contains("an-official-added-elsewhere"));
        QVERIFY(meetingsOf(*ReferenceData::load(*m_store, m_columns)) == meetingsOf(*after));
    }

    void aDamagedFileIsMadeAgain()
    {
        ReferenceData::load(*m_store, m_columns)->keep();
        const auto size = fs::file_size(m_columns);
        {
            std::fstream file(m_columns, std::ios::in | std::ios::out | std::ios::binary);
            file.seekp(static_cast<std::streamoff>(size / 2));
            file.put('\x7f');
        }
        const auto fromSqlite = ReferenceData::load(*m_store);
        const auto made = [&] {
            auto again = ReferenceData::load(*m_store, m_columns);
            again->keep();
            return again;
        };
        QVERIFY(meetingsOf(*made()) == meetingsOf(*fromSqlite));
        fs::resize_file(m_columns, size / 3);
        const auto fromTruncated = made();
        QVERIFY(fromTruncated->unkept && fromTruncated->unkept->columns);
        QVERIFY(!fromTruncated->unkept->records); // their file was sound
        QVERIFY(meetingsOf(*fromTruncated) == meetingsOf(*fromSqlite));
        QCOMPARE(fs::file_size(m_columns), size);

        const auto recordsSize = fs::file_size(m_records);
        fs::resize_file(m_records, recordsSize / 2);
        const auto fromDamagedRecords = made();
        QVERIFY(fromDamagedRecords->unkept && !fromDamagedRecords->unkept->columns);
        QVERIFY(fromDamagedRecords->records() == fromSqlite->records());
        QCOMPARE(fs::file_size(m_records), recordsSize);
    }

    void anEditWritesItAgainFromWhatTheWindowHolds()
    {
        auto store = std::make_shared<Store>(Store::open(m_database));
        ui::TimelineModel model;
        QSignalSpy changed(&model, &ui::TimelineModel::snapshotChanged);
        model.setStore(store, Filter(), m_columns);
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(holdsTheStore(m_columns, *store), 10000);
        auto meeting = *store->meeting("biden-xi-call-2022-07-28");
        meeting.start = meeting.end = Date(2024, 12, 31);
        const auto change = putting(std::vector{meeting});
        model.followChange(change, store->apply(change));
        // Once the edits pause, the file holds the store as it is now.
        QTRY_VERIFY_WITH_TIMEOUT(holdsTheStore(m_columns, *store), 10000);
        const auto written = fs::last_write_time(m_columns);
        const auto next = ReferenceData::load(*store, m_columns);
        QCOMPARE(fs::last_write_time(m_columns), written); // read, not made again
        const auto fromSqlite = ReferenceData::load(*store);
        QVERIFY(meetingsOf(*next) == meetingsOf(*fromSqlite));
        QVERIFY(*next->index == *fromSqlite->index);
    }

    void aWindowClosedAtOnceStillKeepsWhatItLoaded()
    {
        {
            ui::TimelineModel model;
            QSignalSpy changed(&model, &ui::TimelineModel::snapshotChanged);
            model.setStore(std::make_shared<Store>(Store::open(m_database)), Filter(), m_columns);
            QVERIFY(changed.wait(10000));
            QVERIFY(!fs::exists(m_columns)); // the window draws first
        }
        QVERIFY(holdsTheStore(m_columns, *m_store));
    }

    void theTimelineIsTheSameToThePixel()
    {
        const auto fromSqlite = TimelineSnapshot::build(*m_store, Filter());
        TimelineSnapshot::build(*m_store, Filter(), nullptr, m_columns)->reference->keep();
        QVERIFY(fs::exists(m_columns));
        const auto fromFile = TimelineSnapshot::build(*m_store, Filter(), nullptr, m_columns);
        const QImage expected = drawn(fromSqlite);
        QVERIFY(!expected.isNull());
        QCOMPARE(drawn(fromFile), expected);
    }

private:
    QTemporaryDir m_dir;
    fs::path m_database;
    fs::path m_columns;
    fs::path m_records;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestReferenceColumns)
#include "tst_reference_columns.moc"
