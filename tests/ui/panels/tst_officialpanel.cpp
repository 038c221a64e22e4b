#include "tests/ui/UiTestData.h"

#include "db/model/Errors.h"
#include "ui/model/HtmlText.h"
#include "ui/panels/EngagementsModel.h"
#include "ui/panels/EngagementsView.h"
#include "ui/panels/OfficialDossier.h"
#include "ui/panels/OfficialPanel.h"
#include "ui/panels/OfficialsList.h"

#include <QCollator>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace parley;
using parley::ui::EngagementsModel;
using parley::ui::OfficialDossier;
using parley::ui::OfficialPanel;
using parley::ui::OfficialsList;
using parley::ui::SnapshotPtr;
using parley::ui::TimelineSnapshot;

namespace {

// The panel's text about one engagement: its title line and the line of
// offices and counterparts under it.
QString engagementText(const QString& text, const QString& title)
{
    const auto start = text.indexOf(title);
    if (start < 0)
        return {};
    const auto end = text.indexOf(QLatin1Char('\n'), text.indexOf(QLatin1Char('\n'), start) + 1);
    return text.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

class TestOfficialPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_store = test::testStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }

    void theDossierHoldsEveryEngagementInDateOrder()
    {
        const auto dossier = OfficialDossier::build("wang-yi", *m_snapshot->reference);
        QCOMPARE(dossier.official.name, std::string("Wang Yi"));
        const auto engagements = m_store->engagements("wang-yi", Filter());
        QVERIFY(engagements.size() > 10);
        QCOMPARE(dossier.engagementCount(), engagements.size());
        for (std::size_t at = 0; at < engagements.size(); ++at)
            QVERIFY(dossier.engagement(at) == engagements[at]);
        QVERIFY(std::ranges::is_sorted(engagements, {}, &Engagement::start));
    }

    void theDossierCountsCounterpartsAndTopics()
    {
        const auto dossier = OfficialDossier::build("wang-yi", *m_snapshot->reference);
        const auto& countries = dossier.counterpartCountries;
        QVERIFY(!countries.empty());
        QCOMPARE(countries.front().id, std::string("US"));
        // Wang Yi's own country is not a counterpart, even when colleagues attend.
        QVERIFY(std::ranges::find(countries, std::string("CN"), &Count::id) == countries.end());
        const auto us = std::ranges::find(countries, std::string("US"), &Count::id);
        QVERIFY(us->meetings > 10 && us->meetings <= int(dossier.engagementCount()));
        QVERIFY(std::ranges::is_sorted(dossier.topics, std::greater<>(), &Count::meetings));
        QVERIFY_THROWS_EXCEPTION(DataError,
                                 OfficialDossier::build("no-such-person", *m_snapshot->reference));
    }

    void thePanelShowsTheOfficeHeldAtEachEngagement()
    {
        OfficialPanel panel;
        panel.showOfficial(m_snapshot, OfficialDossier::build("wang-yi", *m_snapshot->reference));
        QCOMPARE(panel.officialId(), QStringLiteral("wang-yi"));
        const QString text = panel.text();
        const QString anchorage =
            engagementText(text, QStringLiteral("US–China talks in Anchorage"));
        QVERIFY2(anchorage.contains(QStringLiteral("As Minister of Foreign Affairs")),
                 qPrintable(anchorage));
        QVERIFY(!anchorage.contains(QStringLiteral("Director")));
        QVERIFY(anchorage.contains(QStringLiteral("Antony Blinken")));
        const QString vienna =
            engagementText(text, QStringLiteral("Sullivan–Wang Yi talks in Vienna"));
        QVERIFY2(vienna.contains(QStringLiteral(
                     "As Director of the Office of the Central Foreign Affairs Commission")),
                 qPrintable(vienna));
        QVERIFY(!vienna.contains(QStringLiteral("Minister")));
        QVERIFY(text.indexOf(QStringLiteral("Anchorage")) < text.indexOf(QStringLiteral("Vienna")));
        // Offices over time, and the counts.
        QVERIFY(text.contains(QStringLiteral("16 March 2013 – 30 December 2022")));
        QVERIFY(text.contains(QStringLiteral("since 1 January 2023")));
        QVERIFY(text.contains(QStringLiteral("United States")));
    }

