#include "ui/editor/RecordCatalog.h"

#include "db/store/Store.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/model/TimelineSnapshot.h"

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

// A record, in a list of them or a map by id.
template <typename Record> const Record& recordOf(const Record& record) { return record; }

template <typename Record> const Record& recordOf(const std::pair<const std::string, Record>& entry)
{
    return entry.second;
}

} // namespace

QString searchKey(const QString& text)
{
    // Plain ASCII has no accent or compatibility form to drop, only case: a
    // database of ten million meetings names half a million officials, and
    // decomposing each name was a fifth of the wait for the first form.
    if (std::ranges::all_of(text, [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded();
}

std::shared_ptr<RecordCatalog> RecordCatalog::load(const Store& store, const ReferenceData* held)
{
    auto catalog = std::make_shared<RecordCatalog>();
    if (held) {
        catalog->loadAll(*held->countries, store.sources(), *held->topics, *held->officials,
                         *held->allMeasures);
    } else {
        catalog->loadAll(store.countries(), store.sources(), store.topics(), store.officials(),
                         store.measures(Filter()));
    }
    return catalog;
}

template <typename Countries, typename Topics, typename Officials, typename Measures>
void RecordCatalog::loadAll(const Countries& countries, const std::vector<Source>& sources,
                            const Topics& topics, const Officials& officials,
                            const Measures& measures)
{
    // Countries first: officials and measures are described by theirs, and
    // topics before their subtopics' descriptions need them.
    load(RecordKind::Country, countries);
    load(RecordKind::Source, sources);
    for (const auto& entry : topics) {
        const Topic& topic = recordOf(entry);
        m_parents[topic.id] = topic.parent;
    }
    load(RecordKind::Topic, topics);
    describeSubtopics();
    load(RecordKind::Official, officials);
    load(RecordKind::Measure, measures);
}

template <typename Records> void RecordCatalog::load(RecordKind kind, const Records& records)
{
    auto& list = of(kind);
    list.reserve(records.size());
    for (const auto& entry : records)
        list.push_back(choiceOf(recordOf(entry)));
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
    // Namesakes by id, whatever order the records came in.
    std::ranges::sort(list, [](const Choice& a, const Choice& b) {
        const int order = a.label.localeAwareCompare(b.label);
        return order != 0 ? order < 0 : a.id < b.id;
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
