#include "ui/editor/RecordCatalog.h"

#include "db/store/Store.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QStringList>

#include <algorithm>

namespace parley::ui {

namespace {

QString joinedKeys(const QStringList& names)
{
    QStringList keys;
    for (const QString& name : names) {
        if (!name.isEmpty())
            keys << searchKey(name);
    }
    return keys.join(QLatin1Char('\n'));
}

QString dotted(const QStringList& parts)
{
    QStringList shown;
    for (const QString& part : parts) {
        if (!part.isEmpty())
            shown << part;
    }
    return shown.join(QStringLiteral(" · "));
}

} // namespace

QString searchKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded();
}

std::shared_ptr<RecordCatalog> RecordCatalog::load(const Store& store)
{
    auto catalog = std::make_shared<RecordCatalog>();
    // Countries first: officials and measures are described by theirs, and
    // topics before their subtopics' descriptions need them.
    catalog->load(RecordKind::Country, store.countries());
    catalog->load(RecordKind::Source, store.sources());
    const auto topics = store.topics();
    for (const auto& topic : topics)
        catalog->m_parents[topic.id] = topic.parent;
    catalog->load(RecordKind::Topic, topics);
    catalog->describeSubtopics();
    catalog->load(RecordKind::Official, store.officials());
    catalog->load(RecordKind::Measure, store.measures(Filter()));
    return catalog;
}

template <typename Record>
void RecordCatalog::load(RecordKind kind, const std::vector<Record>& records)
{
    auto& list = of(kind);
    list.reserve(records.size());
    for (const auto& record : records)
        list.push_back(choiceOf(record));
    sortAndIndex(kind);
}

const std::vector<Choice>& RecordCatalog::choices(RecordKind kind) const
{
    return m_choices[static_cast<std::size_t>(kind)];
}

const Choice* RecordCatalog::find(RecordKind kind, const std::string& id) const
{
    const auto& index = m_index[static_cast<std::size_t>(kind)];
    const auto at = index.find(id);
    return at == index.end() ? nullptr : &choices(kind)[at->second];
}

QString RecordCatalog::label(RecordKind kind, const std::string& id) const
{
    const Choice* choice = find(kind, id);
    return choice ? choice->label : QString::fromStdString(id);
}

std::optional<std::string> RecordCatalog::parentOf(const std::string& topicId) const
{
    const auto at = m_parents.find(topicId);
    return at == m_parents.end() ? std::nullopt : at->second;
}

bool RecordCatalog::contains(RecordKind kind, const std::string& id) const
{
    return find(kind, id) != nullptr;
}

Choice RecordCatalog::choiceOf(const Source& source) const
{
    const QString title = toQString(source.title);
    const QString publisher = toQString(source.publisher);
    return {source.id, title, dotted({publisher, dateText(source.published)}),
            joinedKeys({title, publisher, toQString(source.url.value_or(std::string())),
                        toQString(source.id)})};
}

Choice RecordCatalog::choiceOf(const Country& country) const
{
    const QString name = toQString(country.name);
    const QString code = toQString(country.code);
    return {country.code, name, code, joinedKeys({name, code})};
}

Choice RecordCatalog::choiceOf(const Topic& topic) const
{
    const QString name = toQString(topic.name);
    const QString parent = topic.parent ? label(RecordKind::Topic, *topic.parent) : QString();
    return {topic.id, name, parent, joinedKeys({name, toQString(topic.id)})};
}

Choice RecordCatalog::choiceOf(const Official& official) const
{
    const QString name = toQString(official.name);
    const QString native = toQString(official.nativeName.value_or(std::string()));
    QStringList names{name, native, toQString(official.id)};
    for (const auto& alias : official.aliases)
        names << toQString(alias);
    // The latest office says who this is better than the first.
    const QString office =
        official.positions.empty() ? QString() : toQString(official.positions.back().title);
    return {official.id, name,
            dotted({native, label(RecordKind::Country, official.country), office}),
            joinedKeys(names)};
}

Choice RecordCatalog::choiceOf(const Measure& measure) const
{
    const QString title = toQString(measure.title);
    return {measure.id, title,
            dotted({measureKindText(measure.kind), label(RecordKind::Country, measure.imposedBy),
                    periodText(measure.announced, measure.announced, measure.precision)}),
            joinedKeys({title, toQString(measure.id)})};
}

void RecordCatalog::add(const Source& source) { put(RecordKind::Source, choiceOf(source)); }

void RecordCatalog::add(const Country& country) { put(RecordKind::Country, choiceOf(country)); }

void RecordCatalog::add(const Topic& topic)
{
    m_parents[topic.id] = topic.parent;
    put(RecordKind::Topic, choiceOf(topic));
    describeSubtopics();
}

void RecordCatalog::add(const Official& official) { put(RecordKind::Official, choiceOf(official)); }

void RecordCatalog::add(const Measure& measure) { put(RecordKind::Measure, choiceOf(measure)); }

void RecordCatalog::put(RecordKind kind, Choice choice)
{
    auto& list = of(kind);
    std::erase_if(list, [&](const Choice& c) { return c.id == choice.id; });
    list.push_back(std::move(choice));
    sortAndIndex(kind);
}

void RecordCatalog::sortAndIndex(RecordKind kind)
{
    auto& list = of(kind);
    std::ranges::stable_sort(list, [](const Choice& a, const Choice& b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
    auto& index = m_index[static_cast<std::size_t>(kind)];
    index.clear();
    for (std::size_t i = 0; i < list.size(); ++i)
        index.emplace(list[i].id, i);
}

void RecordCatalog::describeSubtopics()
{
    for (auto& choice : of(RecordKind::Topic)) {
        const auto parent = parentOf(choice.id);
        choice.detail = parent ? label(RecordKind::Topic, *parent) : QString();
    }
}

} // namespace parley::ui