    void theEngagementsOpenTheirMeetingAndListTheLatestFirst()
    {
        OfficialPanel panel;
        panel.showOfficial(m_snapshot, OfficialDossier::build("wang-yi", *m_snapshot->reference));
        QSignalSpy meetings(&panel, &OfficialPanel::meetingActivated);
        QTreeView* list = panel.engagements()->view();
        const auto engagements = m_store->engagements("wang-yi", Filter());
        QCOMPARE(list->model()->rowCount(), int(engagements.size()));
        // The latest at the top.
        const QModelIndex top = list->model()->index(0, EngagementsModel::MeetingColumn);
        QCOMPARE(top.data().toString(), QString::fromStdString(engagements.back().title));
        emit list->activated(top);
        QCOMPARE(meetings.count(), 1);
        QCOMPARE(meetings.first().at(0).toString(),
                 QString::fromStdString(engagements.back().meeting));
        // Each row says with whom, by name, and knows their ids.
        const QModelIndex with = top.siblingAtColumn(EngagementsModel::WithColumn);
        QVERIFY(!with.data().toString().isEmpty());
        QCOMPARE(with.data(EngagementsModel::WithIdsRole).toStringList().size(),
                 int(engagements.back().with.size()));
    }

    void aBusyOfficialShowsEveryEngagementAtOnce()
    {
        // Twelve thousand more rounds of one of Wang Yi's meetings.
        auto dataset = readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json"));
        const auto first = *std::ranges::find_if(dataset.meetings, [](const Meeting& meeting) {
            return std::ranges::count(meeting.participants, std::string("wang-yi")) > 0;
        });
        for (int i = 0; i < 12000; ++i) {
            Meeting round = first;
            round.id = "round-" + std::to_string(i);
            round.title = "Round " + std::to_string(i) + " of talks";
            round.start = Date(2030, 1, 1) + boost::gregorian::days(i);
            round.end = round.start;
            dataset.meetings.push_back(std::move(round));
        }
        auto store = Store::inMemory();
        store.import(dataset);
        const auto snapshot = TimelineSnapshot::build(store, Filter());
        const auto dossier = OfficialDossier::build("wang-yi", *snapshot->reference);
        const auto engagements = store.engagements("wang-yi", Filter());
        const int count = static_cast<int>(engagements.size());
        QVERIFY(count > 12000);
        QCOMPARE(static_cast<int>(dossier.engagementCount()), count);

        OfficialPanel panel;
        panel.resize(420, 800);
        panel.showOfficial(snapshot, dossier);
        // Only the engagements in sight were made, not one per row.
        QVERIFY2(snapshot->reference->meetings->recordsMade() < 200,
                 qPrintable(QString::number(snapshot->reference->meetings->recordsMade())));
        QAbstractItemModel* rows = panel.engagements()->view()->model();
        QCOMPARE(rows->rowCount(), count);
        QVERIFY(panel.text().contains(
            QStringLiteral("Engagements (%1)").arg(QLocale().toString(count))));
        QVERIFY(panel.text().contains(QStringLiteral("Round 0 of talks")));
        QCOMPARE(rows->index(0, EngagementsModel::MeetingColumn).data().toString(),
                 QStringLiteral("Round 11999 of talks"));
        // The earliest is last.
        QCOMPARE(rows->index(count - 1, 0).data(EngagementsModel::MeetingIdRole).toString(),
                 QString::fromStdString(engagements.front().meeting));
    }

    void theEngagementsSortByAnyColumnAndKeepTheCurrentRow()
    {
        OfficialPanel panel;
        panel.showOfficial(m_snapshot, OfficialDossier::build("wang-yi", *m_snapshot->reference));
        QTreeView* list = panel.engagements()->view();
        QAbstractItemModel* rows = list->model();
        const auto titlesInOrder = [rows] {
            QStringList titles;
            for (int row = 0; row < rows->rowCount(); ++row)
                titles << rows->index(row, EngagementsModel::MeetingColumn).data().toString();
            return titles;
        };
        const QStringList latestFirst = titlesInOrder();
        list->setCurrentIndex(rows->index(3, EngagementsModel::MeetingColumn));
        const QString current = list->currentIndex().data().toString();

        list->sortByColumn(EngagementsModel::MeetingColumn, Qt::AscendingOrder);
        QStringList byTitle = titlesInOrder();
        QCOMPARE(byTitle.size(), latestFirst.size());
        QVERIFY(byTitle != latestFirst);
        QCollator collator;
        QVERIFY(std::ranges::is_sorted(byTitle, [&collator](const QString& a, const QString& b) {
            return collator.compare(a, b) < 0;
        }));
        QCOMPARE(list->currentIndex().data().toString(), current);

        list->sortByColumn(EngagementsModel::MeetingColumn, Qt::DescendingOrder);
        std::ranges::reverse(byTitle);
        QCOMPARE(titlesInOrder(), byTitle);
        list->sortByColumn(EngagementsModel::WhenColumn, Qt::DescendingOrder);
        QCOMPARE(titlesInOrder(), latestFirst);
        QCOMPARE(list->currentIndex().data().toString(), current);
    }

