#pragma once

#include "db/analysis/Countermeasures.h"
#include "db/analysis/WhatFollowed.h"
#include "ui/model/TimelineSnapshot.h"

#include <QWidget>

#include <string>
#include <variant>

class QLabel;
class QSpinBox;
class QTreeView;
class QTreeWidget;

namespace parley::ui {

class CountermeasureLanes;
class MeetingRowsModel;

// What came around a record, within N days either way (N adjustable, kept
// between sessions): for a measure, the meetings of its imposing and target
// countries with the lag of each, and the measures that answered it or that
// it answered; for a meeting, the measures of its countries; for two
// countries, their measures paired with the other side's answers, listed and
// drawn as mirrored lanes. Meetings and measures activate.
class WhatFollowedPanel : public QWidget {
    Q_OBJECT
public:
    explicit WhatFollowedPanel(QWidget* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    void showMeasure(const std::string& measureId);
    void showMeeting(const std::string& meetingId);
    void showCountries(const std::string& a, const std::string& b);
    void clear();

    int days() const;
    void setDays(int days);
    // The heading and every list, as plain text.
    QString text() const;
    QSpinBox* daysBox() const { return m_days; }
    QTreeView* meetingsView() const { return m_meetings; }
    QTreeWidget* measuresList() const { return m_measures; }
    QTreeWidget* pairsList() const { return m_pairs; }
    CountermeasureLanes* countermeasureLanes() const { return m_lanes; }

signals:
    void meetingActivated(const QString& id);
    void measureActivated(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Nothing {};
    struct OfMeasure {
        std::string id;
    };
    struct OfMeeting {
        std::string id;
    };
    struct OfCountries {
        std::string a;
        std::string b;
    };
    using Subject = std::variant<Nothing, OfMeasure, OfMeeting, OfCountries>;

    void showSubject(Subject subject);
    void refresh();
    void render();
    void renderMeasure(const Measure& measure);
    void renderMeeting(std::size_t position); // in the reference's meetings
    void fillPairs(const std::vector<MeasurePair>& pairs);
    QString measureLine(const Measure& measure) const;

    SnapshotPtr m_snapshot;
    Subject m_subject;
    bool m_stale = false; // changed while hidden
    QLabel* m_heading;
    QSpinBox* m_days;
    QLabel* m_meetingsHeading;
    MeetingRowsModel* m_rows;
    QTreeView* m_meetings;
    QLabel* m_measuresHeading;
    QTreeWidget* m_measures;
    QLabel* m_pairsHeading;
    CountermeasureLanes* m_lanes;
    QTreeWidget* m_pairs;
};

} // namespace parley::ui
