#include "tests/ui/UiTestData.h"

#include "ui/panels/MeetingDetails.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace parley;
using parley::ui::MeetingDetails;
using parley::ui::SnapshotPtr;
using parley::ui::TimelineSnapshot;

namespace {

// The link target of the first fragment whose text is exactly `text`.
QUrl anchorOf(const QTextDocument* document, const QString& text)
{
    for (auto block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto fragment = it.fragment();
            if (fragment.text() == text && fragment.charFormat().isAnchor())
                return QUrl(fragment.charFormat().anchorHref());
        }
    }
    return {};
}

// Shows the meeting of the sample in full, as the window hands it to the panel.
void showInFull(MeetingDetails& details, const SnapshotPtr& snapshot, const QString& id)
{
    const auto store = test::sampleStore();
    auto meeting = store->meeting(id.toStdString());
    if (!meeting)
        qFatal("no meeting %s in the sample", qPrintable(id));
    details.showMeeting(snapshot, *meeting, store->sources(meeting->sources));
}

} // namespace

class TestMeetingDetails : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_snapshot = TimelineSnapshot::build(*test::sampleStore(), Filter());
    }

    void showsAllAboutAMeeting()
    {
        MeetingDetails details;
        showInFull(details, m_snapshot, QStringLiteral("raimondo-wang-wentao-2023-05-25"));
        const QString text = details.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Raimondo–Wang Wentao talks")));
        QVERIFY(text.contains(QStringLiteral("25 May 2023")));
        QVERIFY(text.contains(QStringLiteral("Washington")));
        QVERIFY(text.contains(QStringLiteral("United States")));
        QVERIFY(text.contains(QStringLiteral("Bilateral")));
        QVERIFY(text.contains(QStringLiteral("Gina Raimondo — Secretary of Commerce")));
        QVERIFY(text.contains(QStringLiteral("Wang Wentao — Minister of Commerce")));
        QVERIFY(text.contains(QStringLiteral("Semiconductors")));
        QVERIFY(text.contains(QStringLiteral("Bloomberg")));
        // Every linked measure, with its kind and date, as a link.
        for (const char* id : {"cn-micron-ban-2023", "us-chip-export-controls-2022",
                               "us-outbound-investment-review-2023"}) {
            const auto* measure = m_snapshot->measure(id);
            QVERIFY(measure);
            const QString title = QString::fromStdString(measure->title);
            QVERIFY2(text.contains(title), id);
            QCOMPARE(anchorOf(details.document(), title).toString(),
                     QStringLiteral("parley-measure:") + QLatin1String(id));
        }
        QVERIFY(text.contains(QStringLiteral("Ban, 21 May 2023")));
    }

    void showsTheDatesAsPreciselyAsTheyAreKnown()
    {
        MeetingDetails details;
        showInFull(details, m_snapshot, QStringLiteral("sullivan-wang-yi-2023-05-10"));
        QVERIFY(details.toPlainText().contains(QStringLiteral("10–11 May 2023")));
        QVERIFY(details.toPlainText().contains(QStringLiteral(
            "Wang Yi — Director of the Office of the Central Foreign Affairs Commission")));

        showInFull(details, m_snapshot, QStringLiteral("anchorage-talks-2021-03"));
        const QString text = details.toPlainText();
        QVERIFY(text.contains(QStringLiteral("March 2021")));
        QVERIFY(!text.contains(QStringLiteral("1 March 2021")));
        QVERIFY(text.contains(QStringLiteral("Wang Yi — Minister of Foreign Affairs")));
        QVERIFY(!text.contains(QStringLiteral("Director of the Office")));
    }

    void showsAStatedRoleWhereNoPositionCoversTheDay()
    {
        const auto store = test::sampleStore();
        auto meeting = *store->meeting("raimondo-wang-wentao-2023-05-25");
        meeting.roles = {{"gina-raimondo", "Host"}, {"wang-wentao", "Guest of honour"}};
        MeetingDetails details;
        details.showMeeting(m_snapshot, meeting, {});
        QString text = details.toPlainText();
        // The positions held that day come first; a role only fills a gap.
        QVERIFY(text.contains(QStringLiteral("Gina Raimondo — Secretary of Commerce")));
        QVERIFY(text.contains(QStringLiteral("Wang Wentao — Minister of Commerce")));
        QVERIFY(!text.contains(QStringLiteral("Guest of honour")));

        // Years before either took office, only what the meeting states is shown.
        meeting.start = meeting.end = *parseIsoDate("2001-05-25");
        details.showMeeting(m_snapshot, meeting, {});
        text = details.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Gina Raimondo — Host")));
        QVERIFY(text.contains(QStringLiteral("Wang Wentao — Guest of honour")));
        QVERIFY(!text.contains(QStringLiteral("Secretary of Commerce")));
    }

    void aParticipantLinkEmitsTheOfficial()
    {
        MeetingDetails details;
        showInFull(details, m_snapshot, QStringLiteral("anchorage-talks-2021-03"));
        QSignalSpy officials(&details, &MeetingDetails::officialActivated);
        QSignalSpy measures(&details, &MeetingDetails::measureActivated);
        const QUrl link = anchorOf(details.document(), QStringLiteral("Wang Yi"));
        QCOMPARE(link.toString(), QStringLiteral("parley-official:wang-yi"));
        emit details.anchorClicked(link);
        QCOMPARE(officials.count(), 1);
        QCOMPARE(officials.first().at(0).toString(), QStringLiteral("wang-yi"));
        emit details.anchorClicked(QUrl(QStringLiteral("parley-measure:cn-micron-ban-2023")));
        QCOMPARE(measures.count(), 1);
        QCOMPARE(measures.first().at(0).toString(), QStringLiteral("cn-micron-ban-2023"));
        QCOMPARE(details.meetingId(), QStringLiteral("anchorage-talks-2021-03"));
    }

    void dataIsEscaped()
    {
        auto meeting = m_snapshot->meetings.front();
        meeting.title = "Talks on <b>chips</b> & AT&T";
        MeetingDetails details;
        details.showMeeting(m_snapshot, meeting, {});
        QVERIFY(details.toPlainText().contains(QStringLiteral("Talks on <b>chips</b> & AT&T")));
    }

    void clearShowsAHint()
    {
        MeetingDetails details;
        showInFull(details, m_snapshot, QStringLiteral("anchorage-talks-2021-03"));
        details.clear();
        QVERIFY(details.meetingId().isEmpty());
        QCOMPARE(details.toPlainText(),
                 QStringLiteral("Select a meeting on the timeline or in the table"));
    }

private:
    SnapshotPtr m_snapshot;
};

QTEST_MAIN(TestMeetingDetails)
#include "tst_meetingdetails.moc"
