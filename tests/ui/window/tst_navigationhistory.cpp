#include "ui/window/NavigationHistory.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using parley::ui::NavigationHistory;
using parley::ui::Place;

class TestNavigationHistory : public QObject {
    Q_OBJECT
private slots:
    void startsWithNothingToGoTo()
    {
        NavigationHistory history;
        QVERIFY(!history.backAction()->isEnabled());
        QVERIFY(!history.forwardAction()->isEnabled());
        QCOMPARE(history.current(), nullptr);
    }

    void walksBackAndForward()
    {
        NavigationHistory history;
        QSignalSpy navigated(&history, &NavigationHistory::navigate);
        const Place meeting{Place::Kind::Meeting, QStringLiteral("m1")};
        const Place official{Place::Kind::Official, QStringLiteral("wang-yi")};
        history.visit(meeting);
        history.visit(official);
        QVERIFY(history.backAction()->isEnabled());

        history.backAction()->trigger();
        QCOMPARE(navigated.count(), 1);
        QCOMPARE(navigated.at(0).at(0).value<Place>(), meeting);
        QVERIFY(history.forwardAction()->isEnabled());
        QVERIFY(!history.backAction()->isEnabled());

        history.forwardAction()->trigger();
        QCOMPARE(navigated.at(1).at(0).value<Place>(), official);
    }

    void visitingDropsTheForwardPartAndRepeats()
    {
        NavigationHistory history;
        history.visit({Place::Kind::Meeting, QStringLiteral("a")});
        history.visit({Place::Kind::Meeting, QStringLiteral("b")});
        history.visit({Place::Kind::Meeting, QStringLiteral("b")}); // the same place twice
        history.goBack();
        QCOMPARE(history.current()->id, QStringLiteral("a"));
        history.visit({Place::Kind::Meeting, QStringLiteral("c")});
        QVERIFY(!history.canGoForward());
        history.goBack();
        QCOMPARE(history.current()->id, QStringLiteral("a"));
        QVERIFY(!history.canGoBack());
    }

    void clearingForgetsEveryPlace()
    {
        NavigationHistory history;
        history.visit({Place::Kind::Meeting, QStringLiteral("a")});
        history.visit({Place::Kind::Measure, QStringLiteral("m")});
        history.clear();
        QCOMPARE(history.current(), nullptr);
        QVERIFY(!history.backAction()->isEnabled());
        QVERIFY(!history.forwardAction()->isEnabled());
        history.visit({Place::Kind::Official, QStringLiteral("o")});
        QVERIFY(!history.canGoBack()); // nothing of before the clear is left
    }
};

QTEST_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
