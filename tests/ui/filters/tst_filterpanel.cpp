#include "tests/ui/UiTestData.h"

#include "ui/filters/FilterPanel.h"
#include "ui/model/DateText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>

using namespace parley;
using parley::ui::FilterPanel;
using parley::ui::SnapshotPtr;
using parley::ui::TimelineSnapshot;

namespace {

// Widgets are found as a screen reader would: by their accessible names.
template <typename Widget> Widget* named(QWidget* parent, const QString& name)
{
    const auto children = parent->findChildren<Widget*>();
    const auto it = std::ranges::find_if(
        children, [&name](const Widget* child) { return child->accessibleName() == name; });
    return it == children.end() ? nullptr : *it;
}

QListWidgetItem* countryItem(QListWidget* list, const QString& code)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code)
            return list->item(row);
    }
    return nullptr;
}

QTreeWidgetItem* topicItem(QTreeWidget* tree, const QString& id)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id)
            return *it;
    }
    return nullptr;
}

int countOf(const std::vector<Count>& counts, const std::string& id)
{
    const auto it = std::ranges::find(counts, id, &Count::id);
    return it == counts.end() ? 0 : it->meetings;
}

Filter lastFilter(const QSignalSpy& spy) { return spy.last().at(0).value<Filter>(); }

} // namespace

class TestFilterPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store = test::testStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }

    void init()
    {
        m_panel = std::make_unique<FilterPanel>();
        m_panel->setSnapshot(m_snapshot);
        m_countries = named<QListWidget>(m_panel.get(), QStringLiteral("Countries"));
        m_topics = named<QTreeWidget>(m_panel.get(), QStringLiteral("Topics"));
        QVERIFY(m_countries);
        QVERIFY(m_topics);
    }

    void checkingACountryEmitsIt()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        auto* china = countryItem(m_countries, QStringLiteral("CN"));
        QVERIFY(china);
        china->setCheckState(Qt::Checked);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).countries(), Filter::Ids{"CN"});
        china->setCheckState(Qt::Unchecked);
        QCOMPARE(spy.count(), 2);
        QVERIFY(lastFilter(spy).isEmpty());
    }

    void countryTextShowsTheSnapshotCount()
    {
        const int count = countOf(m_snapshot->countryCounts, "CN");
        QVERIFY(count > 0);
        QCOMPARE(countryItem(m_countries, QStringLiteral("CN"))->text(),
                 QStringLiteral("China (%1)").arg(count));
        // Every country is listed, even one without a match.
        QCOMPARE(static_cast<size_t>(m_countries->count()),
                 m_snapshot->reference->countries->size());
    }

    void countrySearchNarrowsTheList()
    {
        auto* search = named<QLineEdit>(m_panel.get(), QStringLiteral("Find a country"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("chi"));
        QVERIFY(!countryItem(m_countries, QStringLiteral("CN"))->isHidden());
        QVERIFY(countryItem(m_countries, QStringLiteral("US"))->isHidden());
    }

    void checkingATopicEmitsIt()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        topicItem(m_topics, QStringLiteral("semiconductors"))->setCheckState(0, Qt::Checked);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).topics(), Filter::Ids{"semiconductors"});
        QCOMPARE(topicItem(m_topics, QStringLiteral("technology"))->checkState(0),
                 Qt::PartiallyChecked);
        const int count = countOf(m_snapshot->topicCounts, "semiconductors");
        QCOMPARE(topicItem(m_topics, QStringLiteral("semiconductors"))->text(0),
                 QStringLiteral("Semiconductors (%1)").arg(count));
    }

    void aCheckedParentCoversItsChildren()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        topicItem(m_topics, QStringLiteral("semiconductors"))->setCheckState(0, Qt::Checked);
        topicItem(m_topics, QStringLiteral("technology"))->setCheckState(0, Qt::Checked);
        QCOMPARE(spy.count(), 2);
        // The database includes descendants: the parent alone is sent.
        QCOMPARE(lastFilter(spy).topics(), Filter::Ids{"technology"});
        auto* child = topicItem(m_topics, QStringLiteral("semiconductors"));
        auto* grandchild = topicItem(m_topics, QStringLiteral("advanced-chips"));
        QCOMPARE(child->checkState(0), Qt::Checked);
        QVERIFY(!(child->flags() & Qt::ItemIsEnabled));
        QCOMPARE(grandchild->checkState(0), Qt::Checked);
        QVERIFY(!(grandchild->flags() & Qt::ItemIsEnabled));
    }

    void typingEmitsOnceAfterTheDelay()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        auto* text = named<QLineEdit>(m_panel.get(), QStringLiteral("Search meetings"));
        QVERIFY(text);
        QTest::keyClicks(text, QStringLiteral("trade talks"));
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(FilterPanel::kTextDelayMs * 10));
        QTest::qWait(FilterPanel::kTextDelayMs * 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).text(), std::string("trade talks"));
    }

    void checkingAKindEmitsIt()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        auto* summit = named<QCheckBox>(m_panel.get(), QStringLiteral("Summit"));
        QVERIFY(summit);
        summit->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).kinds(), Filter::Ids{"summit"});
    }

    // Presets count back from the data's last day, whatever today is, and
    // ask for the view to move there.
    void presetsSetTheDateRangeFromTheDatasLastDay()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        std::vector<Period> ranges; // Period has no default value, which QSignalSpy needs
        connect(m_panel.get(), &FilterPanel::rangeChosen, this,
                [&ranges](Period range) { ranges.push_back(range); });
        Date first = m_snapshot->meetings.front().start;
        Date last = first;
        for (const auto& meeting :
             readDatasetFile(test::sourcePath("tests/data/us-china-2017-2024.json")).meetings)
            last = std::max(last, meeting.period().last());
        const QDate lastDay = ui::toQDate(last);

        named<QPushButton>(m_panel.get(), QStringLiteral("The last five years of the data"))
            ->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).from(),
                 std::optional(ui::fromQDate(lastDay.addYears(-5).addDays(1))));
        QCOMPARE(lastFilter(spy).to(), std::optional(last));
        auto* from = named<QDateEdit>(m_panel.get(), QStringLiteral("From date"));
        QCOMPARE(from->date(), lastDay.addYears(-5).addDays(1));
        QVERIFY(from->isEnabled());
        QCOMPARE(ranges.size(), std::size_t(1));
        const auto range = ranges.back();
        QCOMPARE(range.last(), last);
        QCOMPARE(range.begin(), ui::fromQDate(lastDay.addYears(-5).addDays(1)));

        named<QPushButton>(m_panel.get(), QStringLiteral("The last year of the data"))->click();
        QCOMPARE(lastFilter(spy).from(),
                 std::optional(ui::fromQDate(lastDay.addYears(-1).addDays(1))));
        QVERIFY(!m_snapshot->meetings.empty());

        named<QPushButton>(m_panel.get(), QStringLiteral("All dates"))->click();
        QCOMPARE(spy.count(), 3);
        QVERIFY(!lastFilter(spy).from());
        QVERIFY(!lastFilter(spy).to());
        QVERIFY(!from->isEnabled());
        QCOMPARE(ranges.back().begin(), first);
    }

    void tickingABoundFiltersByTheShownDate()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        auto* fromEnabled = named<QCheckBox>(m_panel.get(), QStringLiteral("Limit start date"));
        fromEnabled->click();
        QCOMPARE(spy.count(), 1);
        // An unticked bound shows the first meeting's date, ready to be used.
        QCOMPARE(lastFilter(spy).from(), std::optional(m_snapshot->meetings.front().start));
    }

    void dataWithNoMeetingLeavesTheUntickedBoundsBlank()
    {
        // Another database opened: its snapshot is empty until its data is in.
        m_panel->setSnapshot(std::make_shared<TimelineSnapshot>());
        for (const auto* name : {"From date", "To date"}) {
            auto* edit = named<QDateEdit>(m_panel.get(), QString::fromLatin1(name));
            QCOMPARE(edit->date(), edit->minimumDate());
            QCOMPARE(edit->text(), edit->specialValueText());
        }
        // Its data in, the bounds offer its span again.
        m_panel->setSnapshot(m_snapshot);
        QCOMPARE(named<QDateEdit>(m_panel.get(), QStringLiteral("From date"))->date(),
                 ui::toQDate(m_snapshot->meetings.front().start));
    }

    void aBoundTickedWithNoDateStartsFromToday()
    {
        m_panel->setSnapshot(std::make_shared<TimelineSnapshot>());
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        named<QCheckBox>(m_panel.get(), QStringLiteral("Limit end date"))->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastFilter(spy).to(), std::optional(ui::fromQDate(QDate::currentDate())));
    }

    void resetGivesAnEmptyFilter()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        countryItem(m_countries, QStringLiteral("US"))->setCheckState(Qt::Checked);
        named<QPushButton>(m_panel.get(), QStringLiteral("The last year of the data"))->click();
        QVERIFY(!m_panel->filter().isEmpty());
        named<QPushButton>(m_panel.get(), QStringLiteral("Reset filters"))->click();
        QCOMPARE(spy.count(), 3);
        QVERIFY(lastFilter(spy).isEmpty());
        QCOMPARE(countryItem(m_countries, QStringLiteral("US"))->checkState(), Qt::Unchecked);
    }

    void setSnapshotAndSetFilterDoNotEmit()
    {
        QSignalSpy spy(m_panel.get(), &FilterPanel::filterChanged);
        Filter filter;
        filter.setCountries({"US"});
        filter.setTopics({"trade"});
        filter.setKinds({"call"});
        filter.setText("tariffs");
        filter.setFrom(Date(2020, 1, 1));
        m_panel->setFilter(filter);
        m_panel->setSnapshot(TimelineSnapshot::build(*m_store, filter));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_panel->filter(), filter);
        // The user's checks survive the new snapshot, with its new counts.
        QCOMPARE(countryItem(m_countries, QStringLiteral("US"))->checkState(), Qt::Checked);
        QCOMPARE(topicItem(m_topics, QStringLiteral("trade"))->checkState(0), Qt::Checked);
        QCOMPARE(named<QLineEdit>(m_panel.get(), QStringLiteral("Search meetings"))->text(),
                 QStringLiteral("tariffs"));
        QVERIFY(named<QCheckBox>(m_panel.get(), QStringLiteral("Call"))->isChecked());
        QCOMPARE(named<QDateEdit>(m_panel.get(), QStringLiteral("From date"))->date(),
                 QDate(2020, 1, 1));
        QVERIFY(!named<QCheckBox>(m_panel.get(), QStringLiteral("Limit end date"))->isChecked());
        QTest::qWait(FilterPanel::kTextDelayMs * 2);
        QCOMPARE(spy.count(), 0);
    }

    void aCountryWithNoMatchStaysListedAndGreyed()
    {
        Filter filter;
        filter.setCountries({"MT"});
        filter.setText("nothing matches this text at all");
        m_panel->setFilter(filter);
        m_panel->setSnapshot(TimelineSnapshot::build(*m_store, filter));
        auto* malta = countryItem(m_countries, QStringLiteral("MT"));
        QVERIFY(malta);
        QCOMPARE(malta->text(), QStringLiteral("Malta (0)"));
        QCOMPARE(malta->checkState(), Qt::Checked);
        QCOMPARE(malta->foreground().color(),
                 m_countries->palette().color(QPalette::Disabled, QPalette::Text));
    }

private:
    std::shared_ptr<Store> m_store;
    SnapshotPtr m_snapshot;
    std::unique_ptr<FilterPanel> m_panel;
    QListWidget* m_countries = nullptr;
    QTreeWidget* m_topics = nullptr;
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
