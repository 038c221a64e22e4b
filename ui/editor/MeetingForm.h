#pragma once

#include "ui/editor/RecordFormOf.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parley::ui {

class ChoiceBox;
class DateField;
class PrecisionBox;
class RecordPicker;

// A meeting: title, dates (the end may be the start) and how exactly they are
// known, place, host, kind, participants, topics, measures raised, summary
// and sources. New participants and sources can be made from their pickers.
class MeetingForm : public RecordFormOf<Meeting> {
    Q_OBJECT
public:
    explicit MeetingForm(FormContext context, QWidget* parent = nullptr);

    QString recordName() const override;

    QLineEdit* titleField() const { return m_title; }
    DateField* startField() const { return m_start; }
    DateField* endField() const { return m_end; }
    PrecisionBox* precisionBox() const { return m_precision; }
    QLineEdit* placeField() const { return m_place; }
    ChoiceBox* hostBox() const { return m_host; }
    QComboBox* kindBox() const { return m_kind; }
    RecordPicker* participantsPicker() const { return m_participants; }
    RecordPicker* topicsPicker() const { return m_topics; }
    QPlainTextEdit* summaryField() const { return m_summary; }
    RecordPicker* sourcesPicker() const { return m_sources; }

protected:
    void fill(const Meeting& meeting) override;
    Meeting read() const override;
    std::vector<FieldProblem> parseProblems() const override;
    std::string idBase() const override;
    QString describeField(const std::string& field) const override;

private:
    void startEdited();
    void updatePeriod();

    QLineEdit* m_title;
    DateField* m_start;
    DateField* m_end;
    PrecisionBox* m_precision;
    QLabel* m_period;
    QLineEdit* m_place;
    ChoiceBox* m_host;
    QComboBox* m_kind;
    RecordPicker* m_participants;
    RecordPicker* m_topics;
    RecordPicker* m_measures;
    QPlainTextEdit* m_summary;
    RecordPicker* m_sources;
    QString m_startText; // the start as it was, which the end follows
    Meeting m_shown;     // what fill() showed: dates that cannot be read stay as they were
};

} // namespace parley::ui
