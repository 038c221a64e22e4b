#include "db/index/MeasureMatch.h"

#include "db/model/Vocabulary.h"
#include "db/store/SearchText.h"

#include <algorithm>
#include <tuple>

namespace parley {

namespace {

// As SQLite's lower() does without ICU: ASCII letters only.
std::string asciiLower(std::string text)
{
    std::ranges::transform(text, text.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return text;
}

// Whether TOPIC, or a topic above it, is chosen. A parent that loops back is
// followed no further than there are topics.
bool chosenOrUnder(const std::string& topic, const std::map<std::string, Topic>& topics,
                   const Filter::Ids& chosen)
{
    const std::string* at = &topic;
    for (std::size_t steps = 0; steps <= topics.size(); ++steps) {
        const auto found = topics.find(*at);
        if (found == topics.end())
            return false; // the store holds no such topic, so chooses nothing by it
        if (chosen.contains(*at))
            return true;
        if (!found->second.parent)
            return false;
        at = &*found->second.parent;
    }
    return false;
}

} // namespace

std::optional<std::vector<std::uint32_t>>
matchingMeasures(std::span<const Measure> all, const std::map<std::string, Topic>& topics,
                 const Filter& filter)
{
    if (!filter.officials().empty())
        return std::nullopt;
    // Only the measure kinds among the chosen kinds restrict measures.
    Filter::Ids kinds;
    for (const auto& kind : filter.kinds()) {
        if (isMeasureKind(kind))
            kinds.insert(kind);
    }
    // Each word must be in the title, summary or target, in any ASCII case.
    std::vector<std::string> words;
    for (auto& word : searchWords(filter.text()))
        words.push_back(asciiLower(std::move(word)));
    const auto& countries = filter.countries();

    const auto admits = [&](const Measure& measure) {
        if ((filter.to() && measure.announced > *filter.to()) ||
            (filter.from() && measure.period().last() < *filter.from()))
            return false;
        if (!kinds.empty() && !kinds.contains(measure.kind))
            return false;
        if (!countries.empty() && !countries.contains(measure.imposedBy) &&
            std::ranges::none_of(measure.targets, [&](const std::string& target) {
                return countries.contains(target);
            }))
            return false;
        if (!filter.topics().empty() &&
            std::ranges::none_of(measure.topics, [&](const std::string& topic) {
                return chosenOrUnder(topic, topics, filter.topics());
            }))
            return false;
        if (words.empty())
            return true;
        const std::string text = asciiLower(measure.title + ' ' + measure.summary.value_or("") +
                                            ' ' + measure.targetEntity.value_or(""));
        return std::ranges::all_of(
            words, [&](const std::string& word) { return text.find(word) != std::string::npos; });
    };
    std::vector<std::uint32_t> matching;
    for (std::size_t at = 0; at < all.size(); ++at) {
        if (admits(all[at]))
            matching.push_back(static_cast<std::uint32_t>(at));
    }
    return matching;
}

std::vector<std::uint32_t> positionsAmong(std::span<const Measure> all,
                                          std::span<const Measure> found)
{
    const auto dateAndId = [](const Measure& measure) {
        return std::tie(measure.announced, measure.id);
    };
    std::vector<std::uint32_t> positions;
    auto at = all.begin();
    for (const auto& measure : found) {
        at = std::ranges::lower_bound(at, all.end(), dateAndId(measure), {}, dateAndId);
        if (at != all.end() && at->id == measure.id)
            positions.push_back(static_cast<std::uint32_t>(at - all.begin()));
    }
    return positions;
}

} // namespace parley
