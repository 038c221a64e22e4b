#pragma once

#include "ui/editor/RecordFormOf.h"

class QLineEdit;

namespace parley::ui {

// A country or bloc: its code (ISO 3166-1 alpha-2 or a bloc's, such as EU)
// and its name. The code is the country's id, named by every record that
// refers to it, so it is set once, when the country is made.
class CountryForm : public RecordFormOf<Country> {
    Q_OBJECT
public:
    explicit CountryForm(FormContext context, QWidget* parent = nullptr);

    QString recordName() const override;
    void assignNewId() override;

    QLineEdit* codeField() const { return m_code; }
    QLineEdit* nameField() const { return m_name; }

protected:
    void fill(const Country& country) override;
    Country read() const override;
    std::vector<FieldProblem> parseProblems() const override;
    std::string idBase() const override;

private:
    QLineEdit* m_code;
    QLineEdit* m_name;
};

} // namespace parley::ui
