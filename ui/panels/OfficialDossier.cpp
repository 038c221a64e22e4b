#include "ui/panels/OfficialDossier.h"

#include "db/model/Engagements.h"
#include "db/model/Errors.h"

#include <QCoreApplication>

#include <algorithm>

namespace parley::ui {

namespace {

// The values with a count, sorted by count, most first, then by display name.
template <typename Names>
std::vector<Count> ranked(const std::vector<int>& counts, const std::vector<std::string>& ids,
                          const Names& names)
{
    std::vector<Count> result;
    for (std::size_t at = 0; at < counts.size(); ++at) {
        if (counts[at] > 0)
            result.push_back({ids[at], counts[at]});
    }
    const auto nameOf = [&names](const std::string& id) {
        const auto found = names.find(id);
        return found == names.end() ? id : found->second.name;
    };
    std::ranges::sort(result, [&nameOf](const Count& a, const Count& b) {
        if (a.meetings != b.meetings)
            return a.meetings > b.meetings;
        return nameOf(a.id) < nameOf(b.id);
    });
    return result;
}

} // namespace

OfficialDossier OfficialDossier::build(const std::string& officialId,
                                       const ReferenceData& reference)
{
    const auto official = reference.officials->find(officialId);
    if (official == reference.officials->end())
        throw DataError(QCoreApplication::translate("parley::ui::OfficialDossier",
                                                    "no official with the id '%1'")
                            .arg(QString::fromStdString(officialId))
                            .toStdString());

    OfficialDossier dossier;
    dossier.official = official->second;
    dossier.records = reference.meetings;
    // Counted by the index's positions of countries and topics.
    const MeetingIndex& index = *reference.index;
    const auto& officialIds = index.officialIds();
    const auto self = static_cast<std::uint32_t>(std::ranges::lower_bound(officialIds, officialId) -
                                                 officialIds.begin());
    const auto ownCountry = index.countryOfOfficial(self);
    std::vector<int> perCountry(index.countryCodes().size(), 0);
    std::vector<int> perTopic(index.topicIds().size(), 0);
    // The last meeting each country was counted for: a meeting counts once per country.
    std::vector<std::size_t> countedFor(perCountry.size(), index.size());
    dossier.meetings = index.meetingsOf(officialId);
    for (const auto position : dossier.meetings) {
        for (const auto participant : index.officialsOf(position)) {
            const auto country = index.countryOfOfficial(participant);
            if (participant != self && country && country != ownCountry &&
                countedFor[*country] != position) {
                countedFor[*country] = position;
                ++perCountry[*country];
            }
        }
        for (const auto topic : index.topicsOf(position))
            ++perTopic[topic];
    }
    dossier.counterpartCountries = ranked(perCountry, index.countryCodes(), *reference.countries);
    dossier.topics = ranked(perTopic, index.topicIds(), *reference.topics);
    return dossier;
}

Engagement OfficialDossier::engagement(std::size_t at) const
{
    return engagementOf(meeting(at), official);
}

} // namespace parley::ui