    void showOnTimelineAsks()
    {
        OfficialPanel panel;
        panel.showOfficial(m_snapshot, OfficialDossier::build("wang-yi", *m_snapshot->reference));
        QSignalSpy spy(&panel, &OfficialPanel::showOnTimelineRequested);
        QVERIFY(!panel.showOnTimelineButton()->isChecked());
        panel.showOnTimelineButton()->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toString(), QStringLiteral("wang-yi"));
        QCOMPARE(spy.last().at(1).toBool(), true);
        // The window says whom the timeline highlights; the button follows it.
        panel.setHighlightedOfficial(QStringLiteral("wang-yi"));
        panel.showOfficial(m_snapshot, OfficialDossier::build("wang-yi", *m_snapshot->reference));
        QVERIFY(panel.showOnTimelineButton()->isChecked());
        panel.showOnTimelineButton()->click();
        QCOMPARE(spy.last().at(1).toBool(), false);
        panel.setHighlightedOfficial({});
        QVERIFY(!panel.showOnTimelineButton()->isChecked());
        panel.setHighlightedOfficial(QStringLiteral("yang-jiechi")); // another one
        QVERIFY(!panel.showOnTimelineButton()->isChecked());
    }

    void theListSearchesNamesNativeNamesAndAliases()
    {
        OfficialsList list;
        list.setSnapshot(m_snapshot);
        QCOMPARE(static_cast<size_t>(list.visibleOfficials().size()),
                 m_snapshot->reference->officials->size());
        list.setSearchText(QStringLiteral("王毅"));
        QCOMPARE(list.visibleOfficials(), QStringList{QStringLiteral("wang-yi")});
        list.setSearchText(QStringLiteral("tony blinken"));
        QCOMPARE(list.visibleOfficials(), QStringList{QStringLiteral("antony-blinken")});
        list.setSearchText(QStringLiteral("WANG"));
        QVERIFY(list.visibleOfficials().contains(QStringLiteral("wang-wentao")));
        QVERIFY(list.visibleOfficials().contains(QStringLiteral("wang-yi")));
        QVERIFY(!list.visibleOfficials().contains(QStringLiteral("antony-blinken")));
        // A new snapshot with the same officials keeps the search.
        list.setSnapshot(TimelineSnapshot::build(*m_store, Filter()));
        QVERIFY(!list.visibleOfficials().contains(QStringLiteral("antony-blinken")));
    }

    void theListIsFilledWhenFirstShown()
    {
        OfficialsList list;
        list.setSnapshot(m_snapshot);
        const auto* model = list.findChild<QTreeView*>()->model();
        QCOMPARE(model->rowCount(), 0); // nothing done per official while hidden
        list.show();
        QCOMPARE(static_cast<std::size_t>(model->rowCount()),
                 m_snapshot->reference->officials->size());
        // Hidden again, another database's officials wait too, and the
        // model lets go of the first's.
        list.hide();
        list.setSnapshot(std::make_shared<const TimelineSnapshot>()); // of an empty database
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(list.visibleOfficials(), QStringList());
        list.setSnapshot(m_snapshot);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(static_cast<std::size_t>(list.visibleOfficials().size()),
                 m_snapshot->reference->officials->size());
    }

    void theListSortsByEitherColumn()
    {
        OfficialsList list;
        list.setSnapshot(m_snapshot);
        list.show();
        auto* view = list.findChild<QTreeView*>();
        const auto column = [view](int at) {
            QStringList texts;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                texts << view->model()->index(row, at).data().toString();
            return texts;
        };
        const QStringList names = column(0);
        QCOMPARE(static_cast<std::size_t>(names.size()), m_snapshot->reference->officials->size());
        QVERIFY(std::ranges::is_sorted(names));
        view->sortByColumn(1, Qt::DescendingOrder);
        QVERIFY(std::ranges::is_sorted(column(1), std::greater<>()));
        QCOMPARE(view->model()->index(0, 1).data(Qt::ForegroundRole).value<QColor>(),
                 parley::ui::mutedTextColor(view->palette()));
    }

    void theListActivatesOnClickAndEnter()
    {
        OfficialsList list;
        list.setSnapshot(m_snapshot);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QSignalSpy spy(&list, &OfficialsList::officialActivated);
        list.setSearchText(QStringLiteral("王毅"));
        auto* view = list.findChild<QTreeView*>();
        QTest::keyClick(list.focusProxy(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toString(), QStringLiteral("wang-yi"));
        list.setSearchText(QString());
        const QModelIndex first = view->model()->index(0, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toString(), first.data(Qt::UserRole).toString());
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.last().at(0).toString(),
                 view->model()->index(1, 0).data(Qt::UserRole).toString());
    }

private:
    std::shared_ptr<Store> m_store;
    SnapshotPtr m_snapshot;
};

QTEST_MAIN(TestOfficialPanel)
#include "tst_officialpanel.moc"
