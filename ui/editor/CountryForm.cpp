#include "ui/editor/CountryForm.h"

#include "ui/editor/FormText.h"

#include <QFormLayout>
#include <QLineEdit>

namespace parley::ui {

CountryForm::CountryForm(FormContext context, QWidget* parent)
    : RecordFormOf<Country>(std::move(context), parent)
    , m_code(textField(this))
    , m_name(textField(this))
{
    m_code->setPlaceholderText(tr("CN, US, EU…"));
    m_code->setToolTip(tr("ISO 3166-1 alpha-2, or a bloc's code; it cannot change later"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("&Code:"), field("code", m_code));
    fields->addRow(tr("&Name:"), field("name", m_name));
    setFields(fields);
    // Codes are upper case; typing them so saves a problem. Connected before
    // watch() so that the check sees the code as shown.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text != text.toUpper()) {
            const int at = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(at);
        }
    });
    watch(m_code, {"code"});
    watch(m_name, {"name"});
    resize(420, 0);
}

QString CountryForm::recordName() const { return m_name->text().trimmed(); }

void CountryForm::assignNewId() { m_id = textOf(m_code); }

void CountryForm::fill(const Country& country)
{
    m_code->setText(QString::fromStdString(country.code));
    m_code->setReadOnly(m_loaded.has_value());
    m_name->setText(QString::fromStdString(country.name));
}

Country CountryForm::read() const { return {textOf(m_code), textOf(m_name)}; }

std::vector<FieldProblem> CountryForm::parseProblems() const
{
    std::vector<FieldProblem> problems;
    const std::string code = textOf(m_code);
    if (isNew() && catalog().contains(RecordKind::Country, code))
        problems.push_back({"code", tr("\"%1\" is already %2")
                                        .arg(QString::fromStdString(code),
                                             catalog().label(RecordKind::Country, code))});
    return problems;
}

std::string CountryForm::idBase() const { return textOf(m_code); }

} // namespace parley::ui
