#pragma once

#include "db/model/RecordRules.h"
#include "db/model/Records.h"

#include <QString>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley {
class Store;
}

namespace parley::ui {

struct ReferenceData;

// One record as a picker offers it: what it is called, a line that tells it
// from its namesakes, and every name it can be found by.
struct Choice {
    std::string id;
    QString label;  // "Wang Yi"
    QString detail; // "王毅 · China · Member of the Politburo"
    QString search; // searchKey() of each name, one a line, the label's first
};

// TEXT folded for finding: case and accents dropped ("Zoë" finds "zoe"),
// full-width forms made plain, so that "wang yi" finds "Wang Yi".
QString searchKey(const QString& text);

// The records a form can refer to (sources, countries, topics, officials,
// measures), loaded from the store when the form opens, with the ones made
// inside the form but not yet saved. It is the KnownIds that the form checks
// its record against, so a reference it offers is one it accepts; the store
// checks again on save.
class RecordCatalog final : public KnownIds {
public:
    // Reads the store's records; those HELD by the window, when given, are
    // taken from there instead (all but the sources): reading half a million
    // officials again was a fifth of the wait for the first form.
    static std::shared_ptr<RecordCatalog> load(const Store& store,
                                               const ReferenceData* held = nullptr);

    // In order of label, as people look for them.
    const std::vector<Choice>& choices(RecordKind kind) const;
    const Choice* find(RecordKind kind, const std::string& id) const;
    // The record's label, or its id when the catalog does not hold it.
    QString label(RecordKind kind, const std::string& id) const;
    // A topic's parent, for the cycles a move would make.
    std::optional<std::string> parentOf(const std::string& topicId) const;

    // Adds a record, or replaces the one with its id.
    void add(const Source& source);
    void add(const Country& country);
    void add(const Topic& topic);
    void add(const Official& official);
    void add(const Measure& measure);

    bool contains(RecordKind kind, const std::string& id) const override;
    std::string where() const override { return "in the database"; }

private:
    Choice choiceOf(const Source& source) const;
    Choice choiceOf(const Country& country) const;
    Choice choiceOf(const Topic& topic) const;
    Choice choiceOf(const Official& official) const;
    Choice choiceOf(const Measure& measure) const;
    // Every kind; a kind may be a list or a map by id.
    template <typename Countries, typename Topics, typename Officials, typename Measures>
    void loadAll(const Countries& countries, const std::vector<Source>& sources,
                 const Topics& topics, const Officials& officials, const Measures& measures);
    // Loading appends every record of a kind, then sorts and indexes once.
    template <typename Records> void load(RecordKind kind, const Records& records);
    void sortAndIndex(RecordKind kind);
    // A topic is told from its namesakes by its parent's name.
    void describeSubtopics();
    void put(RecordKind kind, Choice choice);
    std::vector<Choice>& of(RecordKind kind) { return m_choices[static_cast<std::size_t>(kind)]; }

    std::array<std::vector<Choice>, 6> m_choices;
    std::array<std::unordered_map<std::string, std::size_t>, 6> m_index;
    std::map<std::string, std::optional<std::string>> m_parents;
};

} // namespace parley::ui
