#include "ui/editor/FormFactory.h"

#include "db/store/Store.h"
#include "ui/editor/CountryForm.h"
#include "ui/editor/MeasureForm.h"
#include "ui/editor/MeetingForm.h"
#include "ui/editor/OfficialForm.h"
#include "ui/editor/RecordsNow.h"
#include "ui/editor/SourceForm.h"
#include "ui/editor/TopicForm.h"
#include "ui/model/DateText.h"

#include <QDate>

namespace parley::ui {

namespace {

Date today() { return fromQDate(QDate::currentDate()); }

template <typename Form, typename Record>
RecordForm* formOn(const Record& record, bool existing, FormContext context, QWidget* parent,
                   const QString& title)
{
    auto* form = new Form(std::move(context), parent);
    form->load(record, existing, false);
    form->setWindowTitle(title);
    return form;
}

template <typename Form, typename Record>
RecordForm* existingForm(const std::vector<Record>& records, FormContext context, QWidget* parent)
{
    if (records.empty())
        return nullptr;
    return formOn<Form>(records.front(), true, std::move(context), parent,
                        editFormTitle(kindOf<Record>()));
}

} // namespace

QString newRecordText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return RecordForm::tr("New source “%1”…");
    case RecordKind::Country:
        return RecordForm::tr("New country “%1”…");
    case RecordKind::Topic:
        return RecordForm::tr("New topic “%1”…");
    case RecordKind::Official:
        return RecordForm::tr("New official “%1”…");
    case RecordKind::Meeting:
        return RecordForm::tr("New meeting “%1”…");
    case RecordKind::Measure:
        return RecordForm::tr("New measure “%1”…");
    }
    return {};
}

QString newFormTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return RecordForm::tr("New Source");
    case RecordKind::Country:
        return RecordForm::tr("New Country");
    case RecordKind::Topic:
        return RecordForm::tr("New Topic");
    case RecordKind::Official:
        return RecordForm::tr("New Official");
    case RecordKind::Meeting:
        return RecordForm::tr("New Meeting");
    case RecordKind::Measure:
        return RecordForm::tr("New Measure");
    }
    return {};
}

QString editFormTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return RecordForm::tr("Edit Source");
    case RecordKind::Country:
        return RecordForm::tr("Edit Country");
    case RecordKind::Topic:
        return RecordForm::tr("Edit Topic");
    case RecordKind::Official:
        return RecordForm::tr("Edit Official");
    case RecordKind::Meeting:
        return RecordForm::tr("Edit Meeting");
    case RecordKind::Measure:
        return RecordForm::tr("Edit Measure");
    }
    return {};
}

RecordForm* newRecordForm(RecordKind kind, FormContext context, const QString& name,
                          QWidget* parent)
{
    const std::string text = name.trimmed().toStdString();
    const QString title = newFormTitle(kind);
    switch (kind) {
    case RecordKind::Source: {
        Source source;
        source.title = text;
        source.published = today();
        return formOn<SourceForm>(source, false, std::move(context), parent, title);
    }
    case RecordKind::Country:
        return formOn<CountryForm>(Country{{}, text}, false, std::move(context), parent, title);
    case RecordKind::Topic:
        return formOn<TopicForm>(Topic{{}, text, {}}, false, std::move(context), parent, title);
    case RecordKind::Official: {
        Official official;
        official.name = text;
        return formOn<OfficialForm>(official, false, std::move(context), parent, title);
    }
    case RecordKind::Meeting: {
        Meeting meeting;
        meeting.title = text;
        meeting.start = meeting.end = today();
        meeting.kind = "bilateral";
        return formOn<MeetingForm>(meeting, false, std::move(context), parent, title);
    }
    case RecordKind::Measure: {
        Measure measure;
        measure.title = text;
        measure.announced = today();
        measure.kind = "sanction";
        return formOn<MeasureForm>(measure, false, std::move(context), parent, title);
    }
    }
    return nullptr;
}

RecordForm* editRecordForm(RecordKind kind, const std::string& id, FormContext context,
                           QWidget* parent)
{
    // Read as conflicts are checked, so that an unchanged record compares equal.
    const Dataset now = recordsNow(*context.store, oneId(kind, id));
    switch (kind) {
    case RecordKind::Source:
        return existingForm<SourceForm>(now.sources, std::move(context), parent);
    case RecordKind::Country:
        return existingForm<CountryForm>(now.countries, std::move(context), parent);
    case RecordKind::Topic:
        return existingForm<TopicForm>(now.topics, std::move(context), parent);
    case RecordKind::Official:
        return existingForm<OfficialForm>(now.officials, std::move(context), parent);
    case RecordKind::Meeting:
        return existingForm<MeetingForm>(now.meetings, std::move(context), parent);
    case RecordKind::Measure:
        return existingForm<MeasureForm>(now.measures, std::move(context), parent);
    }
    return nullptr;
}

} // namespace parley::ui
