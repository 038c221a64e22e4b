// Runs the real `parley --export` and reads what it writes with independent readers.
#include "tests/ui/ParleyRun.h"
#include "tests/ui/timeline/PdfText.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

class TestViewExport : public QObject {
    Q_OBJECT
private:
    ParleyRun m_parley;

    // Exports the sample's May 2023 to FILE at SIZE (citing its sources when
    // CITE); returns parley's exit code.
    int exportMay2023(const QString& file, const QString& size, bool cite = false)
    {
        QStringList arguments{QStringLiteral(PARLEY_SAMPLE_DB),
                              QStringLiteral("--from"),
                              QStringLiteral("2023-05-01"),
                              QStringLiteral("--to"),
                              QStringLiteral("2023-05-31"),
                              QStringLiteral("--export"),
                              file,
                              QStringLiteral("--size"),
                              size};
        if (cite)
            arguments << QStringLiteral("--cite");
        return m_parley(arguments);
    }

    // Every text an SVG file holds.
    static QString svgText(const QString& file)
    {
        QFile svg(file);
        if (!svg.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&svg);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        }
        return xml.hasError() ? QString() : text;
    }

    // Titles drawn in full at 2400 px across May 2023.
    static QStringList titlesInView()
    {
        return {QStringLiteral("Sullivan–Wang Yi talks in Vienna"),
                QStringLiteral("G7 leaders' summit in Hiroshima")};
    }

private slots:
    void pngHasTheAskedSize()
    {
        const QString file = m_parley.file(QStringLiteral("view.png"));
        QCOMPARE(exportMay2023(file, QStringLiteral("1234x567")), 0);
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1234, 567));
    }

    void svgIsXmlHoldingTheTitles()
    {
        const QString file = m_parley.file(QStringLiteral("view.svg"));
        QCOMPARE(exportMay2023(file, QStringLiteral("2400x900")), 0);
        const QString text = svgText(file);
        for (const QString& title : titlesInView())
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(!text.contains(QStringLiteral("Sources")));
    }

    void aFigureThatCitesListsAndNumbersItsSources()
    {
        const QString file = m_parley.file(QStringLiteral("cited.svg"));
        QCOMPARE(exportMay2023(file, QStringLiteral("2400x900"), true), 0);
        const QString text = svgText(file);
        QVERIFY(text.contains(QStringLiteral("Sources")));
        // The talks in Vienna carry the numbers of their sources, one of them
        // the White House's readout.
        QVERIFY(text.contains(QRegularExpression(
            QStringLiteral("\\[1(, \\d+)+\\] Sullivan–Wang Yi talks in Vienna"))));
        QVERIFY(text.contains(QStringLiteral("] The White House, “Readout of National Security")));
    }

    void pdfIsReadableByPdftotext()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed; scripts/deps installs it");
        const QString file = m_parley.file(QStringLiteral("view.pdf"));
        QCOMPARE(exportMay2023(file, QStringLiteral("2400x900")), 0);
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        QProcess reader;
        reader.start(pdftotext, {file, QStringLiteral("-")});
        QVERIFY(reader.waitForFinished(30000));
        const QString text = QString::fromUtf8(reader.readAllStandardOutput());
        for (const QString& title : titlesInView())
            QVERIFY2(text.contains(title), qPrintable(text));
    }

    void aBigViewGoesOverNumberedPages()
    {
        // Two hundred countries' lanes: far more than a page holds readably.
        const QString database = m_parley.file(QStringLiteral("world.parley"));
        QProcess generate;
        generate.start(QStringLiteral(PARLEY_DB_EXE),
                       {QStringLiteral("generate"), database, QStringLiteral("--meetings"),
                        QStringLiteral("3000")});
        QVERIFY(generate.waitForFinished(60000));
        QCOMPARE(generate.exitCode(), 0);
        const QString file = m_parley.file(QStringLiteral("world.pdf"));
        QCOMPARE(m_parley({database, QStringLiteral("--export"), file}), 0);

        const int pages = parley::test::pdfPages(file);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        for (const int page : {1, pages / 2, pages}) {
            const QString text = parley::test::pdfPageText(file, page);
            const QStringList words = parley::test::pdfPageWords(file, page);
            const QByteArray where = "page " + QByteArray::number(page) + ": " + text.toUtf8();
            for (const QString& year : {QStringLiteral("2000"), QStringLiteral("2010")})
                QVERIFY2(words.contains(year), where.constData());
            const QStringList number = {QString::number(page), QStringLiteral("/"),
                                        QString::number(pages)};
            QVERIFY2(std::search(words.begin(), words.end(), number.begin(), number.end()) !=
                         words.end(),
                     where.constData());
        }
    }

    void refusesAnUnknownFormat()
    {
        QCOMPARE(
            exportMay2023(m_parley.file(QStringLiteral("view.bmp")), QStringLiteral("800x600")), 1);
        QCOMPARE(exportMay2023(m_parley.file(QStringLiteral("view.png")), QStringLiteral("huge")),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestViewExport)
#include "tst_viewexport.moc"
