#include "ui/DateText.h"

namespace parley::ui {

namespace {

const QChar kEnDash(0x2013);

QString monthYear(QDate date, const QLocale& locale)
{
    return locale.toString(date, QStringLiteral("MMMM yyyy"));
}

} // namespace

QDate toQDate(Date date) { return QDate(date.year(), date.month(), date.day()); }

Date fromQDate(QDate date)
{
    return Date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                static_cast<unsigned short>(date.day()));
}

QString dateText(Date date, const QLocale& locale)
{
    return locale.toString(toQDate(date), QStringLiteral("d MMMM yyyy"));
}

QString periodText(Date start, Date end, Precision precision, const QLocale& locale)
{
    const QDate from = toQDate(start);
    const QDate to = toQDate(end);
    switch (precision) {
    case Precision::Year:
        return from.year() == to.year()
                   ? QString::number(from.year())
                   : QString::number(from.year()) + kEnDash + QString::number(to.year());
    case Precision::Month:
        return start == end ? monthYear(from, locale)
                            : monthYear(from, locale) + QLatin1Char(' ') + kEnDash +
                                  QLatin1Char(' ') + monthYear(to, locale);
    case Precision::Day:
        break;
    }
    const QString full = QStringLiteral("d MMMM yyyy");
    if (start == end)
        return locale.toString(from, full);
    if (from.year() == to.year() && from.month() == to.month())
        return locale.toString(from, QStringLiteral("d")) + kEnDash + locale.toString(to, full);
    if (from.year() == to.year())
        return locale.toString(from, QStringLiteral("d MMMM")) + QLatin1Char(' ') + kEnDash +
               QLatin1Char(' ') + locale.toString(to, full);
    return locale.toString(from, full) + QLatin1Char(' ') + kEnDash + QLatin1Char(' ') +
           locale.toString(to, full);
}

} // namespace parley::ui
