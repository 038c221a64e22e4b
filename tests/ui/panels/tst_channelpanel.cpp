// The Channel panel and the Channels list as a user drives them: typing a
// name in each side, picking the completion, reading the numbers, the chart
// and the offices, opening a meeting; and the busiest and quietest pairs.
#include "tests/ui/UiTestData.h"

#include "db/analysis/Lag.h"
#include "ui/panels/ChannelChart.h"
#include "ui/panels/ChannelPanel.h"
#include "ui/panels/ChannelsList.h"
#include "ui/panels/MeetingRowsModel.h"
#include "ui/panels/SidePicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace parley;
using namespace parley::ui;

class TestChannelPanel : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<Store> m_store;
    SnapshotPtr m_snapshot;

    // Types TEXT into PICKER and takes the completion that reads CHOICE.
    static void pick(SidePicker* picker, const QString& text, const QString& choice)
    {
        picker->setFocus();
        picker->clear();
        // Chinese comes from an input method, the rest from keys.
        if (text.front().unicode() < 0x80) {
            QTest::keyClicks(picker, text);
        } else {
            QInputMethodEvent typed;
            typed.setCommitString(text);
            QApplication::sendEvent(picker, &typed);
        }
        QAbstractItemView* popup = picker->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        for (int row = 0; row < popup->model()->rowCount(); ++row) {
            if (popup->model()->index(row, 0).data().toString() == choice) {
                popup->setCurrentIndex(popup->model()->index(row, 0));
                QTest::keyClick(popup, Qt::Key_Return);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no completion %1 for %2").arg(choice, text)));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_store = test::testStore();
        m_snapshot = TimelineSnapshot::build(*m_store, Filter());
    }

    // Every country and official is a choice, made when first needed: a
    // window that never names a side does not make them.
    void theChoicesAreMadeWhenFirstNeeded()
    {
        SidePicker picker;
        picker.setSnapshot(m_snapshot);
        QCOMPARE(picker.completer()->model()->rowCount(), 0);
        picker.setText(QStringLiteral("CN"));
        QCOMPARE(picker.side(), Side::country("CN"));
        QCOMPARE(picker.completer()->model()->rowCount(),
                 int(m_snapshot->reference->countries->size() +
                     m_snapshot->reference->officials->size()));
    }

    void choosingTwoOfficialsByNameShowsTheirChannel()
    {
        ChannelPanel panel;
        panel.setToday(Date(2025, 3, 1));
        panel.setSnapshot(m_snapshot);
        panel.resize(500, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.text().contains(QStringLiteral("Choose two sides")));

        pick(panel.pickerA(), QStringLiteral("blink"),
             QStringLiteral("Antony Blinken (United States)"));
        QVERIFY(!panel.channel()); // the other side is still to choose
        QCOMPARE(QApplication::focusWidget(), panel.pickerB());
        pick(panel.pickerB(), QStringLiteral("王毅"), QStringLiteral("Wang Yi 王毅 (China)"));
        QVERIFY(panel.channel());

        const QString text = panel.text();
        QVERIFY2(text.contains(QStringLiteral("Antony Blinken and Wang Yi")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("10, since 18 March 2021")));
        QVERIFY(text.contains(QStringLiteral("117 days")));
        QVERIFY(text.contains(QStringLiteral("476 days (18 March 2021 – 7 July 2022)")));
        // 26 April 2024 to 1 March 2025.
        QVERIFY(text.contains(QStringLiteral("309 days ago: Blinken visit to Beijing")));
        QVERIFY(
            text.contains(QStringLiteral("Secretary of State ↔ Minister of Foreign Affairs: 4")));
        QCOMPARE(panel.chart()->counts(),
                 (std::map<int, int>{{2021, 1}, {2022, 3}, {2023, 5}, {2024, 1}}));

        // Opening a meeting of the list.
        QSignalSpy opened(&panel, &ChannelPanel::meetingActivated);
        QTreeView* meetings = panel.meetingsView();
        QCOMPARE(meetings->model()->rowCount(), 10);
        meetings->setFocus();
        meetings->setCurrentIndex(meetings->model()->index(6, MeetingRowsModel::TitleColumn));
        QTest::keyClick(meetings, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("blinken-wang-yi-jakarta-2023-07"));
        // Known only to July 2023: the list says so.
        QCOMPARE(meetings->model()->index(6, MeetingRowsModel::WhenColumn).data().toString(),
                 QStringLiteral("July 2023"));
    }

    void twoCountriesOfferTheirCountermeasuresAndTheTimeline()
    {
        ChannelPanel panel;
        panel.setToday(Date(2025, 1, 1));
        panel.setSnapshot(m_snapshot);
        panel.showChannel(Side::country("US"), Side::country("CN"));
        QCOMPARE(panel.channel()->meetings.size(), 48U);
        QVERIFY(panel.text().contains(QStringLiteral("46 days ago: Biden–Xi meeting in Lima")));
        QSignalSpy pairs(&panel, &ChannelPanel::countermeasuresRequested);
        QSignalSpy timeline(&panel, &ChannelPanel::showOnTimelineRequested);
        for (auto* button : panel.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Measures and countermeasures")) {
                QVERIFY(button->isVisibleTo(&panel));
                button->click();
            }
            if (button->text() == QStringLiteral("Show on timeline"))
                button->click();
        }
        QCOMPARE(pairs.count(), 1);
        QCOMPARE(pairs.last().at(0).toString(), QStringLiteral("US"));
        QCOMPARE(timeline.count(), 1);

        // An official and a country: no countermeasures to ask for.
        panel.showChannel(Side::official("wang-yi"), Side::country("US"));
        QCOMPARE(panel.channel()->meetings.size(), 15U);
        for (auto* button : panel.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Measures and countermeasures"))
                QVERIFY(!button->isVisibleTo(&panel));
        }
    }

    void theSameSideTwiceOrAnUnknownOneShowsNoChannel()
    {
        ChannelPanel panel;
        panel.setSnapshot(m_snapshot);
        panel.showChannel(Side::country("US"), Side::country("US"));
        QVERIFY(!panel.channel());
        QVERIFY(panel.text().contains(QStringLiteral("Choose two different sides")));
        panel.pickerA()->setText(QStringLiteral("XX"));
        QVERIFY(!panel.pickerA()->side());
        panel.pickerA()->setText(QStringLiteral("CN")); // a code works as on the command line
        QCOMPARE(*panel.pickerA()->side(), Side::country("CN"));
        panel.showChannel(Side::country("AU"), Side::country("MT"));
        QVERIFY(panel.text().contains(QStringLiteral("No meeting between them is on record")));
    }

    void theChartHasABarAYearAndSaysItsCount()
    {
        ChannelChart chart;
        chart.resize(400, 160);
        chart.setCounts({{2019, 2}, {2020, 0}, {2021, 5}});
        QVERIFY(chart.accessibleDescription().contains(QStringLiteral("2020: 0 meetings")));
        QVERIFY(chart.accessibleDescription().contains(QStringLiteral("2019: 2 meetings")));
        const int left = chart.yearAt(QPoint(chart.width() - 5, 50));
        QCOMPARE(left, 2021);
        QCOMPARE(ChannelChart::countText(2021, 1), QStringLiteral("2021: 1 meeting"));
        // It paints in light and dark palettes alike.
        for (const QColor base : {QColor(Qt::white), QColor(30, 30, 30)}) {
            QPalette palette = chart.palette();
            palette.setColor(QPalette::Window, base);
            chart.setPalette(palette);
            QImage image(chart.size(), QImage::Format_ARGB32);
            image.fill(base);
            chart.render(&image);
            bool highlighted = false;
            for (int x = 0; x < image.width() && !highlighted; ++x)
                highlighted =
                    image.pixelColor(x, image.height() / 2) == palette.color(QPalette::Highlight);
            QVERIFY(highlighted);
        }
    }

    void theChannelsListRanksThePairsOfTheFilter()
    {
        ChannelsList list;
        list.setToday(Date(2025, 1, 1));
        list.setSnapshot(m_snapshot);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTreeWidget* busiest = list.busiest();
        QVERIFY(busiest->topLevelItemCount() > 5);
        QCOMPARE(busiest->topLevelItem(0)->text(0), QStringLiteral("China – United States"));
        QCOMPARE(busiest->topLevelItem(0)->text(1), QStringLiteral("48"));
        QVERIFY(list.quietest()->topLevelItemCount() > 0);

        QSignalSpy requested(&list, &ChannelsList::channelRequested);
        busiest->setFocus();
        busiest->setCurrentItem(busiest->topLevelItem(0));
        QTest::keyClick(busiest, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.last().at(0).value<Side>(), Side::country("CN"));

        // The filter decides which meetings count.
        Filter from2024;
        from2024.setFrom(Date(2024, 1, 1));
        list.setSnapshot(TimelineSnapshot::build(*m_store, from2024, m_snapshot->reference));
        QVERIFY(busiest->topLevelItem(0)->text(1).toInt() < 48);
    }
};

QTEST_MAIN(TestChannelPanel)
#include "tst_channelpanel.moc"
