#pragma once

#include <QWidget>

#include <map>

namespace parley::ui {

// Meetings per year as bars, drawn in the palette's colours so it reads on
// light and dark desktops: one bar a year from the first to the last, years
// labelled as space allows, the tallest bar's count on the axis. Hovering a
// bar says its year and count.
class ChannelChart : public QWidget {
    Q_OBJECT
public:
    explicit ChannelChart(QWidget* parent = nullptr);

    void setCounts(std::map<int, int> perYear);
    const std::map<int, int>& counts() const { return m_perYear; }
    // The year whose bar is at POS, or 0.
    int yearAt(QPoint pos) const;
    // "2023: 5 meetings".
    static QString countText(int year, int meetings);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    // Where the bars go: left of the first, and the width of each.
    QRectF plotArea() const;
    double barWidth() const;

    std::map<int, int> m_perYear;
    int m_most = 0;
};

} // namespace parley::ui
