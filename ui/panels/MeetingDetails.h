#pragma once

#include "ui/model/TimelineSnapshot.h"

#include <QTextBrowser>

#include <optional>

namespace parley::ui {

// Everything known about one meeting, as rich text: dates as precise as they
// are known, place, host, kind, the participants with the offices they held
// that day, topics, linked measures, summary and sources. Participants and
// measures are links that the panel turns into signals; a source's web address
// opens in the system browser.
class MeetingDetails : public QTextBrowser {
    Q_OBJECT
public:
    explicit MeetingDetails(QWidget* parent = nullptr);

    // MEETING in full (the snapshot holds brief records) with its SOURCES;
    // names come from the snapshot, and a hint replaces the meeting when its
    // filter hides it.
    void showMeeting(SnapshotPtr snapshot, Meeting meeting, std::vector<Source> sources);
    // Shows a hint instead of a meeting.
    void clear();
    QString meetingId() const;

signals:
    void officialActivated(const QString& id);
    void measureActivated(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString meetingHtml(const Meeting& meeting) const;
    QString participantsHtml(const Meeting& meeting) const;
    QString measuresHtml(const Meeting& meeting) const;
    QString sourcesHtml(const Meeting& meeting) const;
    QString hintHtml(const QString& text) const;
    void onAnchorClicked(const QUrl& url);

    SnapshotPtr m_snapshot;
    std::optional<Meeting> m_meeting;
    std::vector<Source> m_sources;
};

} // namespace parley::ui
