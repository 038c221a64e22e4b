#pragma once

#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/MeetingCitation.h"
#include "ui/panels/OfficialDossier.h"

#include <memory>

#include <QWidget>

class QLabel;
class QTreeView;

namespace parley::ui {

class EngagementsModel;

// Every engagement of one official in a sortable list, the latest first:
// when, the meeting, the office held then and with whom. Enter or a double
// click opens the meeting; the context menu also offers the other
// participants and the meeting's citation.
class EngagementsView : public QWidget {
    Q_OBJECT
public:
    explicit EngagementsView(QWidget* parent = nullptr);

    // The engagements of DOSSIER's official; none for no official.
    void setDossier(SnapshotPtr snapshot, std::shared_ptr<const OfficialDossier> dossier);
    // Each engagement in date order, three lines each (when, meeting, office
    // and counterparts): for copying and for tests.
    QString text() const;
    QTreeView* view() const { return m_view; }
    // The meeting of the current row; empty when there is none.
    QString currentMeeting() const;

signals:
    void meetingActivated(const QString& id);
    void officialActivated(const QString& id);
    void citationRequested(const QString& meetingId, MeetingCitation::Format format);

private:
    void showMenu(QPoint pos);

    QLabel* m_heading;
    EngagementsModel* m_model;
    QTreeView* m_view;
};

} // namespace parley::ui
