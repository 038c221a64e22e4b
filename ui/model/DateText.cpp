#include "ui/model/DateText.h"

#include <QCoreApplication>

namespace parley::ui {

namespace {

// The two ends of a period, each already formatted for its part.
QString joined(const QString& first, const QString& last, bool acrossMonths)
{
    const QString pattern =
        acrossMonths ? QCoreApplication::translate("parley::ui::DateText", "%1 – %2",
                                                   "a period across months or years")
                     : QCoreApplication::translate("parley::ui::DateText", "%1–%2",
                                                   "days within one month, or whole years");
    return pattern.arg(first, last);
}

} // namespace

QDate toQDate(Date date) { return QDate(date.year(), date.month(), date.day()); }

Date fromQDate(QDate date)
{
    return Date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                static_cast<unsigned short>(date.day()));
}

QString formatDate(QDate date, DateFormat format, const QLocale& locale)
{
    return locale.toString(
        date, QCoreApplication::translate("parley::ui::DateText", format.pattern, format.role));
}

QString dateText(Date date, const QLocale& locale)
{
    return formatDate(toQDate(date),
                      QT_TRANSLATE_NOOP3("parley::ui::DateText", "d MMMM yyyy", "a day"), locale);
}

QString monthText(Date date, const QLocale& locale)
{
    return formatDate(toQDate(date),
                      QT_TRANSLATE_NOOP3("parley::ui::DateText", "MMMM yyyy", "a month"), locale);
}

QString yearText(int year, const QLocale& locale)
{
    return formatDate(QDate(year, 1, 1),
                      QT_TRANSLATE_NOOP3("parley::ui::DateText", "yyyy", "a year"), locale);
}

QString daysText(double days, const QLocale& locale)
{
    if (days == 1)
        return QCoreApplication::translate("parley::ui::DateText", "1 day");
    const bool whole = days == static_cast<double>(static_cast<long long>(days));
    return QCoreApplication::translate("parley::ui::DateText", "%1 days")
        .arg(whole ? locale.toString(static_cast<long long>(days)) : locale.toString(days, 'f', 1));
}

QString periodText(Date start, Date end, Precision precision, const QLocale& locale)
{
    const QDate from = toQDate(start);
    const QDate to = toQDate(end);
    switch (precision) {
    case Precision::Year:
        return from.year() == to.year()
                   ? yearText(from.year(), locale)
                   : joined(yearText(from.year(), locale), yearText(to.year(), locale), false);
    case Precision::Month:
        return start == end ? monthText(start, locale)
                            : joined(monthText(start, locale), monthText(end, locale), true);
    case Precision::Day:
        break;
    }
    if (start == end)
        return dateText(start, locale);
    if (from.year() == to.year() && from.month() == to.month())
        return joined(formatDate(from,
                                 QT_TRANSLATE_NOOP3("parley::ui::DateText", "d",
                                                    "first day of a period within one month"),
                                 locale),
                      formatDate(to,
                                 QT_TRANSLATE_NOOP3("parley::ui::DateText", "d MMMM yyyy",
                                                    "last day of a period within one month"),
                                 locale),
                      false);
    if (from.year() == to.year())
        return joined(formatDate(from,
                                 QT_TRANSLATE_NOOP3("parley::ui::DateText", "d MMMM",
                                                    "first day of a period within one year"),
                                 locale),
                      formatDate(to,
                                 QT_TRANSLATE_NOOP3("parley::ui::DateText", "d MMMM yyyy",
                                                    "last day of a period within one year"),
                                 locale),
                      true);
    return joined(dateText(start, locale), dateText(end, locale), true);
}

} // namespace parley::ui
