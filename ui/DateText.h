#pragma once

#include "db/Dates.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace parley::ui {

// Dates for people, as precise as they are known and in the locale's words:
// "25 May 2023", "10–11 May 2023", "19 May – 2 June 2023", "May 2023", "2023".
QString periodText(Date start, Date end, Precision precision, const QLocale& locale = QLocale());
QString dateText(Date date, const QLocale& locale = QLocale());

QDate toQDate(Date date);
Date fromQDate(QDate date);

} // namespace parley::ui
