#include "db/analysis/ChannelRanking.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace parley {

namespace {

struct Cell {
    int meetings = 0;
    std::int32_t firstStart = std::numeric_limits<std::int32_t>::max();
    std::int32_t lastDay = std::numeric_limits<std::int32_t>::min();
};

// Up to this many countries (ISO 3166 has 249; blocs add a few dozen), one
// cell per pair in a flat table: a few additions per meeting instead of a
// hash lookup. Beyond it, a table would be too big and a map takes over.
constexpr std::size_t kFlatTableCountries = 1024;

} // namespace

std::vector<PairActivity> countryPairs(const MeetingIndex& index,
                                       std::span<const std::size_t> positions)
{
    const std::size_t countries = index.countryCodes().size();
    const bool flat = countries <= kFlatTableCountries;
    std::vector<Cell> table(flat ? countries * countries : 0);
    std::unordered_map<std::size_t, Cell> map;
    for (const auto meeting : positions) {
        const auto codes = index.countriesOf(meeting); // ascending, each once
        const auto first = index.firstDay(meeting);
        const auto last = index.lastDay(meeting);
        for (std::size_t i = 0; i < codes.size(); ++i) {
            for (std::size_t j = i + 1; j < codes.size(); ++j) {
                const std::size_t pair = codes[i] * countries + codes[j];
                Cell& cell = flat ? table[pair] : map[pair];
                ++cell.meetings;
                cell.firstStart = std::min(cell.firstStart, first);
                cell.lastDay = std::max(cell.lastDay, last);
            }
        }
    }
    std::vector<PairActivity> pairs;
    const auto add = [&](std::size_t pair, const Cell& cell) {
        if (cell.meetings > 0)
            pairs.push_back({index.countryCodes()[pair / countries],
                             index.countryCodes()[pair % countries], cell.meetings, cell.firstStart,
                             cell.lastDay});
    };
    for (std::size_t pair = 0; pair < table.size(); ++pair)
        add(pair, table[pair]);
    for (const auto& [pair, cell] : map)
        add(pair, cell);
    std::ranges::sort(pairs, {}, [](const PairActivity& p) { return std::tie(p.a, p.b); });
    return pairs;
}

namespace {

template <typename Before>
std::vector<PairActivity> best(std::vector<PairActivity> pairs, std::size_t limit, Before before)
{
    const auto kept = std::min(limit, pairs.size());
    std::ranges::partial_sort(pairs, pairs.begin() + static_cast<std::ptrdiff_t>(kept), before);
    pairs.resize(kept);
    return pairs;
}

} // namespace

std::vector<PairActivity> busiestPairs(std::vector<PairActivity> pairs, std::size_t limit)
{
    return best(std::move(pairs), limit, [](const PairActivity& x, const PairActivity& y) {
        return std::tie(y.meetings, x.a, x.b) < std::tie(x.meetings, y.a, y.b);
    });
}

std::vector<PairActivity> quietestPairs(std::vector<PairActivity> pairs, std::size_t limit,
                                        int minMeetings)
{
    std::erase_if(pairs, [&](const PairActivity& pair) { return pair.meetings < minMeetings; });
    return best(std::move(pairs), limit, [](const PairActivity& x, const PairActivity& y) {
        return std::tie(x.lastDay, y.meetings, x.a, x.b) <
               std::tie(y.lastDay, x.meetings, y.a, y.b);
    });
}

} // namespace parley
