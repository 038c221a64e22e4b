#include "ui/filters/CountryFilterList.h"

#include "ui/model/HtmlText.h"
#include "ui/model/TimelineSnapshot.h"

#include <QCollator>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace parley::ui {

namespace {

enum Role { CodeRole = Qt::UserRole, NameRole, CountRole };

std::string codeOf(const QListWidgetItem* item)
{
    return item->data(CodeRole).toString().toStdString();
}

} // namespace

CountryFilterList::CountryFilterList(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_search->setPlaceholderText(tr("Find a country…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a country"));
    m_list->setAccessibleName(tr("Countries"));
    m_list->setUniformItemSizes(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &CountryFilterList::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, &CountryFilterList::onItemChanged);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &CountryFilterList::showMenu);
}

void CountryFilterList::showMenu(QPoint pos)
{
    const QListWidgetItem* item = m_list->itemAt(pos);
    if (!item)
        item = m_list->currentItem(); // the Menu key
    if (!item)
        return;
    const QString code = item->data(CodeRole).toString();
    QMenu menu;
    menu.addAction(tr("&Channel with…"), this, [this, code] { emit channelWithRequested(code); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void CountryFilterList::setSnapshot(const TimelineSnapshot& snapshot)
{
    QScopedValueRollback guard(m_updating, true);
    std::map<std::string, int> counts;
    for (const auto& count : snapshot.countryCounts)
        counts[count.id] = count.meetings;

    bool sameCountries =
        static_cast<size_t>(m_list->count()) == snapshot.reference->countries->size();
    for (int row = 0; sameCountries && row < m_list->count(); ++row)
        sameCountries = snapshot.reference->countries->contains(codeOf(m_list->item(row)));
    if (!sameCountries)
        rebuild(snapshot);

    for (int row = 0; row < m_list->count(); ++row) {
        auto* item = m_list->item(row);
        const std::string code = codeOf(item);
        const auto count = counts.find(code);
        updateItem(item, toQString(snapshot.countryName(code)),
                   count == counts.end() ? 0 : count->second);
    }
}

void CountryFilterList::rebuild(const TimelineSnapshot& snapshot)
{
    m_list->clear();
    std::vector<const Country*> countries;
    for (const auto& [code, country] : *snapshot.reference->countries)
        countries.push_back(&country);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::ranges::sort(countries, [&collator](const Country* a, const Country* b) {
        return collator.compare(toQString(a->name), toQString(b->name)) < 0;
    });
    for (const Country* country : countries) {
        auto* item = new QListWidgetItem(m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(CodeRole, toQString(country->code));
        item->setCheckState(m_checked.contains(country->code) ? Qt::Checked : Qt::Unchecked);
    }
    applySearch();
}

void CountryFilterList::updateItem(QListWidgetItem* item, const QString& name, int count)
{
    item->setData(NameRole, name);
    item->setData(CountRole, count);
    item->setText(tr("%1 (%2)").arg(name, QLocale().toString(count)));
    // No match is greyed, not hidden, so the user can still uncheck it.
    if (count == 0)
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    else
        item->setData(Qt::ForegroundRole, QVariant());
}

void CountryFilterList::setChecked(const Filter::Ids& codes)
{
    QScopedValueRollback guard(m_updating, true);
    m_checked = codes;
    for (int row = 0; row < m_list->count(); ++row) {
        auto* item = m_list->item(row);
        item->setCheckState(codes.contains(codeOf(item)) ? Qt::Checked : Qt::Unchecked);
    }
}

void CountryFilterList::applySearch()
{
    const QString term = m_search->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        auto* item = m_list->item(row);
        const bool matches =
            term.isEmpty() || item->data(NameRole).toString().contains(term, Qt::CaseInsensitive) ||
            item->data(CodeRole).toString().compare(term, Qt::CaseInsensitive) == 0;
        item->setHidden(!matches);
    }
}

void CountryFilterList::onItemChanged(QListWidgetItem* item)
{
    if (m_updating)
        return;
    const std::string code = codeOf(item);
    const bool wasChecked = m_checked.contains(code);
    const bool isChecked = item->checkState() == Qt::Checked;
    if (wasChecked == isChecked)
        return;
    if (isChecked)
        m_checked.insert(code);
    else
        m_checked.erase(code);
    emit checkedChanged(m_checked);
}

void CountryFilterList::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    QScopedValueRollback guard(m_updating, true);
    for (int row = 0; row < m_list->count(); ++row) {
        auto* item = m_list->item(row);
        updateItem(item, item->data(NameRole).toString(), item->data(CountRole).toInt());
    }
}

} // namespace parley::ui
