#include "ui/filters/TopicFilterTree.h"

#include "ui/model/HtmlText.h"
#include "ui/model/TimelineSnapshot.h"

#include <QCollator>
#include <QEvent>
#include <QScopedValueRollback>
#include <QTreeWidgetItemIterator>

#include <algorithm>
#include <functional>
#include <map>

namespace parley::ui {

namespace {

enum Role { IdRole = Qt::UserRole, NameRole, CountRole };

std::string idOf(const QTreeWidgetItem* item)
{
    return item->data(0, IdRole).toString().toStdString();
}

void collectIds(const QTreeWidgetItem* item, std::set<std::string>& ids)
{
    ids.insert(idOf(item));
    for (int i = 0; i < item->childCount(); ++i)
        collectIds(item->child(i), ids);
}

} // namespace

TopicFilterTree::TopicFilterTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setAccessibleName(tr("Topics"));
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemChanged, this, &TopicFilterTree::onItemChanged);
}

void TopicFilterTree::setSnapshot(const TimelineSnapshot& snapshot)
{
    QScopedValueRollback guard(m_updating, true);
    std::set<std::string> shown;
    for (int i = 0; i < topLevelItemCount(); ++i)
        collectIds(topLevelItem(i), shown);
    std::set<std::string> wanted;
    for (const auto& [id, topic] : *snapshot.reference->topics)
        wanted.insert(id);
    if (shown != wanted)
        rebuild(snapshot);

    std::map<std::string, int> counts;
    for (const auto& count : snapshot.topicCounts)
        counts[count.id] = count.meetings;
    for (int i = 0; i < topLevelItemCount(); ++i)
        updateCounts(topLevelItem(i), counts);
}

void TopicFilterTree::rebuild(const TimelineSnapshot& snapshot)
{
    clear();
    std::map<std::string, std::vector<const Topic*>> children; // by parent id, "" for roots
    for (const auto& [id, topic] : *snapshot.reference->topics) {
        const bool hasParent = topic.parent && snapshot.reference->topics->contains(*topic.parent);
        children[hasParent ? *topic.parent : std::string()].push_back(&topic);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto byName = [&collator](const Topic* a, const Topic* b) {
        return collator.compare(toQString(a->name), toQString(b->name)) < 0;
    };
    const std::function<void(QTreeWidgetItem*, const std::string&)> addChildren =
        [&](QTreeWidgetItem* parentItem, const std::string& parentId) {
            auto found = children.find(parentId);
            if (found == children.end())
                return;
            std::ranges::sort(found->second, byName);
            for (const Topic* topic : found->second) {
                auto* item =
                    parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(this);
                item->setData(0, IdRole, toQString(topic->id));
                item->setData(0, NameRole, toQString(topic->name));
                addChildren(item, topic->id);
            }
        };
    addChildren(nullptr, std::string());
    refreshAllStates();
}

void TopicFilterTree::updateCounts(QTreeWidgetItem* item, const std::map<std::string, int>& counts)
{
    const auto found = counts.find(idOf(item));
    const int count = found == counts.end() ? 0 : found->second;
    item->setData(0, CountRole, count);
    item->setText(0,
                  tr("%1 (%2)").arg(item->data(0, NameRole).toString(), QLocale().toString(count)));
    updateForeground(item);
    for (int i = 0; i < item->childCount(); ++i)
        updateCounts(item->child(i), counts);
}

void TopicFilterTree::updateForeground(QTreeWidgetItem* item)
{
    // No match is greyed, not hidden, so a checked topic never vanishes.
    if (item->data(0, CountRole).toInt() == 0)
        item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
    else
        item->setData(0, Qt::ForegroundRole, QVariant());
}

void TopicFilterTree::setChecked(const Filter::Ids& topics)
{
    QScopedValueRollback guard(m_updating, true);
    m_checked = topics;
    refreshAllStates();
}

void TopicFilterTree::refreshAllStates()
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        auto* item = topLevelItem(i);
        // Open the branches that hold a choice, so it is visible.
        if (refreshStates(item, false) && !m_checked.contains(idOf(item)))
            item->setExpanded(true);
    }
}

bool TopicFilterTree::refreshStates(QTreeWidgetItem* item, bool covered)
{
    const bool own = m_checked.contains(idOf(item));
    bool childChecked = false;
    for (int i = 0; i < item->childCount(); ++i) {
        auto* child = item->child(i);
        if (refreshStates(child, covered || own)) {
            childChecked = true;
            if (!own && !covered)
                item->setExpanded(true);
        }
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (!covered)
        flags |= Qt::ItemIsEnabled;
    item->setFlags(flags);
    if (covered || own)
        item->setCheckState(0, Qt::Checked);
    else
        item->setCheckState(0, childChecked ? Qt::PartiallyChecked : Qt::Unchecked);
    item->setToolTip(0, covered ? tr("Included with its parent topic") : QString());
    return own || childChecked;
}

void TopicFilterTree::onItemChanged(QTreeWidgetItem* item)
{
    if (m_updating)
        return;
    QScopedValueRollback guard(m_updating, true);
    const std::string id = idOf(item);
    if (item->checkState(0) == Qt::Checked) {
        // The parent covers its descendants: drop their own checks.
        std::set<std::string> subtree;
        collectIds(item, subtree);
        for (const auto& covered : subtree)
            m_checked.erase(covered);
        m_checked.insert(id);
    } else {
        m_checked.erase(id);
    }
    refreshAllStates();
    emit checkedChanged(m_checked);
}

void TopicFilterTree::changeEvent(QEvent* event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    QScopedValueRollback guard(m_updating, true);
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        updateForeground(*it);
}

} // namespace parley::ui
