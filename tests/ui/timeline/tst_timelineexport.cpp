// The exported view: the same counts as the window on any device, every lane
// on pages at a readable size, numbered, and an image that says what it left out.
#include "ui/timeline/TimelineExport.h"
#include "ui/timeline/TimelineView.h"

#include "tests/ui/UiTestData.h"
#include "tests/ui/timeline/PdfText.h"
#include "tests/ui/timeline/TimelineTesting.h"

#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace parley;
using namespace parley::ui;

namespace {

// The texts that are counts or years: "1,234", "57", "2020".
QStringList numbers(const QStringList& texts)
{
    static const QRegularExpression number(QStringLiteral("^[0-9][0-9,]*$"));
    QStringList found;
    for (const QString& text : texts) {
        for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")))) {
            if (number.match(word).hasMatch())
                found << word;
        }
    }
    found.sort();
    return found;
}

// A year of calls in one lane, a dozen a day but for two days in every
// seventeen and a third: runs of bars break, or not, where buckets of days fall.
SnapshotPtr brokenYear()
{
    std::vector<Meeting> meetings;
    for (int day = 0; day < 366; ++day) {
        for (int i = 0; day * 3 % 52 >= 6 && i < 12; ++i) {
            Meeting meeting;
            meeting.id = "call-" + std::to_string(day) + "-" + std::to_string(i);
            meeting.title = meeting.id;
            meeting.start = meeting.end = Date(2020, 1, 1) + boost::gregorian::days(day);
            meeting.host = "US";
            meeting.kind = "call";
            meetings.push_back(meeting);
        }
    }
    return test::snapshotOf(std::move(meetings));
}

bool contains(QStringList all, const QStringList& some)
{
    for (const QString& one : some) {
        if (!all.removeOne(one))
            return false;
    }
    return true;
}

} // namespace

class TestTimelineExport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_view.reset(); }
    void countsAreTheWindowsOnEveryDevice();
    void pagesHoldEveryLaneReadablyAndNumbered();
    void anImageSaysWhatItLeftOut();

private:
    QTemporaryDir m_files;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineExport::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1000, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTimelineExport::countsAreTheWindowsOnEveryDevice()
{
    m_view->setSnapshot(brokenYear());
    m_view->setVisibleRange(Period(Date(2020, 1, 1), Date(2021, 1, 1)));
    const QStringList window = numbers(test::drawnTexts(*m_view));
    QVERIFY2(window.size() > 5, qPrintable(window.join(u' ')));

    // An image as wide as the window counts as the window, to the bar.
    const TimelineExport view(*m_view);
    const QSize size(m_view->width(), 900);
    const auto exported = [&](QSize at) {
        QStringList texts = test::drawnTexts(
            at, [&](QPainter& painter) { view.paint(painter, at, m_view->palette()); });
        // Less the title, with its dates and how many meetings are shown.
        texts.removeIf(
            [](const QString& text) { return text.startsWith(QStringLiteral("Parley")); });
        return numbers(texts);
    };
    const QStringList image = exported(size);
    QCOMPARE(image, window);

    // A PDF too, though its device has other pixels.
    const QString pdf = m_files.filePath(QStringLiteral("counts.pdf"));
    QString error;
    QVERIFY2(view.save(pdf, size, &error), qPrintable(error));
    QCOMPARE(test::pdfPages(pdf), 1);
    const QStringList printed = numbers({test::pdfPageText(pdf, 1)});
    QVERIFY2(contains(printed, window), qPrintable(printed.join(u' ')));

    // Twice as wide, the bars stand for the window's days: its sums all show.
    const QSize wide(2 * m_view->width(), 900);
    const QStringList wider = exported(wide);
    QVERIFY2(contains(wider, window), qPrintable(wider.join(u' ')));
}

