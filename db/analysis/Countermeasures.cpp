#include "db/analysis/Countermeasures.h"

#include "db/analysis/Lag.h"

#include <algorithm>
#include <tuple>

namespace parley {

bool imposes(const Measure& measure, const std::string& by, const std::string& on)
{
    return measure.imposedBy == by &&
           std::ranges::find(measure.targets, on) != measure.targets.end();
}

std::vector<MeasurePair> pairedMeasures(std::span<const Measure> measures, const std::string& a,
                                        const std::string& b, int days)
{
    // Between the two, each with its direction: true for A on B.
    std::vector<std::pair<const Measure*, bool>> between;
    for (const Measure& measure : measures) {
        if (imposes(measure, a, b))
            between.emplace_back(&measure, true);
        else if (imposes(measure, b, a))
            between.emplace_back(&measure, false);
    }
    std::ranges::sort(between, {}, [](const auto& entry) {
        return std::tie(entry.first->announced, entry.first->id);
    });
    // Earlier ones further back than this cannot be within DAYS, whatever
    // their precision.
    const int reach = days + 366;
    std::vector<bool> paired(between.size(), false);
    std::vector<MeasurePair> pairs;
    for (std::size_t at = 0; at < between.size(); ++at) {
        const auto& [answer, direction] = between[at];
        for (std::size_t earlier = at; earlier-- > 0;) {
            const auto& [first, firstDirection] = between[earlier];
            if (dayNumber(answer->announced) - dayNumber(first->announced) > reach)
                break;
            const int lag = lagDays(first->period(), answer->period());
            if (paired[earlier] || firstDirection == direction || lag > days)
                continue;
            paired[earlier] = paired[at] = true;
            pairs.push_back(
                {first, answer, lag,
                 first->precision == Precision::Day && answer->precision == Precision::Day});
            break;
        }
    }
    std::ranges::sort(pairs, {}, [](const MeasurePair& pair) {
        return std::tie(pair.first->announced, pair.first->id);
    });
    return pairs;
}

} // namespace parley
