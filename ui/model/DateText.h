#pragma once

#include "db/model/Dates.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace parley::ui {

// Dates for people, as precise as they are known, in the interface language's
// order and the locale's words: "25 May 2023", "10–11 May 2023",
// "19 May – 2 June 2023", "May 2023", "2023"; in Chinese 2023年5月25日,
// 2023年5月10日至11日, 2023年5月19日至6月2日, 2023年5月, 2023年. The patterns are
// translatable messages, so each translation sets its own order.
QString periodText(Date start, Date end, Precision precision, const QLocale& locale = QLocale());
QString dateText(Date date, const QLocale& locale = QLocale());
QString monthText(Date date, const QLocale& locale = QLocale());
QString yearText(int year, const QLocale& locale = QLocale());
// A number of days: "1 day", "40 days", "66.5 days" (a median may fall
// between two).
QString daysText(double days, const QLocale& locale = QLocale());

// A QLocale date format as a translatable message of the context
// "parley::ui::DateText". Write one with QT_TRANSLATE_NOOP3("parley::ui::DateText",
// pattern, role) so that lupdate finds it; the role tells translators where the
// format is used, since one English pattern plays roles that other languages
// write differently.
struct DateFormat {
    const char* pattern;
    const char* role;
};
QString formatDate(QDate date, DateFormat format, const QLocale& locale = QLocale());

QDate toQDate(Date date);
Date fromQDate(QDate date);

} // namespace parley::ui
