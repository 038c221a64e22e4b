#pragma once

#include "db/model/Dates.h"

#include <QLineEdit>

#include <optional>

namespace parley::ui {

// A date as typed: "2023-05-12" as parley/1 writes it; "2023-05" and "2023"
// stand for the first day of the month or year, as month and year precision
// store them. nullopt for anything else.
std::optional<Date> parseDateText(const QString& text);
// What is wrong with a typed date, for people; empty when it is a date, or
// empty and not REQUIRED.
QString dateTextProblem(const QString& text, bool required = true);

// A line for one date, read with parseDateText(). Text that is no date stays
// as typed and problem() says what is wrong with it.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    std::optional<Date> date() const { return parseDateText(text()); }
    void setDate(std::optional<Date> date);
    QString problem(bool required = true) const { return dateTextProblem(text(), required); }
};

} // namespace parley::ui
