#include "ui/filters/FilterPanel.h"

#include "db/model/Vocabulary.h"
#include "ui/filters/CountryFilterList.h"
#include "ui/filters/TopicFilterTree.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStringList>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {

namespace {

// A titled box; the content is made inside it so the focus chain follows the layout.
template <typename Content> Content* inGroupBox(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setAccessibleName(title);
    auto* content = new Content(box);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return content;
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_textDelay(new QTimer(this))
{
    setAccessibleName(tr("Filters"));
    m_text->setPlaceholderText(tr("Search meetings…"));
    m_text->setAccessibleName(tr("Search meetings"));
    m_text->setClearButtonEnabled(true);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(kTextDelayMs);

    // Made in reading order, which is also the Tab order.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(createDatesBox());
    layout->addWidget(createKindsBox());
    m_countries = inGroupBox<CountryFilterList>(tr("Countries"), this);
    layout->addWidget(m_countries->parentWidget(), 1);
    m_topics = inGroupBox<TopicFilterTree>(tr("Topics"), this);
    layout->addWidget(m_topics->parentWidget(), 1);
    layout->addWidget(createOfficialsRow());
    auto* reset = new QPushButton(tr("Reset filters"), this);
    reset->setAccessibleName(tr("Reset filters"));
    layout->addWidget(reset);

    // Typing restarts the delay, so a burst of keys filters once, after it.
    connect(m_text, &QLineEdit::textEdited, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &FilterPanel::flushText);
    connect(m_textDelay, &QTimer::timeout, this, &FilterPanel::flushText);
    connect(m_countries, &CountryFilterList::channelWithRequested, this,
            &FilterPanel::channelWithRequested);
    connect(
        m_countries, &CountryFilterList::checkedChanged, this,
        [this](const Filter::Ids& codes) { change([&](Filter& f) { f.setCountries(codes); }); });
    connect(m_topics, &TopicFilterTree::checkedChanged, this,
            [this](const Filter::Ids& topics) { change([&](Filter& f) { f.setTopics(topics); }); });
    connect(reset, &QPushButton::clicked, this, &FilterPanel::reset);
}

QWidget* FilterPanel::createDatesBox()
{
    auto* box = new QGroupBox(tr("Dates"), this);
    box->setAccessibleName(tr("Dates"));
    m_fromEnabled = new QCheckBox(tr("From"), box);
    m_from = new QDateEdit(box);
    m_toEnabled = new QCheckBox(tr("To"), box);
    m_to = new QDateEdit(box);
    m_fromEnabled->setAccessibleName(tr("Limit start date"));
    m_toEnabled->setAccessibleName(tr("Limit end date"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        //: The date fields' format (QDate::toString); Chinese writes yyyy年M月d日.
        edit->setDisplayFormat(tr("d MMM yyyy", "date field format"));
        // Only a finished date filters, not every digit typed on the way.
        edit->setKeyboardTracking(false);
        edit->setEnabled(false);
        // Its least date stands for no date: the bound offered by data with no meeting.
        edit->setSpecialValueText(tr("none", "a date field with no date"));
        connect(edit, &QDateEdit::dateChanged, this, &FilterPanel::onDateEdited);
    }
    for (QCheckBox* check : {m_fromEnabled, m_toEnabled})
        connect(check, &QCheckBox::toggled, this, &FilterPanel::onDateEdited);

    struct Preset {
        QString label;
        QString accessibleName;
        int years; // back from the last day of the data; 0 for no limit
    };
    // Counted back from the data's last day, not today's: a history of the
    // 1960s has no "last year" of today.
    const Preset presets[] = {{tr("Last year"), tr("The last year of the data"), 1},
                              {tr("Last 5 years"), tr("The last five years of the data"), 5},
                              {tr("All"), tr("All dates"), 0}};
    auto* presetRow = new QHBoxLayout;
    for (const auto& preset : presets) {
        auto* button = new QPushButton(preset.label, box);
        button->setAccessibleName(preset.accessibleName);
        button->setToolTip(preset.accessibleName);
        presetRow->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, years = preset.years] { applyPreset(years); });
    }

    auto* grid = new QGridLayout(box);
    grid->addWidget(m_fromEnabled, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_toEnabled, 1, 0);
    grid->addWidget(m_to, 1, 1);
    grid->addLayout(presetRow, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    return box;
}

QWidget* FilterPanel::createKindsBox()
{
    auto* box = new QGroupBox(tr("Kinds of meeting"), this);
    box->setAccessibleName(tr("Kinds of meeting"));
    auto* grid = new QGridLayout(box);
    int index = 0;
    for (std::string_view kind : meetingKinds()) {
        auto* check = new QCheckBox(meetingKindText(kind), box);
        check->setAccessibleName(check->text());
        grid->addWidget(check, index / 2, index % 2);
        ++index;
        m_kinds.emplace(std::string(kind), check);
        connect(check, &QCheckBox::toggled, this, [this] {
            Filter::Ids kinds;
            for (const auto& [id, kindBox] : m_kinds) {
                if (kindBox->isChecked())
                    kinds.insert(id);
            }
            change([&](Filter& f) { f.setKinds(kinds); });
        });
    }
    return box;
}

QWidget* FilterPanel::createOfficialsRow()
{
    // The officials facet has no list here (it comes from the official panel);
    // the row says it is active and offers to drop it.
    m_officialsRow = new QWidget(this);
    m_officials = new QLabel(m_officialsRow);
    m_officials->setWordWrap(true);
    auto* clear = new QToolButton(m_officialsRow);
    clear->setText(tr("Clear"));
    clear->setAccessibleName(tr("Clear the officials filter"));
    auto* row = new QHBoxLayout(m_officialsRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_officials, 1);
    row->addWidget(clear);
    m_officialsRow->hide();
    connect(clear, &QToolButton::clicked, this,
            [this] { change([](Filter& f) { f.setOfficials({}); }); });
    return m_officialsRow;
}

template <typename Change> void FilterPanel::change(Change&& apply)
{
    if (m_updating)
        return;
    Filter next = m_filter;
    apply(next);
    if (next == m_filter)
        return;
    m_filter = std::move(next);
    showOfficials();
    emit filterChanged(m_filter);
}

void FilterPanel::setSnapshot(SnapshotPtr snapshot)
{
    QScopedValueRollback guard(m_updating, true);
    m_snapshot = std::move(snapshot);
    if (!m_snapshot)
        return;
    m_countries->setSnapshot(*m_snapshot);
    m_topics->setSnapshot(*m_snapshot);
    // An unchecked bound offers the span of what is shown, a useful start
    // when it is ticked. Data with no meeting at all (another database still
    // loading, or an empty one) offers none: the bounds go blank rather than
    // keep the span of the file before.
    const auto& meetings = m_snapshot->meetings;
    if (m_snapshot->reference->index->size() == 0) {
        for (auto [check, edit] : dateBounds()) {
            if (!check->isChecked())
                edit->setDate(edit->minimumDate());
        }
    } else if (!meetings.empty()) {
        if (!m_fromEnabled->isChecked())
            m_from->setDate(toQDate(meetings.front().start));
        if (!m_toEnabled->isChecked())
            m_to->setDate(toQDate(*m_snapshot->lastMeetingDay()));
    }
    showOfficials();
}

void FilterPanel::setFilter(const Filter& filter)
{
    QScopedValueRollback guard(m_updating, true);
    m_filter = filter;
    m_textDelay->stop();
    if (m_text->text().toStdString() != filter.text())
        m_text->setText(toQString(filter.text()));
    showDates();
    for (const auto& [kind, kindBox] : m_kinds)
        kindBox->setChecked(filter.kinds().contains(kind));
    m_countries->setChecked(filter.countries());
    m_topics->setChecked(filter.topics());
    showOfficials();
}

std::array<std::pair<QCheckBox*, QDateEdit*>, 2> FilterPanel::dateBounds() const
{
    return {std::pair(m_fromEnabled, m_from), std::pair(m_toEnabled, m_to)};
}

void FilterPanel::showDates()
{
    m_fromEnabled->setChecked(m_filter.from().has_value());
    m_toEnabled->setChecked(m_filter.to().has_value());
    if (m_filter.from())
        m_from->setDate(toQDate(*m_filter.from()));
    if (m_filter.to())
        m_to->setDate(toQDate(*m_filter.to()));
    m_from->setEnabled(m_fromEnabled->isChecked());
    m_to->setEnabled(m_toEnabled->isChecked());
}

void FilterPanel::showOfficials()
{
    QStringList names;
    for (const auto& id : m_filter.officials())
        names << toQString(m_snapshot ? m_snapshot->officialName(id) : id);
    m_officials->setText(tr("Only meetings with %1").arg(names.join(QStringLiteral(", "))));
    m_officialsRow->setVisible(!names.isEmpty());
}

void FilterPanel::onDateEdited()
{
    if (m_updating)
        return;
    m_from->setEnabled(m_fromEnabled->isChecked());
    m_to->setEnabled(m_toEnabled->isChecked());
    // A bound ticked while it offered no date starts from today's.
    for (auto [check, edit] : dateBounds()) {
        if (check->isChecked() && edit->date() == edit->minimumDate()) {
            QScopedValueRollback guard(m_updating, true);
            edit->setDate(QDate::currentDate());
        }
    }
    // A range that ends before it starts would hide everything: move the other bound.
    if (m_fromEnabled->isChecked() && m_toEnabled->isChecked() && m_from->date() > m_to->date()) {
        QScopedValueRollback guard(m_updating, true);
        if (sender() == m_to)
            m_from->setDate(m_to->date());
        else
            m_to->setDate(m_from->date());
    }
    change([this](Filter& f) {
        f.setFrom(m_fromEnabled->isChecked() ? std::optional(fromQDate(m_from->date()))
                                             : std::nullopt);
        f.setTo(m_toEnabled->isChecked() ? std::optional(fromQDate(m_to->date())) : std::nullopt);
    });
}

void FilterPanel::applyPreset(int years)
{
    const auto span = m_snapshot ? m_snapshot->reference->meetingsSpan() : std::nullopt;
    if (!span)
        return;
    const Date last = span->last();
    const Period range =
        years > 0 ? Period(std::max(span->begin(), last - boost::gregorian::years(years) +
                                                       boost::gregorian::days(1)),
                           span->end())
                  : *span;
    {
        QScopedValueRollback guard(m_updating, true);
        m_fromEnabled->setChecked(years > 0);
        m_toEnabled->setChecked(years > 0);
        if (years > 0) {
            m_from->setDate(toQDate(range.begin()));
            m_to->setDate(toQDate(range.last()));
        }
    }
    onDateEdited();
    emit rangeChosen(range);
}

void FilterPanel::flushText()
{
    m_textDelay->stop();
    const std::string text = m_text->text().toStdString();
    change([&](Filter& f) { f.setText(text); });
}

void FilterPanel::reset()
{
    m_textDelay->stop();
    const bool changed = !m_filter.isEmpty();
    setFilter(Filter());
    if (changed)
        emit filterChanged(m_filter);
}

} // namespace parley::ui
