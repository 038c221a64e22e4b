#include "ui/OfficialDossier.h"

#include "db/Engagements.h"
#include "db/Errors.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace parley::ui {

namespace {

// Counts sorted by count, most first, then by display name.
template <typename Names>
std::vector<Count> ranked(const std::map<std::string, int>& counts, const Names& names)
{
    std::vector<Count> result;
    for (const auto& [id, meetings] : counts)
        result.push_back({id, meetings});
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
    const auto official = reference.officials.find(officialId);
    if (official == reference.officials.end())
        throw DataError(QCoreApplication::translate("parley::ui::OfficialDossier",
                                                    "no official with the id '%1'")
                            .arg(QString::fromStdString(officialId))
                            .toStdString());

    OfficialDossier dossier;
    dossier.official = official->second;
    std::map<std::string, int> byCountry;
    std::map<std::string, int> byTopic;
    for (const auto position : reference.index.meetingsOf(officialId)) {
        const Meeting& meeting = (*reference.meetings)[position];
        dossier.engagements.push_back(engagementOf(meeting, dossier.official));
        std::set<std::string> countries; // a meeting counts once per country
        for (const auto& participant : meeting.participants) {
            const auto found = reference.officials.find(participant);
            if (participant != officialId && found != reference.officials.end() &&
                found->second.country != dossier.official.country)
                countries.insert(found->second.country);
        }
        for (const auto& country : countries)
            ++byCountry[country];
        for (const auto& topic : meeting.topics)
            ++byTopic[topic];
    }
    dossier.counterpartCountries = ranked(byCountry, reference.countries);
    dossier.topics = ranked(byTopic, reference.topics);
    return dossier;
}

} // namespace parley::ui
