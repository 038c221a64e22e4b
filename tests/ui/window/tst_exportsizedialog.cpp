// The size asked for an exported view: titled, 1600 × 900 at first, then the
// size chosen last.
#include "ui/window/ExportSizeDialog.h"

#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace parley::ui;

class TestExportSizeDialog : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void startsAtTheDocumentedSize()
    {
        ExportSizeDialog dialog;
        QVERIFY(!dialog.windowTitle().isEmpty());
        QCOMPARE(dialog.size(), QSize(1600, 900));
    }

    void remembersTheSizeChosen()
    {
        {
            ExportSizeDialog dialog;
            const auto boxes = dialog.findChildren<QSpinBox*>();
            QCOMPARE(boxes.size(), 2);
            boxes.at(0)->setValue(1234);
            boxes.at(1)->setValue(567);
            dialog.accept();
        }
        ExportSizeDialog again;
        QCOMPARE(again.size(), QSize(1234, 567));

        // A size cancelled is not kept.
        const auto boxes = again.findChildren<QSpinBox*>();
        boxes.at(0)->setValue(800);
        again.reject();
        QCOMPARE(ExportSizeDialog().size(), QSize(1234, 567));
    }
};

QTEST_MAIN(TestExportSizeDialog)
#include "tst_exportsizedialog.moc"
