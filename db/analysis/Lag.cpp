#include "db/analysis/Lag.h"

namespace parley {

int lagDays(Period from, Period to)
{
    if (to.begin() > from.last())
        return dayNumber(to.begin()) - dayNumber(from.last());
    if (to.last() < from.begin())
        return dayNumber(to.last()) - dayNumber(from.begin());
    return 0;
}

} // namespace parley
