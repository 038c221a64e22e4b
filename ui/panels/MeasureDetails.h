#pragma once

#include "ui/model/TimelineSnapshot.h"
#include "ui/panels/DetailsBrowser.h"

#include <optional>

namespace parley::ui {

// Everything known about one measure, as rich text: its kind, who imposed it
// on whom (and on which company or body), when it was announced as precisely
// as that is known, topics, summary, sources, and the meetings at which it was
// raised. Meetings are links that the panel turns into signals.
class MeasureDetails : public DetailsBrowser {
    Q_OBJECT
public:
    explicit MeasureDetails(QWidget* parent = nullptr);

    // MEASURE with its SOURCES and the meetings that raised it (brief records
    // are enough), in date order; names come from the snapshot.
    void showMeasure(SnapshotPtr snapshot, Measure measure, std::vector<Source> sources,
                     std::vector<Meeting> raisedAt);
    void clear();
    QString measureId() const;

protected:
    void render() override;

private:
    QString measureHtml(const Measure& measure) const;
    QString raisedAtHtml() const;

    SnapshotPtr m_snapshot;
    std::optional<Measure> m_measure;
    std::vector<Source> m_sources;
    std::vector<Meeting> m_raisedAt;
};

} // namespace parley::ui
