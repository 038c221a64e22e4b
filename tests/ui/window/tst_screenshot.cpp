// Runs the real `parley --screenshot` and checks the picture it writes.
#include "tests/ui/ParleyRun.h"

#include <QFileInfo>
#include <QImage>
#include <QTest>

#include <set>

class TestScreenshot : public QObject {
    Q_OBJECT
private:
    ParleyRun runParley;

private slots:
    void writesAPictureOfTheRequestedState()
    {
        const QString png = runParley.file(QStringLiteral("shot.png"));
        // First start: no database given, so Parley makes and opens the
        // Office of the Historian's history, where this trip is.
        QString errors;
        QCOMPARE(runParley({QStringLiteral("--group-by"), QStringLiteral("official"),
                            QStringLiteral("--meeting"), QStringLiteral("hsg-trip-3992"),
                            QStringLiteral("--screenshot"), png},
                           &errors),
                 0);
        QVERIFY2(!errors.contains(QStringLiteral("parley:")), qPrintable(errors));
        const QString data = runParley.file(QStringLiteral("data/Parley/Parley/"));
        QVERIFY(QFileInfo::exists(data + QStringLiteral("history.parley")));
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("us-china-2023.parley")));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // A real picture has many colours, not a blank window.
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void refusesABadCommandLine()
    {
        QCOMPARE(
            runParley({QStringLiteral("--from"), QStringLiteral("2023-02-30"),
                       QStringLiteral("--screenshot"), runParley.file(QStringLiteral("x.png"))}),
            2);
        QCOMPARE(runParley({QStringLiteral("--group-by"), QStringLiteral("weather")}), 2);
    }

    void saysWhenTheDatabaseCannotBeOpened()
    {
        QString errors;
        const QString missing = runParley.file(QStringLiteral("missing.parley"));
        QCOMPARE(runParley({missing, QStringLiteral("--screenshot"),
                            runParley.file(QStringLiteral("y.png"))},
                           &errors),
                 1);
        QVERIFY2(errors.contains(missing), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
