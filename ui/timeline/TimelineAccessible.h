#pragma once

#include <QAccessibleWidget>

namespace parley::ui {

class TimelineView;

// What assistive technology is told of the timeline: a chart with the
// widget's name and description whose value is the range in view, and one
// child, the meeting or measure selected, named by its title, date and
// place. The view announces that child when the selection moves by keyboard.
class TimelineAccessible : public QAccessibleWidget {
public:
    explicit TimelineAccessible(TimelineView* view);
    ~TimelineAccessible() override;
    TimelineAccessible(const TimelineAccessible&) = delete;
    TimelineAccessible& operator=(const TimelineAccessible&) = delete;

    // Makes every TimelineView speak through a TimelineAccessible; once is enough.
    static void install();
    // Tells assistive technology that the view's selection moved.
    static void announceSelection(TimelineView* view);

    QString text(QAccessible::Text type) const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;

private:
    TimelineView* view() const;
    bool hasSelection() const;
    // The child for the selection, made on first use and kept by QAccessible.
    QAccessibleInterface* selectionItem() const;

    mutable QAccessible::Id m_selectionItem = 0;
};

} // namespace parley::ui
