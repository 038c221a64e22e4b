#pragma once

#include "ui/editor/RecordFormOf.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace parley::ui {

class ChoiceBox;
class DateField;
class PrecisionBox;
class RecordPicker;

// A measure: title, kind, the country imposing it, target countries and the
// entity targeted, when it was announced and how exactly that is known,
// topics, summary and sources.
class MeasureForm : public RecordFormOf<Measure> {
    Q_OBJECT
public:
    explicit MeasureForm(FormContext context, QWidget* parent = nullptr);

    QString recordName() const override;

    QLineEdit* titleField() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    ChoiceBox* imposedByBox() const { return m_imposedBy; }
    RecordPicker* targetsPicker() const { return m_targets; }
    DateField* announcedField() const { return m_announced; }
    PrecisionBox* precisionBox() const { return m_precision; }
    RecordPicker* topicsPicker() const { return m_topics; }
    QPlainTextEdit* summaryField() const { return m_summary; }
    RecordPicker* sourcesPicker() const { return m_sources; }

protected:
    void fill(const Measure& measure) override;
    Measure read() const override;
    std::vector<FieldProblem> parseProblems() const override;
    std::string idBase() const override;

private:
    QLineEdit* m_title;
    QComboBox* m_kind;
    ChoiceBox* m_imposedBy;
    RecordPicker* m_targets;
    QLineEdit* m_targetEntity;
    DateField* m_announced;
    PrecisionBox* m_precision;
    RecordPicker* m_topics;
    QPlainTextEdit* m_summary;
    RecordPicker* m_sources;
    Measure m_shown;
};

} // namespace parley::ui
