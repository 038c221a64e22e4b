#include "ui/timeline/TimeTicks.h"

#include "ui/model/DateText.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <array>

namespace parley::ui {

namespace {

using boost::gregorian::days;

constexpr std::array kLevels = {TickLevel::DaysNamed, TickLevel::Days,      TickLevel::Weeks,
                                TickLevel::Months,    TickLevel::Quarters,  TickLevel::Years,
                                TickLevel::TwoYears,  TickLevel::FiveYears, TickLevel::Decades,
                                TickLevel::Centuries};

// The shortest length of each level's unit, in days.
double unitDays(TickLevel level)
{
    switch (level) {
    case TickLevel::DaysNamed:
    case TickLevel::Days:
        return 1;
    case TickLevel::Weeks:
        return 7;
    case TickLevel::Months:
        return 28;
    case TickLevel::Quarters:
        return 90;
    case TickLevel::Years:
        return 365;
    case TickLevel::TwoYears:
        return 730;
    case TickLevel::FiveYears:
        return 1826;
    case TickLevel::Decades:
        return 3652;
    case TickLevel::Centuries:
        break;
    }
    return 36524;
}

Date yearStart(Date date, int step)
{
    const int year = date.year();
    return Date(static_cast<unsigned short>(year - year % step), 1, 1);
}

template <typename Iterator> std::vector<Date> datesFrom(Iterator it, Date last)
{
    std::vector<Date> dates;
    for (; *it <= last; ++it)
        dates.push_back(*it);
    return dates;
}

// The tick dates of a level from the last one at or before first through last.
std::vector<Date> minorDates(TickLevel level, Date first, Date last)
{
    using namespace boost::gregorian;
    switch (level) {
    case TickLevel::DaysNamed:
    case TickLevel::Days:
        return datesFrom(day_iterator(first), last);
    case TickLevel::Weeks: // weeks start on Monday, as ISO 8601 has it
        return datesFrom(week_iterator(first - days((first.day_of_week() + 6) % 7)), last);
    case TickLevel::Months:
        return datesFrom(month_iterator(Date(first.year(), first.month(), 1)), last);
    case TickLevel::Quarters:
        return datesFrom(month_iterator(Date(first.year(), (first.month() - 1) / 3 * 3 + 1, 1), 3),
                         last);
    case TickLevel::Years:
        return datesFrom(year_iterator(yearStart(first, 1)), last);
    case TickLevel::TwoYears:
        return datesFrom(year_iterator(yearStart(first, 2), 2), last);
    case TickLevel::FiveYears:
        return datesFrom(year_iterator(yearStart(first, 5), 5), last);
    case TickLevel::Decades:
        return datesFrom(year_iterator(yearStart(first, 10), 10), last);
    case TickLevel::Centuries:
        break;
    }
    return datesFrom(year_iterator(yearStart(first, 100), 100), last);
}

// The starts of the enclosing unit that the upper row names, if the level has one.
std::vector<Date> majorDates(TickLevel level, Date first, Date last)
{
    using namespace boost::gregorian;
    switch (level) {
    case TickLevel::DaysNamed:
    case TickLevel::Days:
    case TickLevel::Weeks:
        return datesFrom(month_iterator(Date(first.year(), first.month(), 1)), last);
    case TickLevel::Months:
    case TickLevel::Quarters:
        return datesFrom(year_iterator(yearStart(first, 1)), last);
    default:
        return {};
    }
}

QString minorLabel(TickLevel level, Date date, const QLocale& locale)
{
    const QDate day = toQDate(date);
    switch (level) {
    case TickLevel::DaysNamed:
        return formatDate(day,
                          QT_TRANSLATE_NOOP3("parley::ui::DateText", "ddd d",
                                             "a day on the time axis, with its weekday"),
                          locale);
    case TickLevel::Days:
        return formatDate(
            day, QT_TRANSLATE_NOOP3("parley::ui::DateText", "d", "a day on the time axis"), locale);
    case TickLevel::Weeks:
        return formatDate(day,
                          QT_TRANSLATE_NOOP3("parley::ui::DateText", "d MMM",
                                             "the first day of a week on the time axis"),
                          locale);
    case TickLevel::Months:
        return locale.standaloneMonthName(day.month(), QLocale::ShortFormat);
    case TickLevel::Quarters:
        return QCoreApplication::translate("parley::ui::TimeTicks", "Q%1")
            .arg((day.month() - 1) / 3 + 1);
    default:
        return yearText(day.year(), locale);
    }
}

QString majorLabel(TickLevel level, Date date, const QLocale& locale)
{
    if (level == TickLevel::Months || level == TickLevel::Quarters)
        return yearText(date.year(), locale);
    return monthText(date, locale);
}

std::vector<Tick> minorTicks(TickLevel level, const TimeScale& scale, double width)
{
    const QLocale locale;
    std::vector<Tick> ticks;
    for (const Date date : minorDates(level, scale.dateAt(0), scale.dateAt(width)))
        ticks.push_back({date, scale.x(date), minorLabel(level, date, locale), false});
    return ticks;
}

// Labels must fit between their ticks, and ticks keep a year's label apart even
// when their labels are shorter, so that "Q1 Q2 Q3" never fills the axis.
bool labelsFit(const std::vector<Tick>& ticks, double padding, const LabelWidth& labelWidth)
{
    const double spacing = labelWidth(QStringLiteral("0000")) + 2 * padding;
    for (std::size_t i = 0; i + 1 < ticks.size(); ++i) {
        const double room = ticks[i + 1].x - ticks[i].x;
        if (room < spacing || room < labelWidth(ticks[i].label) + 2 * padding)
            return false;
    }
    return true;
}

// Clears the labels that would run into the previous label of their row.
void dropCrowdedLabels(std::vector<Tick>& ticks, double padding, const LabelWidth& labelWidth)
{
    for (const bool major : {false, true}) {
        double rowEnd = -1e300;
        for (Tick& tick : ticks) {
            if (tick.major != major || tick.label.isEmpty())
                continue;
            if (tick.x < rowEnd) {
                tick.label.clear();
                continue;
            }
            rowEnd = tick.x + labelWidth(tick.label) + 2 * padding;
        }
    }
}

} // namespace

double tickLabelPadding(const LabelWidth& labelWidth)
{
    return std::max(2.0, 0.75 * labelWidth(QStringLiteral("0")));
}

TickLevel tickLevelFor(const TimeScale& scale, double width, const LabelWidth& labelWidth)
{
    const double padding = tickLabelPadding(labelWidth);
    const double narrowest = labelWidth(QStringLiteral("0000")) + 2 * padding;
    for (const TickLevel level : kLevels) {
        // Skipping levels far too fine keeps this from listing thousands of ticks.
        if (unitDays(level) / scale.daysPerPixel() < narrowest)
            continue;
        if (labelsFit(minorTicks(level, scale, width), padding, labelWidth))
            return level;
    }
    return TickLevel::Centuries;
}

std::vector<Tick> ticksFor(const TimeScale& scale, double width, const LabelWidth& labelWidth)
{
    const TickLevel level = tickLevelFor(scale, width, labelWidth);
    std::vector<Tick> ticks = minorTicks(level, scale, width);
    const QLocale locale;
    for (const Date date : majorDates(level, scale.dateAt(0), scale.dateAt(width)))
        ticks.push_back({date, scale.x(date), majorLabel(level, date, locale), true});
    std::ranges::stable_sort(ticks, {}, &Tick::x);
    dropCrowdedLabels(ticks, tickLabelPadding(labelWidth), labelWidth);
    return ticks;
}

std::vector<PlacedTickLabel> placeTickLabels(const std::vector<Tick>& ticks, double width,
                                             const LabelWidth& labelWidth,
                                             const LabelWidth& majorWidth)
{
    const double pad = tickLabelPadding(labelWidth);
    std::vector<PlacedTickLabel> placed;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const Tick& tick = ticks[i];
        if (tick.label.isEmpty())
            continue;
        const double labelWidthHere = tick.major ? majorWidth(tick.label) : labelWidth(tick.label);
        double x = std::max(tick.x + pad, pad);
        const auto next =
            std::find_if(ticks.begin() + static_cast<std::ptrdiff_t>(i) + 1, ticks.end(),
                         [&](const Tick& t) { return t.major == tick.major; });
        if (next != ticks.end())
            x = std::min(x, next->x - labelWidthHere - pad);
        if (x < 0 || x + labelWidthHere > width)
            continue;
        placed.push_back({i, x});
    }
    return placed;
}

} // namespace parley::ui
