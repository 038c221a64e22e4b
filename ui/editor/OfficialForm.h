#pragma once

#include "ui/editor/RecordFormOf.h"

class QLineEdit;
class QPlainTextEdit;

namespace parley::ui {

class ChoiceBox;
class PositionsTable;

// An official: name, native name, aliases (one a line), country, and the
// offices held, several at once if need be. A new official's id is the slug
// of the name.
class OfficialForm : public RecordFormOf<Official> {
    Q_OBJECT
public:
    explicit OfficialForm(FormContext context, QWidget* parent = nullptr);

    QString recordName() const override;

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* nativeNameField() const { return m_nativeName; }
    QPlainTextEdit* aliasesField() const { return m_aliases; }
    ChoiceBox* countryBox() const { return m_country; }
    PositionsTable* positionsTable() const { return m_positions; }

protected:
    void fill(const Official& official) override;
    Official read() const override;
    std::vector<FieldProblem> parseProblems() const override;
    std::string idBase() const override;
    QString describeField(const std::string& field) const override;

private:
    std::vector<std::string> aliases() const;

    QLineEdit* m_name;
    QLineEdit* m_nativeName;
    QPlainTextEdit* m_aliases;
    ChoiceBox* m_country;
    PositionsTable* m_positions;
    Official m_shown;
};

} // namespace parley::ui