void TestTimelineExport::pagesHoldEveryLaneReadablyAndNumbered()
{
    const auto snapshot = TimelineSnapshot::build(*test::testStore(), Filter());
    m_view->setSnapshot(snapshot);
    m_view->setGrouping(Grouping::Official);
    m_view->setVisibleRange(Period(Date(2017, 1, 1), Date(2025, 1, 1)));

    // As printing does: a printer of its own resolution, in landscape.
    const QString file = m_files.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QVERIFY(TimelineExport(*m_view).print(printer, TimelineExport::paperPalette()));

    const int pages = test::pdfPages(file);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QString everything;
    for (int page = 1; page <= pages; ++page) {
        // Ligatures ("ﬃ") as the letters they join.
        const QString text =
            test::pdfPageText(file, page).normalized(QString::NormalizationForm_KC);
        const QByteArray where = "page " + QByteArray::number(page) + ": " + text.toUtf8();
        // The axis and the lane names on every page, and its number.
        for (const QString& year : {QStringLiteral("2018"), QStringLiteral("2022")})
            QVERIFY2(text.contains(year), where.constData());
        QVERIFY2(text.contains(QStringLiteral("By official")), where.constData());
        const QStringList words = test::pdfPageWords(file, page);
        const QStringList number = {QString::number(page), QStringLiteral("/"),
                                    QString::number(pages)};
        const auto numbered = std::search(words.begin(), words.end(), number.begin(), number.end());
        QVERIFY2(numbered != words.end(), where.constData());
        everything += text;
    }
    const auto layout = TimelineLayout::build(*snapshot, Grouping::Official, true);
    for (const auto& lane : layout.lanes())
        QVERIFY2(everything.contains(lane.name), qPrintable(lane.name));

    // Text at the size it has on screen, not shrunk to fit: words a few
    // millimetres high (pdftotext's boxes are in points).
    const QString boxes = test::poppler(QStringLiteral("pdftotext"),
                                        {QStringLiteral("-bbox"), file, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("yMin=\"([0-9.]+)\"[^>]*yMax=\"([0-9.]+)\">Xi<"));
    const auto match = word.match(boxes);
    QVERIFY2(match.hasMatch(), qPrintable(boxes.left(2000)));
    const double height = match.captured(2).toDouble() - match.captured(1).toDouble();
    QVERIFY2(height >= 6 && height <= 20, qPrintable(QString::number(height)));
}

void TestTimelineExport::anImageSaysWhatItLeftOut()
{
    m_view->setSnapshot(TimelineSnapshot::build(*test::testStore(), Filter()));
    m_view->setGrouping(Grouping::Official);
    const TimelineExport view(*m_view);
    const auto layout = TimelineLayout::build(*m_view->snapshot(), Grouping::Official, true);
    const auto lanes = static_cast<int>(layout.lanes().size());

    const QSize size(1000, 600);
    const QStringList texts = test::drawnTexts(
        size, [&](QPainter& painter) { view.paint(painter, size, m_view->palette()); });
    const auto note = std::ranges::find_if(
        texts, [](const QString& text) { return text.contains(QStringLiteral(" busiest of ")); });
    QVERIFY2(note != texts.end(), qPrintable(texts.join(u'|')));
    QVERIFY2(note->endsWith(QStringLiteral("a PDF or a print shows them all")), qPrintable(*note));
    QVERIFY2(note->contains(QStringLiteral(" of %1 lanes").arg(lanes)), qPrintable(*note));
    QVERIFY(texts.contains(layout.lanes().front().name));
    QVERIFY(!texts.contains(layout.lanes().back().name));

    // Tall enough for every lane, it says nothing of the kind.
    const QSize tall(1000, 4000);
    const QStringList all = test::drawnTexts(
        tall, [&](QPainter& painter) { view.paint(painter, tall, m_view->palette()); });
    QVERIFY(all.contains(layout.lanes().back().name));
    QVERIFY(std::ranges::none_of(
        all, [](const QString& text) { return text.contains(QStringLiteral(" busiest of ")); }));
}

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
