#pragma once

#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/MeetingCitation.h"
#include "ui/panels/OfficialDossier.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace parley::ui {

class EngagementsView;

// One official at a glance: names and country, the offices held over time, how
// often they met each counterpart country and topic, and every engagement with
// the offices held then, in a list of its own (EngagementsView). Meetings and
// counterparts turn into signals.
class OfficialPanel : public QWidget {
    Q_OBJECT
public:
    explicit OfficialPanel(QWidget* parent = nullptr);

    // The snapshot gives names for counterparts.
    void showOfficial(SnapshotPtr snapshot, OfficialDossier dossier);
    void clear();
    // Which official the timeline highlights (empty for none): the button
    // "Show on timeline" is on while it is the one shown.
    void setHighlightedOfficial(const QString& officialId);
    QString officialId() const;
    // The body and the engagements as plain text, for tests and copying.
    QString text() const;
    QTextBrowser* browser() const { return m_body; }
    EngagementsView* engagements() const { return m_engagements; }
    QPushButton* showOnTimelineButton() const { return m_showOnTimeline; }
    QPushButton* channelWithButton() const { return m_channelWith; }
    QPushButton* copyCitationButton() const { return m_copyCitation; }

signals:
    void meetingActivated(const QString& id);
    void officialActivated(const QString& id);
    void showOnTimelineRequested(const QString& officialId, bool on);
    // The user wants the channel of this official with someone else.
    void channelWithRequested(const QString& officialId);
    // The meeting of the current engagement, cited in FORMAT.
    void citationRequested(const QString& meetingId, MeetingCitation::Format format);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString headerHtml() const;
    QString positionsHtml() const;
    QString countsHtml() const;
    void onAnchorClicked(const QUrl& url);

    SnapshotPtr m_snapshot;
    std::shared_ptr<const OfficialDossier> m_dossier; // none for no official
    QString m_highlightedOfficial;
    QLabel* m_header;
    QPushButton* m_showOnTimeline;
    QPushButton* m_channelWith;
    QPushButton* m_copyCitation;
    QTextBrowser* m_body;
    EngagementsView* m_engagements;
};

} // namespace parley::ui
