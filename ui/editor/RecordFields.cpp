#include "ui/editor/RecordFields.h"

#include <QCoreApplication>

namespace parley::ui {

namespace {

template <typename Record, typename Value>
FieldOf<Record> member(const char* label, Value Record::*value)
{
    return {label, [value](const Record& a, const Record& b) { return a.*value == b.*value; },
            [value](Record& to, const Record& from) {
                to.*value = from.*value;
            }};
}

} // namespace

QString fieldLabel(const char* label)
{
    return QCoreApplication::translate("parley::ui::RecordFields", label);
}

template <> const std::vector<FieldOf<Source>>& fieldsOf<Source>()
{
    static const std::vector<FieldOf<Source>> fields{
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "publisher"), &Source::publisher),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "title"), &Source::title),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "date"), &Source::published),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "URL"), &Source::url),
    };
    return fields;
}

template <> const std::vector<FieldOf<Country>>& fieldsOf<Country>()
{
    static const std::vector<FieldOf<Country>> fields{
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "name"), &Country::name),
    };
    return fields;
}

template <> const std::vector<FieldOf<Topic>>& fieldsOf<Topic>()
{
    static const std::vector<FieldOf<Topic>> fields{
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "name"), &Topic::name),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "parent"), &Topic::parent),
    };
    return fields;
}

template <> const std::vector<FieldOf<Official>>& fieldsOf<Official>()
{
    static const std::vector<FieldOf<Official>> fields{
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "name"), &Official::name),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "native name"), &Official::nativeName),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "aliases"), &Official::aliases),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "country"), &Official::country),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "offices"), &Official::positions),
    };
    return fields;
}

template <> const std::vector<FieldOf<Meeting>>& fieldsOf<Meeting>()
{
    // The dates and their precision are one field: a precision changed on
    // one side and a date on the other would not fit together.
    static const std::vector<FieldOf<Meeting>> fields{
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "title"), &Meeting::title),
        {QT_TRANSLATE_NOOP("parley::ui::RecordFields", "dates"),
         [](const Meeting& a, const Meeting& b) {
             return a.start == b.start && a.end == b.end && a.precision == b.precision;
         },
         [](Meeting& to, const Meeting& from) {
             to.start = from.start;
             to.end = from.end;
             to.precision = from.precision;
         }},
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "place"), &Meeting::location),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "host"), &Meeting::host),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "kind"), &Meeting::kind),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "participants"),
               &Meeting::participants),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "topics"), &Meeting::topics),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "measures"), &Meeting::measures),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "summary"), &Meeting::summary),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "sources"), &Meeting::sources),
    };
    return fields;
}

template <> const std::vector<FieldOf<Measure>>& fieldsOf<Measure>()
{
    static const std::vector<FieldOf<Measure>> fields{
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "title"), &Measure::title),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "kind"), &Measure::kind),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "imposed by"), &Measure::imposedBy),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "targets"), &Measure::targets),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "target entity"),
               &Measure::targetEntity),
        {QT_TRANSLATE_NOOP("parley::ui::RecordFields", "announced"),
         [](const Measure& a, const Measure& b) {
             return a.announced == b.announced && a.precision == b.precision;
         },
         [](Measure& to, const Measure& from) {
             to.announced = from.announced;
             to.precision = from.precision;
         }},
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "topics"), &Measure::topics),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "summary"), &Measure::summary),
        member(QT_TRANSLATE_NOOP("parley::ui::RecordFields", "sources"), &Measure::sources),
    };
    return fields;
}

} // namespace parley::ui
