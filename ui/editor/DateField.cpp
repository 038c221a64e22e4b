#include "ui/editor/DateField.h"

#include "ui/editor/ProblemText.h"

namespace parley::ui {

std::optional<Date> parseDateText(const QString& text)
{
    const std::string typed = text.trimmed().toStdString();
    switch (typed.size()) {
    case 4:
        return parseIsoDate(typed + "-01-01");
    case 7:
        return parseIsoDate(typed + "-01");
    default:
        return parseIsoDate(typed);
    }
}

QString dateTextProblem(const QString& text, bool required)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return required ? problemText("empty (required)") : QString();
    if (!parseDateText(typed))
        return problemText("\"" + typed.toStdString() + "\" is not a valid date (YYYY-MM-DD)");
    return {};
}

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setToolTip(tr("A date as 2023-05-12; 2023-05 is the 1st of May, 2023 is 1 January"));
    // Wide enough for a date and no wider: it sits beside others.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
}

void DateField::setDate(std::optional<Date> date)
{
    setText(date ? QString::fromStdString(toIso(*date)) : QString());
}

} // namespace parley::ui
