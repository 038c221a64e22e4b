#include "ui/timeline/TimelineAccessible.h"

#include "ui/model/DateText.h"
#include "ui/timeline/TimelineView.h"

#include <QPointer>
#include <QWindow>

namespace parley::ui {

namespace {

// The selected meeting or measure as assistive technology sees it: a list
// item with the view's words for it, focused while the view has focus.
class SelectionItemAccessible : public QAccessibleInterface {
public:
    explicit SelectionItemAccessible(TimelineView* view)
        : m_view(view)
    {
    }

    bool isValid() const override { return m_view; }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_view->window()->windowHandle(); }
    QAccessibleInterface* parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view);
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text type) const override
    {
        return type == QAccessible::Name ? m_view->selectionText() : QString();
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override
    {
        const QRect local = m_view->selectionRect();
        return local.isEmpty() ? QRect() : local.translated(m_view->mapToGlobal(QPoint(0, 0)));
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        const bool selected = !m_view->selectionText().isEmpty();
        state.selectable = true;
        state.focusable = true;
        state.selected = selected;
        state.focused = selected && m_view->hasFocus();
        state.invisible = m_view->selectionRect().isEmpty();
        return state;
    }

private:
    QPointer<TimelineView> m_view;
};

QAccessibleInterface* timelineFactory(const QString&, QObject* object)
{
    if (auto* view = qobject_cast<TimelineView*>(object))
        return new TimelineAccessible(view);
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView* view)
    : QAccessibleWidget(view, QAccessible::Chart)
{
}

TimelineAccessible::~TimelineAccessible()
{
    if (m_selectionItem != 0)
        QAccessible::deleteAccessibleInterface(m_selectionItem);
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void TimelineAccessible::announceSelection(TimelineView* view)
{
    if (!QAccessible::isActive())
        return;
    auto* timeline = dynamic_cast<TimelineAccessible*>(QAccessible::queryAccessibleInterface(view));
    if (!timeline || !timeline->hasSelection())
        return;
    QAccessibleInterface* item = timeline->selectionItem();
    QAccessibleEvent named(item, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent selected(item, QAccessible::Selection);
    QAccessible::updateAccessibility(&selected);
    if (view->hasFocus()) {
        QAccessibleEvent focused(item, QAccessible::Focus);
        QAccessible::updateAccessibility(&focused);
    }
}

TimelineView* TimelineAccessible::view() const { return static_cast<TimelineView*>(widget()); }

bool TimelineAccessible::hasSelection() const { return !view()->selectionText().isEmpty(); }

QAccessibleInterface* TimelineAccessible::selectionItem() const
{
    if (m_selectionItem == 0)
        m_selectionItem =
            QAccessible::registerAccessibleInterface(new SelectionItemAccessible(view()));
    return QAccessible::accessibleInterface(m_selectionItem);
}

QString TimelineAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value) {
        const Period range = view()->visibleRange();
        return periodText(range.begin(), range.last(), Precision::Day);
    }
    return QAccessibleWidget::text(type);
}

int TimelineAccessible::childCount() const
{
    return QAccessibleWidget::childCount() + (hasSelection() ? 1 : 0);
}

QAccessibleInterface* TimelineAccessible::child(int index) const
{
    const int widgets = QAccessibleWidget::childCount();
    if (index == widgets && hasSelection())
        return selectionItem();
    return index < widgets ? QAccessibleWidget::child(index) : nullptr;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (m_selectionItem != 0 && child == QAccessible::accessibleInterface(m_selectionItem))
        return hasSelection() ? QAccessibleWidget::childCount() : -1;
    return QAccessibleWidget::indexOfChild(child);
}

QAccessibleInterface* TimelineAccessible::focusChild() const
{
    if (view()->hasFocus() && hasSelection())
        return selectionItem();
    return QAccessibleWidget::focusChild();
}

} // namespace parley::ui
