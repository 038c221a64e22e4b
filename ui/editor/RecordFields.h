#pragma once

// A record field by field, for when another program changed a record while
// it was being edited: which fields each side changed, and the record that
// keeps both sides' changes when they changed different fields.

#include "db/model/Records.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace parley::ui {

template <typename Record> struct FieldOf {
    const char* label; // for people, translated in the context "parley::ui::RecordFields"
    std::function<bool(const Record&, const Record&)> same;
    std::function<void(Record& to, const Record& from)> copy;
};

// Every field of a record but its id, in the order of its form.
template <typename Record> const std::vector<FieldOf<Record>>& fieldsOf();
template <> const std::vector<FieldOf<Source>>& fieldsOf<Source>();
template <> const std::vector<FieldOf<Country>>& fieldsOf<Country>();
template <> const std::vector<FieldOf<Topic>>& fieldsOf<Topic>();
template <> const std::vector<FieldOf<Official>>& fieldsOf<Official>();
template <> const std::vector<FieldOf<Meeting>>& fieldsOf<Meeting>();
template <> const std::vector<FieldOf<Measure>>& fieldsOf<Measure>();

// A field's label in the interface's language.
QString fieldLabel(const char* label);

// The labels of the fields in which A and B differ.
template <typename Record> QStringList changedFields(const Record& a, const Record& b)
{
    QStringList labels;
    for (const auto& field : fieldsOf<Record>()) {
        if (!field.same(a, b))
            labels << fieldLabel(field.label);
    }
    return labels;
}

// Whether MINE and THEIRS, both edited from BASE, changed no field alike.
template <typename Record>
bool changeDifferentFields(const Record& base, const Record& mine, const Record& theirs)
{
    for (const auto& field : fieldsOf<Record>()) {
        if (!field.same(base, mine) && !field.same(base, theirs) && !field.same(mine, theirs))
            return false;
    }
    return true;
}

// THEIRS with the fields that MINE changed from BASE.
template <typename Record>
Record combined(const Record& base, const Record& mine, const Record& theirs)
{
    Record result = theirs;
    for (const auto& field : fieldsOf<Record>()) {
        if (!field.same(base, mine))
            field.copy(result, mine);
    }
    return result;
}

} // namespace parley::ui
