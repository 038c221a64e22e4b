#pragma once

#include "ui/model/TimelineSnapshot.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace parley::ui {

class EngagementsModel;

// Every engagement of one official in a sortable list, the latest first:
// when, the meeting, the office held then and with whom. Enter or a double
// click opens the meeting; the context menu also offers the other
// participants.
class EngagementsView : public QWidget {
    Q_OBJECT
public:
    explicit EngagementsView(QWidget* parent = nullptr);

    void setEngagements(SnapshotPtr snapshot, std::vector<Engagement> engagements);
    // Each engagement in date order, three lines each (when, meeting, office
    // and counterparts): for copying and for tests.
    QString text() const;
    QTreeView* view() const { return m_view; }

signals:
    void meetingActivated(const QString& id);
    void officialActivated(const QString& id);

private:
    void showMenu(QPoint pos);

    QLabel* m_heading;
    EngagementsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
};

} // namespace parley::ui
