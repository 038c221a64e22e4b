#include "db/exchange/hsg/HsgMeetings.h"

#include "db/exchange/hsg/HsgCountries.h"

#include <algorithm>

namespace parley::hsg {

namespace {

constexpr const char* kSite = "https://history.state.gov/departmenthistory/";

// "A", "A and B", "A, B and C"
std::string listed(const std::vector<std::string>& items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

} // namespace

void Meetings::cite(Meeting& meeting, const std::string& id, const std::string& title,
                    const std::string& url, Date changed)
{
    auto [source, isNew] = m_sources.try_emplace(id, Source{id, kPublisher, title, changed, url});
    if (!isNew && source->second.published < changed)
        source->second.published = changed;
    meeting.sources.push_back(id);
}

void Meetings::addTrip(const Trip& trip, const Official& official, const std::string& traveller)
{
    Meeting meeting;
    meeting.id = "hsg-trip-" + trip.id;
    meeting.title = traveller + " in " + nameInSentence(*trip.country);
    meeting.start = trip.start;
    meeting.end = trip.end;
    meeting.location = trip.locale;
    meeting.host = std::string(trip.country->code);
    meeting.kind = "visit";
    meeting.participants = {official.id};
    meeting.summary = trip.remarks;
    const bool president = trip.role == "president";
    cite(meeting, "hsg-travels-" + trip.role + "-" + trip.traveller,
         std::string(president ? "Travels Abroad of the President"
                               : "Travels Abroad of the Secretary of State") +
             ": " + trip.name,
         kSite + std::string("travels/") + trip.role + "/" + trip.traveller,
         trip.changed.value_or(trip.end));
    m_meetings.push_back(std::move(meeting));
}

void Meetings::addVisit(const Visit& visit, const std::vector<Guest>& guests)
{
    Meeting meeting;
    meeting.id = "hsg-visit-" + visit.id;
    std::vector<std::string> names;
    for (const auto& guest : guests) {
        const auto& id = guest.official->id;
        if (std::ranges::find(meeting.participants, id) != meeting.participants.end())
            continue;
        meeting.participants.push_back(id);
        names.push_back((guest.office ? *guest.office + " " : std::string()) + guest.name);
        if (guest.office)
            meeting.roles.push_back({id, *guest.office});
    }
    meeting.title = listed(names) + " in " + nameInSentence(unitedStates());
    meeting.start = visit.start;
    meeting.end = visit.end;
    meeting.host = std::string(unitedStates().code);
    meeting.kind = "visit";
    meeting.summary = visit.description;
    const auto year = std::to_string(visit.start.year());
    cite(meeting, "hsg-visits-" + year, "Visits by Foreign Leaders in " + year,
         kSite + std::string("visits/") + year, visit.changed.value_or(visit.end));
    m_meetings.push_back(std::move(meeting));
}

std::vector<Source> Meetings::takeSources()
{
    std::vector<Source> sources;
    sources.reserve(m_sources.size());
    for (auto& [id, source] : m_sources)
        sources.push_back(std::move(source));
    m_sources.clear();
    return sources;
}

} // namespace parley::hsg
