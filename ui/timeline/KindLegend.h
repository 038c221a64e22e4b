#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace parley::ui {

// The key to the timeline's colours and shapes: a dot per kind of meeting, a
// faded span for meetings known only to the month or year, and a diamond per
// kind of measure when measures are shown. Entries flow in rows across the
// width; the window's timeline and every export draw the same one.
class KindLegend {
    Q_DECLARE_TR_FUNCTIONS(KindLegend)

public:
    enum class Shape { Dot, Span, Diamond };
    struct Entry {
        QString label;
        QColor colour;
        Shape shape = Shape::Dot;
    };

    KindLegend(bool showMeasures, const QPalette& palette, const QFont& font);

    const std::vector<Entry>& entries() const { return m_entries; }
    // The height the entries need across width.
    double height(double width) const;
    void paint(QPainter& painter, const QRectF& area) const;
    // As the window shows it: a strip under the lanes, on the window's
    // colour below a line, with a margin around the entries.
    double stripHeight(double width) const;
    void paintStrip(QPainter& painter, const QRectF& strip) const;

private:
    double stripMargin() const;
    // Calls place(entry, x, y) for each entry where it goes; returns the height.
    template <typename Place> double flow(double width, Place place) const;

    std::vector<Entry> m_entries;
    QPalette m_palette;
    QFont m_font;
};

} // namespace parley::ui
