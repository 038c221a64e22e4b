#pragma once

#include "ui/editor/ProblemText.h"
#include "ui/editor/RecordAccess.h"
#include "ui/editor/RecordFields.h"
#include "ui/editor/RecordForm.h"

#include <optional>
#include <type_traits>

namespace parley::ui {

// The part of a form that is the same for every kind of record, written once
// for its type: loading, the change it saves, the rules it is checked by, and
// what to do when another program changed the record meanwhile. A form for
// a kind says how its fields show a record (fill) and make one (read).
template <typename Record> class RecordFormOf : public RecordForm {
public:
    RecordFormOf(FormContext context, QWidget* parent)
        : RecordForm(kindOf<Record>(), std::move(context), parent)
    {
    }

    // Shows RECORD: one of the store's (EXISTING), or the start of a new one.
    // Problems show at once for an existing or a copied record, and for a
    // blank one as its fields are edited.
    void load(const Record& record, bool existing, bool showProblems)
    {
        m_loaded = existing ? std::optional(record) : std::nullopt;
        m_id = existing ? idOf(record) : std::string();
        fill(record);
        markLoaded(existing, existing || showProblems);
    }

    // The record the fields make.
    Record record() const
    {
        Record record = read();
        if constexpr (!std::is_same_v<Record, Country>)
            setIdOf(record, m_id.empty() ? std::string("new") : m_id);
        return record;
    }

    ChangeSet change() const override
    {
        ChangeSet change;
        change.put = madeHere();
        recordsOf<Record>(change.put).push_back(record());
        return change;
    }

    Dataset loaded() const override
    {
        Dataset dataset;
        if (m_loaded)
            recordsOf<Record>(dataset).push_back(*m_loaded);
        return dataset;
    }

    Conflict conflictWith(const Dataset& now) const override
    {
        Conflict conflict;
        const auto& records = recordsOf<Record>(now);
        if (!m_loaded)
            return conflict;
        if (records.empty()) {
            conflict.deleted = true;
            return conflict;
        }
        const Record mine = record();
        conflict.theirFields = changedFields(*m_loaded, records.front());
        conflict.yourFields = changedFields(*m_loaded, mine);
        conflict.combinable = changeDifferentFields(*m_loaded, mine, records.front());
        return conflict;
    }

    void rebase(const Dataset& now, bool combine) override
    {
        const auto& records = recordsOf<Record>(now);
        if (records.empty())
            return;
        const Record mine = record();
        const Record& theirs = records.front();
        const Record shown = combine ? combined(*m_loaded, mine, theirs) : theirs;
        m_loaded = theirs;
        fill(shown);
        markLoaded(true, true);
        if (combine)
            edited({});
    }

protected:
    virtual void fill(const Record& record) = 0;
    virtual Record read() const = 0;

    std::vector<FieldProblem> ruleProblems() const override
    {
        std::vector<Problem> found;
        if constexpr (std::is_same_v<Record, Source> || std::is_same_v<Record, Country>)
            found = problemsOf(record());
        else
            found = problemsOf(record(), catalog());
        std::vector<FieldProblem> problems;
        problems.reserve(found.size());
        for (const auto& problem : found)
            problems.push_back({problem.field, problemText(problem.message)});
        return problems;
    }

    std::optional<Record> m_loaded;
};

} // namespace parley::ui
