// What the window says while a database's data loads: how many meetings were
// read of how many, then that they are being indexed, in the page a database
// just opened shows and in the status bar.
#include "db/index/LoadProgress.h"
#include "ui/window/LoadingState.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTest>

#include <algorithm>

using parley::LoadProgress;
using parley::ui::LoadingState;
using parley::ui::loadingText;

class TestLoadingState : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void saysHowFarTheLoadHasGot()
    {
        LoadProgress progress;
        QCOMPARE(loadingText(progress), QStringLiteral("Opening…"));
        progress.expect(1'000'000);
        progress.reached(250'000);
        QCOMPARE(loadingText(progress), QStringLiteral("Reading meetings: 250,000 of 1,000,000"));
        progress.reached(1'000'000);
        QCOMPARE(loadingText(progress), QStringLiteral("Indexing 1,000,000 meetings…"));
    }

    void aBarMovesWhileRowsAreReadAndIsBusyAfter()
    {
        LoadingState page;
        LoadProgress progress;
        progress.expect(1'000'000);
        progress.reached(250'000);
        page.showProgress(QStringLiteral("big.parley"), progress);
        const auto labels = page.findChildren<QLabel*>();
        QVERIFY(std::ranges::any_of(labels, [](const QLabel* label) {
            return label->text() == QStringLiteral("Opening big.parley");
        }));
        auto* bar = page.findChild<QProgressBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->value() * 4, bar->maximum());
        QCOMPARE(bar->accessibleDescription(), loadingText(progress));

        progress.reached(1'000'000);
        page.showProgress(QStringLiteral("big.parley"), progress);
        QCOMPARE(bar->maximum(), 0); // busy: nothing left to count
    }
};

QTEST_MAIN(TestLoadingState)
#include "tst_loadingstate.moc"
