#pragma once

#include "ui/editor/RecordFormOf.h"

class QLineEdit;

namespace parley::ui {

class DateField;

// A source: its publisher, title, date of publication and URL.
class SourceForm : public RecordFormOf<Source> {
    Q_OBJECT
public:
    explicit SourceForm(FormContext context, QWidget* parent = nullptr);

    QString recordName() const override;

    QLineEdit* publisherField() const { return m_publisher; }
    QLineEdit* titleField() const { return m_title; }
    DateField* publishedField() const { return m_published; }
    QLineEdit* urlField() const { return m_url; }

protected:
    void fill(const Source& source) override;
    Source read() const override;
    std::vector<FieldProblem> parseProblems() const override;
    std::string idBase() const override;

private:
    QLineEdit* m_publisher;
    QLineEdit* m_title;
    DateField* m_published;
    QLineEdit* m_url;
    Source m_shown;
};

} // namespace parley::ui
