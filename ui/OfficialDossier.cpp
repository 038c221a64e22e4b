#include "ui/OfficialDossier.h"

#include "db/Errors.h"
#include "db/Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace parley::ui {

namespace {

// Counts sorted by count, most first, then by display name.
std::vector<Count> ranked(const std::map<std::string, int>& counts,
                          const std::map<std::string, std::string>& names)
{
    std::vector<Count> result;
    for (const auto& [id, meetings] : counts)
        result.push_back({id, meetings});
    const auto nameOf = [&names](const std::string& id) {
        const auto found = names.find(id);
        return found == names.end() ? id : found->second;
    };
    std::ranges::sort(result, [&nameOf](const Count& a, const Count& b) {
        if (a.meetings != b.meetings)
            return a.meetings > b.meetings;
        return nameOf(a.id) < nameOf(b.id);
    });
    return result;
}

} // namespace

OfficialDossier OfficialDossier::build(const Store& store, const std::string& officialId)
{
    auto official = store.official(officialId);
    if (!official)
        throw DataError(QCoreApplication::translate("parley::ui::OfficialDossier",
                                                    "no official with the id '%1'")
                            .arg(QString::fromStdString(officialId))
                            .toStdString());

    OfficialDossier dossier;
    dossier.official = std::move(*official);
    dossier.engagements = store.engagements(officialId, Filter());
    Filter withOfficial;
    withOfficial.setOfficials({officialId});
    dossier.meetings = store.meetings(withOfficial);

    std::map<std::string, std::string> countryOf; // official id -> country code
    for (const auto& other : store.officials())
        countryOf.emplace(other.id, other.country);
    std::map<std::string, std::string> countryNames;
    for (const auto& country : store.countries())
        countryNames.emplace(country.code, country.name);
    std::map<std::string, std::string> topicNames;
    for (const auto& topic : store.topics())
        topicNames.emplace(topic.id, topic.name);

    std::map<std::string, int> byCountry;
    std::map<std::string, int> byTopic;
    for (const auto& meeting : dossier.meetings) {
        std::set<std::string> countries; // a meeting counts once per country
        for (const auto& participant : meeting.participants) {
            const auto found = countryOf.find(participant);
            if (participant != officialId && found != countryOf.end() &&
                found->second != dossier.official.country)
                countries.insert(found->second);
        }
        for (const auto& country : countries)
            ++byCountry[country];
        for (const auto& topic : meeting.topics)
            ++byTopic[topic];
    }
    dossier.counterpartCountries = ranked(byCountry, countryNames);
    dossier.topics = ranked(byTopic, topicNames);
    return dossier;
}

} // namespace parley::ui
