#pragma once

#include "db/analysis/Countermeasures.h"
#include "db/model/Dates.h"

#include <QRectF>
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

namespace parley::ui {

// The measures between two countries as mirrored lanes along one time axis:
// A's on B above it, B's on A below it, each a diamond in its kind's colour
// on the day it was announced, and a line from each measure to the other
// side's answer paired with it (pairedMeasures). Close measures take rows of
// their own. Hovering names a measure; a click activates it. The list beside
// it gives the same pairs to the keyboard and to screen readers.
class CountermeasureLanes : public QWidget {
    Q_OBJECT
public:
    explicit CountermeasureLanes(QWidget* parent = nullptr);

    // A and B name the lanes; MEASURES are those between them (either way),
    // PAIRS their pairs. The records must outlive the next call.
    void setMeasures(const QString& aName, const QString& bName, const std::string& a,
                     std::vector<const Measure*> measures, std::vector<MeasurePair> pairs);
    void clear();

    // Where the measure's diamond is drawn; empty when it is not shown.
    QRectF markerOf(const std::string& measureId) const;
    // The axis between the lanes, across the width.
    QRectF axisRect() const;
    const std::vector<MeasurePair>& pairs() const { return m_pairs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void measureActivated(const QString& measureId);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Placed {
        const Measure* measure = nullptr;
        bool upper = true; // A's on B, above the axis
        int row = 0;       // away from the axis
        QRectF marker;
    };

    void place();
    double xOf(Date day) const;
    double rowHeight() const;
    double headerWidth() const;
    const Placed* placedAt(QPointF pos) const;
    void paintAxis(QPainter& painter) const;

    QString m_aName;
    QString m_bName;
    std::string m_a;
    std::vector<const Measure*> m_measures;
    std::vector<MeasurePair> m_pairs;
    Period m_range{Date(2000, 1, 1), Date(2001, 1, 1)};
    std::vector<Placed> m_placed;
    int m_upperRows = 1;
    int m_lowerRows = 1;
};

} // namespace parley::ui
