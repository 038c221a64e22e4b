#include "ui/editor/MeasureForm.h"

#include "db/model/Vocabulary.h"
#include "ui/editor/ChoiceBox.h"
#include "ui/editor/DateField.h"
#include "ui/editor/FormText.h"
#include "ui/editor/PrecisionBox.h"
#include "ui/editor/RecordPicker.h"
#include "ui/model/HtmlText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace parley::ui {

MeasureForm::MeasureForm(FormContext context, QWidget* parent)
    : RecordFormOf<Measure>(std::move(context), parent)
    , m_title(textField(this))
    , m_kind(kindCombo(measureKinds(), &measureKindText, this))
    , m_imposedBy(new ChoiceBox(this->context().catalog, RecordKind::Country, this))
    , m_targets(new RecordPicker(this->context().catalog, RecordKind::Country, this))
    , m_targetEntity(textField(this))
    , m_announced(new DateField(this))
    , m_precision(new PrecisionBox(this))
    , m_topics(new RecordPicker(this->context().catalog, RecordKind::Topic, this))
    , m_summary(longTextField(this))
    , m_sources(new RecordPicker(this->context().catalog, RecordKind::Source, this))
{
    m_title->setPlaceholderText(tr("What the measure is known as"));
    m_targets->setPlaceholderText(tr("Add a target country…"));
    m_targets->setAccessibleName(tr("Targets"));
    m_targetEntity->setPlaceholderText(tr("A company, body or person, if the measure names one"));
    m_precision->setAccessibleName(tr("Precision"));
    m_topics->setPlaceholderText(tr("Add a topic…"));
    m_topics->setAccessibleName(tr("Topics"));
    m_sources->setPlaceholderText(tr("Add a source by title or publisher…"));
    m_sources->setAccessibleName(tr("Sources"));
    offerCreation(m_topics, RecordKind::Topic);
    offerCreation(m_sources, RecordKind::Source);

    auto* announced = new QWidget(this);
    auto* announcedLayout = new QHBoxLayout(announced);
    announcedLayout->setContentsMargins(0, 0, 0, 0);
    announcedLayout->addWidget(m_announced);
    announcedLayout->addWidget(m_precision);
    announcedLayout->addStretch(1);
    announced->setFocusProxy(m_announced);

    auto* left = new QFormLayout;
    left->addRow(tr("&Title:"), field("title", m_title));
    left->addRow(tr("&Kind:"), field("kind", m_kind));
    left->addRow(tr("&Imposed by:"), field("imposed_by", m_imposedBy));
    left->addRow(tr("Targ&ets:"), field("targets", m_targets));
    left->addRow(tr("Target e&ntity:"), field("target_entity", m_targetEntity));
    left->addRow(tr("&Announced:"), field("announced", announced));
    auto* right = new QFormLayout;
    right->addRow(tr("T&opics:"), field("topics", m_topics));
    right->addRow(tr("So&urces:"), field("sources", m_sources));
    right->addRow(tr("Su&mmary:"), field("summary", m_summary));
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    setFields(columns);
    tabChain({m_title, m_kind, m_imposedBy, m_targets, m_targetEntity, m_announced, m_precision,
              m_topics, m_sources, m_summary});

    watch(m_title, {"title"});
    watch(m_kind, {"kind"});
    watch(m_imposedBy, {"imposed_by"});
    watch(m_targets, {"targets"});
    watch(m_targetEntity, {"target_entity"});
    watch(m_announced, {"announced"});
    watch(m_precision, {"announced"});
    watch(m_topics, {"topics"});
    watch(m_summary, {"summary"});
    watch(m_sources, {"sources"});
    resize(900, 480);
}

QString MeasureForm::recordName() const { return m_title->text().trimmed(); }

void MeasureForm::fill(const Measure& measure)
{
    m_shown = measure;
    m_title->setText(QString::fromStdString(measure.title));
    setKind(m_kind, measure.kind);
    m_imposedBy->setId(measure.imposedBy);
    m_targets->setIds(measure.targets);
    m_targetEntity->setText(toText(measure.targetEntity));
    m_announced->setDate(measure.announced);
    m_precision->setPrecision(measure.precision);
    m_topics->setIds(measure.topics);
    m_summary->setPlainText(toText(measure.summary));
    m_sources->setIds(measure.sources);
}

Measure MeasureForm::read() const
{
    Measure measure;
    measure.title = textOf(m_title);
    measure.kind = kindOf(m_kind);
    measure.imposedBy = m_imposedBy->id();
    measure.targets = m_targets->ids();
    measure.targetEntity = optionalTextOf(m_targetEntity);
    measure.announced = m_announced->date().value_or(m_shown.announced);
    measure.precision = m_precision->precision();
    measure.topics = m_topics->ids();
    measure.summary = optionalTextOf(m_summary);
    measure.sources = m_sources->ids();
    return measure;
}

std::vector<FieldProblem> MeasureForm::parseProblems() const
{
    std::vector<FieldProblem> problems;
    if (const QString problem = m_announced->problem(); !problem.isEmpty())
        problems.push_back({"announced", problem});
    if (m_imposedBy->id().empty())
        problems.push_back({"imposed_by", problemText("empty (required)")});
    return problems;
}

std::string MeasureForm::idBase() const
{
    const auto announced = m_announced->date().value_or(m_shown.announced);
    return textOf(m_title) + " " + std::to_string(announced.year());
}

} // namespace parley::ui
