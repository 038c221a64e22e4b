#pragma once

#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/DetailsBrowser.h"
#include "ui/panels/MeetingCitation.h"

#include <optional>

namespace parley::ui {

// Everything known about one meeting, as rich text: dates as precise as they
// are known, place, host, kind, the participants with the offices they held
// that day, topics, linked measures, summary and sources. Participants and
// measures are links that the panel turns into signals; a source's web address
// opens in the system browser.
class MeetingDetails : public DetailsBrowser {
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
    // From the context menu: the meeting shown, cited in FORMAT.
    void citationRequested(const QString& meetingId, MeetingCitation::Format format);

protected:
    void render() override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString meetingHtml(const Meeting& meeting) const;
    QString participantsHtml(const Meeting& meeting) const;
    QString measuresHtml(const Meeting& meeting) const;

    SnapshotPtr m_snapshot;
    std::optional<Meeting> m_meeting;
    std::vector<Source> m_sources;
};

} // namespace parley::ui
