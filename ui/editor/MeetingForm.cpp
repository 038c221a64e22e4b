#include "ui/editor/MeetingForm.h"

#include "db/model/Vocabulary.h"
#include "ui/editor/ChoiceBox.h"
#include "ui/editor/DateField.h"
#include "ui/editor/FormText.h"
#include "ui/editor/PrecisionBox.h"
#include "ui/editor/RecordPicker.h"
#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace parley::ui {

MeetingForm::MeetingForm(FormContext context, QWidget* parent)
    : RecordFormOf<Meeting>(std::move(context), parent)
    , m_title(textField(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_precision(new PrecisionBox(this))
    , m_period(new QLabel(this))
    , m_place(textField(this))
    , m_host(new ChoiceBox(this->context().catalog, RecordKind::Country, this))
    , m_kind(kindCombo(meetingKinds(), &meetingKindText, this))
    , m_participants(new RecordPicker(this->context().catalog, RecordKind::Official, this))
    , m_topics(new RecordPicker(this->context().catalog, RecordKind::Topic, this))
    , m_measures(new RecordPicker(this->context().catalog, RecordKind::Measure, this))
    , m_summary(longTextField(this))
    , m_sources(new RecordPicker(this->context().catalog, RecordKind::Source, this))
{
    m_title->setPlaceholderText(tr("What the meeting is known as"));
    m_start->setAccessibleName(tr("Start"));
    m_end->setAccessibleName(tr("End"));
    m_end->setToolTip(tr("The last day; the same as the start for a meeting of one day"));
    m_precision->setAccessibleName(tr("Precision"));
    m_period->setForegroundRole(QPalette::PlaceholderText);
    m_place->setPlaceholderText(tr("City, venue"));
    m_host->setToolTip(tr("The country that hosts the meeting"));
    m_participants->setPlaceholderText(tr("Add a participant by name, native name or alias…"));
    m_participants->setAccessibleName(tr("Participants"));
    m_topics->setPlaceholderText(tr("Add a topic…"));
    m_topics->setAccessibleName(tr("Topics"));
    m_measures->setPlaceholderText(tr("Add a measure raised at the meeting…"));
    m_measures->setAccessibleName(tr("Measures"));
    m_sources->setPlaceholderText(tr("Add a source by title or publisher…"));
    m_sources->setAccessibleName(tr("Sources"));
    m_summary->setPlaceholderText(tr("What was said and agreed, in a few sentences"));
    offerCreation(m_participants, RecordKind::Official);
    offerCreation(m_topics, RecordKind::Topic);
    offerCreation(m_sources, RecordKind::Source);

    auto* dates = new QWidget(this);
    auto* datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_start);
    datesLayout->addWidget(new QLabel(tr("to"), dates));
    datesLayout->addWidget(m_end);
    datesLayout->addWidget(m_precision);
    datesLayout->addWidget(m_period, 1);

    auto* left = new QFormLayout;
    left->addRow(tr("&Title:"), field("title", m_title));
    left->addRow(tr("&Dates:"), field("start", dates));
    showWith("end", m_end, "start");
    dates->setFocusProxy(m_start);
    left->addRow(tr("&Place:"), field("location", m_place));
    left->addRow(tr("&Host:"), field("host", m_host));
    left->addRow(tr("&Kind:"), field("kind", m_kind));
    left->addRow(tr("Su&mmary:"), field("summary", m_summary));
    auto* right = new QFormLayout;
    right->addRow(tr("P&articipants:"), field("participants", m_participants));
    right->addRow(tr("T&opics:"), field("topics", m_topics));
    right->addRow(tr("Mea&sures:"), field("measures", m_measures));
    right->addRow(tr("So&urces:"), field("sources", m_sources));
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    setFields(columns);
    tabChain({m_title, m_start, m_end, m_precision, m_place, m_host, m_kind, m_participants,
              m_topics, m_measures, m_sources, m_summary});

    watch(m_title, {"title"});
    watch(m_start, {"start"});
    watch(m_end, {"end"});
    watch(m_precision, {"start", "end"});
    watch(m_place, {"location"});
    watch(m_host, {"host"});
    watch(m_kind, {"kind"});
    watch(m_participants, {"participants"});
    watch(m_topics, {"topics"});
    watch(m_measures, {"measures"});
    watch(m_summary, {"summary"});
    watch(m_sources, {"sources"});
    connect(m_start, &QLineEdit::textEdited, this, &MeetingForm::startEdited);
    connect(m_start, &QLineEdit::textChanged, this, &MeetingForm::updatePeriod);
    connect(m_end, &QLineEdit::textChanged, this, &MeetingForm::updatePeriod);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &MeetingForm::updatePeriod);
    resize(980, 560);
}

QString MeetingForm::recordName() const { return m_title->text().trimmed(); }

void MeetingForm::fill(const Meeting& meeting)
{
    m_shown = meeting;
    m_title->setText(QString::fromStdString(meeting.title));
    m_start->setDate(meeting.start);
    m_end->setDate(meeting.end);
    m_startText = m_start->text();
    m_precision->setPrecision(meeting.precision);
    m_place->setText(toText(meeting.location));
    m_host->setId(meeting.host);
    setKind(m_kind, meeting.kind);
    m_participants->setIds(meeting.participants);
    m_topics->setIds(meeting.topics);
    m_measures->setIds(meeting.measures);
    m_summary->setPlainText(toText(meeting.summary));
    m_sources->setIds(meeting.sources);
    updatePeriod();
}

Meeting MeetingForm::read() const
{
    Meeting meeting;
    meeting.title = textOf(m_title);
    meeting.start = m_start->date().value_or(m_shown.start);
    meeting.end = m_end->date().value_or(m_shown.end);
    meeting.precision = m_precision->precision();
    meeting.location = optionalTextOf(m_place);
    meeting.host = m_host->id();
    meeting.kind = kindOf(m_kind);
    meeting.participants = m_participants->ids();
    meeting.topics = m_topics->ids();
    meeting.measures = m_measures->ids();
    meeting.summary = optionalTextOf(m_summary);
    meeting.sources = m_sources->ids();
    return meeting;
}

std::vector<FieldProblem> MeetingForm::parseProblems() const
{
    std::vector<FieldProblem> problems;
    if (const QString problem = m_start->problem(); !problem.isEmpty())
        problems.push_back({"start", problem});
    if (const QString problem = m_end->problem(); !problem.isEmpty())
        problems.push_back({"end", problem});
    if (m_host->id().empty())
        problems.push_back({"host", problemText("empty (required)")});
    return problems;
}

std::string MeetingForm::idBase() const
{
    return textOf(m_title) + " " + toIso(m_start->date().value_or(m_shown.start));
}

QString MeetingForm::describeField(const std::string& field) const
{
    if (field == "start")
        return tr("Start");
    if (field == "end")
        return tr("End");
    return {};
}

void MeetingForm::startEdited()
{
    // A meeting of one day ends when it starts: the end follows the start
    // until it is set apart from it.
    if (m_end->text() == m_startText || m_end->text().trimmed().isEmpty()) {
        m_end->setText(m_start->text());
        edited({"end"});
    }
    m_startText = m_start->text();
}

void MeetingForm::updatePeriod()
{
    const auto start = m_start->date();
    const auto end = m_end->date();
    m_period->setText(start && end && *start <= *end
                          ? periodText(*start, *end, m_precision->precision())
                          : QString());
}

} // namespace parley::ui
