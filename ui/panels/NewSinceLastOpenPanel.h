#pragma once

#include "db/analysis/Fingerprints.h"
#include "ui/model/TimelineSnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace parley::ui {

class SinceSeenModel;

// The meetings, officials and measures added or changed since the user last
// marked this database seen, in a list that opens each one, with a button to
// mark them all seen. Shows what SinceLastOpen found.
class NewSinceLastOpenPanel : public QWidget {
    Q_OBJECT
public:
    explicit NewSinceLastOpenPanel(QWidget* parent = nullptr);

    // CHANGES name records of REFERENCE; BUSY while a comparison runs;
    // PROBLEM says why what is seen cannot be remembered.
    void setChanges(const SinceSeen& changes, const std::shared_ptr<const ReferenceData>& reference,
                    bool busy, const QString& problem);
    QTreeView* view() const { return m_view; }
    QPushButton* markAllSeenButton() const { return m_markAllSeen; }
    QString status() const;

signals:
    void meetingActivated(const QString& id);
    void officialActivated(const QString& id);
    void measureActivated(const QString& id);
    void markAllSeenRequested();

private:
    QLabel* m_status;
    SinceSeenModel* m_model;
    QTreeView* m_view;
    QPushButton* m_markAllSeen;
};

} // namespace parley::ui
